/**
 * KPI rows that say nothing in a given run, left out of the displayed tables with a note
 * that says why (the CSV files keep every row).
 *
 * A back office that carries waiting files over to the next day sends nobody away and has
 * no fixed cost: "Cases sent away at closing 0 / 0" and "Fixed cost 0 / 0" are zero in every
 * replication of both models. Where nobody gives up waiting, the service level by every
 * convention for abandoned cases equals the achieved share: one row is shown, not four.
 */
import type { KpiDef, KpiSummary, RunResult } from "../stats/result-types.js";
import { shortLabel } from "./specs/kpi-select.js";
import { withoutKpis, type Table } from "./tables.js";
import { t } from "./i18n/translate.js";
import { kpiSummary } from "./kpi-lookup.js";

/** Which rows to leave out, and the sentences that say so. */
export interface QuietKpis {
  readonly hidden: ReadonlySet<string>;
  readonly notes: readonly string[];
}

/** Service-level conventions for cases that gave up, besides the target's own "achieved". */
const CONVENTIONS = ["achieved.excludingAbandoned", "achieved.excludingShortAbandoned", "withinThreshold.allArrivals"];

const isZero = (s: KpiSummary | undefined): boolean => s !== undefined && s.mean === 0 && (s.halfWidth === null || s.halfWidth === 0);

const same = (a: KpiSummary | undefined, b: KpiSummary | undefined): boolean =>
  a !== undefined && b !== undefined && a.mean === b.mean && a.halfWidth === b.halfWidth;

function summaries(runs: readonly RunResult[], key: string): (KpiSummary | undefined)[] {
  return runs.map((r) => kpiSummary(r.kpis, key));
}

/** Service-level convention rows equal to the achieved share in every run. */
function sameConventions(runs: readonly RunResult[], defs: readonly KpiDef[]): KpiDef[] {
  return defs.filter((def) => {
    if (def.scope !== "serviceLevel" || !CONVENTIONS.includes(def.metric)) return false;
    const achieved = summaries(runs, `serviceLevel/${def.subject}/achieved`);
    return summaries(runs, def.key).every((s, i) => same(s, achieved[i]));
  });
}

/** The quiet rows of these runs (current first) among `defs`. */
export function quietKpis(runs: readonly RunResult[], defs: readonly KpiDef[] = runs[0]?.kpiDefs ?? []): QuietKpis {
  const zero = defs.filter((def) => summaries(runs, def.key).every(isZero));
  const zeroKeys = new Set(zero.map((def) => def.key));
  const conventions = sameConventions(runs, defs).filter((def) => !zeroKeys.has(def.key));
  const notes: string[] = [];
  if (zero.length) {
    const names = [...new Set(zero.map((d) => shortLabel(d)))];
    notes.push(t(runs.length > 1 ? "quiet.zeroModels" : "quiet.zero", { names: names.join(t("quiet.nameSeparator")) }));
  }
  if (conventions.length) {
    notes.push(t("quiet.conventions"));
  }
  return { hidden: new Set([...zero, ...conventions].map((d) => d.key)), notes };
}

/** A table of KPI rows without the rows that say nothing in these runs (current first), its note saying why. */
export function quietTable<R extends { readonly def: KpiDef }>(table: Table<R>, runs: readonly RunResult[]): Table<R> {
  const quiet = quietKpis(runs, table.rows.map((r) => r.def));
  return withoutKpis(table, quiet.hidden, quiet.notes);
}
