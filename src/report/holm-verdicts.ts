/**
 * A table's verdict that agrees with the headline's multiple-comparison correction: a change
 * significant on its own that does not hold once the headline KPIs are judged together (Holm)
 * reads "▲ better (not after Holm)", never a plain "▲ better" beside a summary that sets it aside.
 *
 * Branch counter vs lunch tellers: the two service levels rise by about half a point, each
 * interval excluding zero on its own; over the 12 headline KPIs neither holds, so the key-KPI
 * table says "▲ better (not after Holm)" for both.
 */
import type { KpiDef } from "../stats/result-types.js";
import type { Table } from "./tables.js";
import { t } from "./i18n/translate.js";

/**
 * `table` with its verdict column marking the rows whose KPI key is in `setAside`: in full,
 * or (`short`, for the compact terminal table, whose summary line above begins with the same
 * mark) "▲ better *".
 */
export function withHolmVerdicts<R extends { readonly def: KpiDef }>(table: Table<R>, setAside: ReadonlySet<string>, short = false): Table<R> {
  if (setAside.size === 0) return table;
  const key = short ? "verdict.notAfterHolmMark" : "verdict.notAfterHolm";
  const columns = table.columns.map((c) => (c.header === "verdict" ? { ...c, text: (r: R) => (setAside.has(r.def.key) ? t(key, { verdict: c.text(r) }) : c.text(r)) } : c));
  return { ...table, columns };
}
