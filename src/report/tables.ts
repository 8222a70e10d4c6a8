/**
 * KPI and difference tables, and their renderings as Markdown, CSV and plain text.
 *
 * The same table answers "what is the mean wait at data entry, with its CI?" in the terminal
 * (`procsim run`), in a pull-request comment (Markdown), in a spreadsheet (CSV, full
 * precision) and in the HTML report. A table is data (rows plus columns that know how to show
 * a row); rendering is separate: Markdown and CSV here, text in `table-text.ts`, HTML in
 * `html.ts`.
 */
import type { ComparisonResult, KpiDef, KpiDifference, KpiSummary, RunResult } from "../stats/result-types.js";
import { MISSING, displayUnitFor, formatPercentChange, formatValue, unitName, type DisplayUnit } from "./format.js";
import { decimalsOf, differenceText, formatInterval, formatMean, isNegligible } from "./format-kpi.js";
import { verdictOf, type Verdict } from "./verdict.js";
import { csvCell } from "./csv-cell.js";
import { t } from "./i18n/translate.js";
import { kpiLabel } from "./i18n/kpi-label.js";
import { headerText } from "./i18n/headers.js";
import { kpiSummary } from "./kpi-lookup.js";
import { mergedKpiDefs } from "../stats/one-sided-kpis.js";

/** A raw cell value, as written to CSV. */
export type Cell = string | number | boolean | null;

/** A column: its header, alignment, raw value (CSV) and display text (Markdown, text, HTML). */
export interface Column<R> {
  readonly header: string;
  readonly align: "left" | "right";
  readonly raw: (row: R) => Cell;
  readonly text: (row: R) => string;
  /** Which columns a narrow terminal drops first: the highest number first; 0 or none = never. */
  readonly dropOrder?: number;
  /** A text column (a KPI label) that may wrap onto several lines when the table is too wide. */
  readonly wrap?: boolean;
  /** Left out of display renderings (kept in CSV), e.g. the KPI key. */
  readonly csvOnly?: boolean;
  /** Left out of CSV (which has the raw parts instead), e.g. a formatted "lo – hi" interval. */
  readonly displayOnly?: boolean;
}

/** A table: title, columns and rows. */
export interface Table<R = unknown> {
  readonly title: string;
  readonly columns: readonly Column<R>[];
  readonly rows: readonly R[];
  /** A sentence under the table, e.g. which rows were left out and why. */
  readonly note?: string;
}

/** One KPI of one model. */
export interface KpiRow {
  readonly model: string;
  readonly def: KpiDef;
  readonly summary: KpiSummary;
}

/**
 * One KPI of one proposal against the current model: its paired difference, or for a KPI
 * only one model reports (a new RPA pool, a removed step) that side's estimate alone.
 */
export interface DifferenceRow {
  readonly proposal: string;
  readonly def: KpiDef;
  /** Today's estimate; null when the current model does not report the KPI. */
  readonly current: KpiSummary | null;
  /** The proposal's estimate; null when the proposal does not report the KPI. */
  readonly proposed: KpiSummary | null;
  /** The paired difference; null when only one model reports the KPI (no difference exists). */
  readonly difference: KpiDifference | null;
  readonly verdict: Verdict;
}


/** The KPI rows of a run, in its KPI order (KPIs without a summary left out). */
export function kpiRowsOf(result: RunResult, model = result.model): KpiRow[] {
  return result.kpiDefs.flatMap((def) => {
    const summary = kpiSummary(result.kpis, def.key);
    return summary ? [{ model, def, summary }] : [];
  });
}

/** A value of a KPI row at the precision of the row's interval. */
const atPrecision = (value: number | null, r: KpiRow): string => formatValue(value, r.def.unit, decimalsOf(r.summary, r.def.unit));

/** The display unit of each KPI key over all the rows (a long time in hours in every model's row, or in none). */
function displayUnitsByKey(rows: readonly KpiRow[]): (r: KpiRow) => DisplayUnit {
  const means = new Map<string, (number | null)[]>();
  for (const r of rows) means.set(r.def.key, [...(means.get(r.def.key) ?? []), r.summary.mean]);
  return (r) => displayUnitFor(r.def.unit, means.get(r.def.key) ?? []);
}

/** KPI summaries of one or more models: mean, 95% CI, half-width, replications; money in `currency` when known. */
export function kpiTable(rows: readonly KpiRow[], title = t("table.kpis"), currency: string | null = null): Table<KpiRow> {
  const shown = displayUnitsByKey(rows);
  const columns: Column<KpiRow>[] = [
    { header: "model", align: "left", raw: (r) => r.model, text: (r) => r.model },
    { header: "key", align: "left", raw: (r) => r.def.key, text: (r) => r.def.key, csvOnly: true },
    { header: "KPI", align: "left", raw: (r) => r.def.label, text: (r) => kpiLabel(r.def), wrap: true },
    { header: "unit", align: "left", raw: (r) => r.def.unit, text: (r) => unitName(shown(r), currency), dropOrder: 1 },
    { header: "mean", align: "right", raw: (r) => r.summary.mean, text: (r) => formatMean(r.summary, shown(r)) },
    { header: "95% CI", align: "right", raw: () => null, text: (r) => formatInterval(r.summary, shown(r)) || MISSING, displayOnly: true },
    { header: "lo", align: "right", raw: (r) => r.summary.lo, text: (r) => atPrecision(r.summary.lo, r), csvOnly: true },
    { header: "hi", align: "right", raw: (r) => r.summary.hi, text: (r) => atPrecision(r.summary.hi, r), csvOnly: true },
    { header: "halfWidth", align: "right", raw: (r) => r.summary.halfWidth, text: (r) => atPrecision(r.summary.halfWidth, r), csvOnly: true },
    { header: "sd", align: "right", raw: (r) => r.summary.sd, text: (r) => atPrecision(r.summary.sd, r), csvOnly: true },
    { header: "n", align: "right", raw: (r) => r.summary.n, text: (r) => String(r.summary.n), dropOrder: 3 },
  ];
  return { title, columns, rows: [...rows] };
}

/** The KPI table of a single run; money in `currency` when known. */
export function runKpiTable(result: RunResult, currency: string | null = null): Table<KpiRow> {
  return kpiTable(kpiRowsOf(result), t("table.kpisOf", { model: result.model }), currency);
}

/** The KPI table of a comparison: every model's KPIs, current first; money in `currency` when given. */
export function comparisonKpiTable(comparison: ComparisonResult, currency: string | null = null): Table<KpiRow> {
  const rows = [kpiRowsOf(comparison.current), ...comparison.proposals.map((p) => kpiRowsOf(p.result, p.name))].flat();
  return kpiTable(rows, t("table.kpisByModel"), currency);
}

/** One KPI across several models (one display row). */
export interface KpiMatrixRow {
  readonly def: KpiDef;
  readonly byModel: readonly (KpiSummary | null)[];
}

/**
 * KPIs as a matrix: one row per KPI, mean and 95% CI per model (current first). KPIs that
 * only some models have (a new RPA pool) show "–" for the others.
 */
export function kpiMatrixTable(models: readonly { readonly name: string; readonly result: RunResult }[], currency: string | null = null): Table<KpiMatrixRow> {
  const byKey = new Map<string, KpiDef>();
  for (const m of models) for (const d of m.result.kpiDefs) if (!byKey.has(d.key)) byKey.set(d.key, d);
  const defs = [...byKey.values()];
  const rows = defs.map((def) => ({ def, byModel: models.map((m) => kpiSummary(m.result.kpis, def.key) ?? null) }));
  const shown = (r: KpiMatrixRow) => displayUnitFor(r.def.unit, r.byModel.map((s) => s?.mean));
  const columns: Column<KpiMatrixRow>[] = [
    { header: "KPI", align: "left", raw: (r) => r.def.label, text: (r) => kpiLabel(r.def), wrap: true },
    { header: "unit", align: "left", raw: (r) => r.def.unit, text: (r) => unitName(shown(r), currency), dropOrder: 1 },
    ...models.flatMap((m, i): Column<KpiMatrixRow>[] => [
      { header: m.name, align: "right", raw: (r) => r.byModel[i]?.mean ?? null, text: (r) => formatMean(r.byModel[i], shown(r)) },
      { header: "95% CI", align: "right", raw: () => null, text: (r) => formatInterval(r.byModel[i], shown(r)) || MISSING, displayOnly: true },
    ]),
  ];
  return { title: t("table.kpis"), columns, rows };
}


/**
 * How a difference's verdict reads in every table: "▲ better" / "▼ worse" when the interval
 * excludes zero (by the KPI's better direction), "changed" for a resolved change of a KPI
 * with no better direction (a utilisation), "–" when the change is not resolved.
 */
export function verdictText(row: DifferenceRow): string {
  if (row.difference === null) return MISSING;
  if (row.verdict === "unclear" && row.difference.significant && !isNegligible(row.difference)) return t("verdict.changed");
  return row.verdict === "unclear" ? "–" : t(row.verdict === "better" ? "verdict.better" : "verdict.worse");
}

/**
 * The difference rows of a comparison: every proposal's paired differences, and the KPIs only
 * one model reports (difference null), in the KPI order of both models (`mergedKpiDefs`).
 */
export function differenceRowsOf(comparison: ComparisonResult): DifferenceRow[] {
  return comparison.proposals.flatMap((p) => {
    const paired = new Map(p.differences.map((d) => [d.key, d]));
    const oneSided = new Map((p.oneSided ?? []).map((o) => [o.key, o]));
    return mergedKpiDefs(comparison.current.kpiDefs, p.result.kpiDefs).flatMap((def): DifferenceRow[] => {
      const difference = paired.get(def.key);
      if (difference) return [{ proposal: p.name, def, current: difference.current, proposed: difference.proposed, difference, verdict: verdictOf(def, difference) }];
      const single = oneSided.get(def.key);
      return single ? [{ proposal: p.name, def, current: single.current, proposed: single.proposed, difference: null, verdict: "unclear" }] : [];
    });
  });
}

/**
 * A model's mean in a difference row; with its interval when the row has no difference to
 * carry one ("0.27 [0.26, 0.28]"; a mean without spread alone).
 */
function sideText(row: DifferenceRow, side: KpiSummary | null, unit: DisplayUnit): string {
  const interval = row.difference === null ? formatInterval(side, unit) : "";
  return interval.startsWith("[") ? `${formatMean(side, unit)} ${interval}` : formatMean(side, unit);
}

/** The columns of a paired-difference table (display and CSV); money in `currency` when known. */
export function differenceColumns(currency: string | null = null): Column<DifferenceRow>[] {
  const u = (r: DifferenceRow) => displayUnitFor(r.def.unit, [r.current?.mean, r.proposed?.mean]);
  const diffText = (r: DifferenceRow) => (r.difference ? differenceText(r.difference, u(r)) : { mean: MISSING, interval: "" });
  return [
    { header: "proposal", align: "left", raw: (r) => r.proposal, text: (r) => r.proposal, dropOrder: 3 },
    { header: "key", align: "left", raw: (r) => r.def.key, text: (r) => r.def.key, csvOnly: true },
    { header: "KPI", align: "left", raw: (r) => r.def.label, text: (r) => kpiLabel(r.def), wrap: true },
    { header: "unit", align: "left", raw: (r) => r.def.unit, text: (r) => unitName(u(r), currency), dropOrder: 4 },
    { header: "current", align: "right", raw: (r) => r.current?.mean ?? null, text: (r) => sideText(r, r.current, u(r)) },
    { header: "proposed", align: "right", raw: (r) => r.proposed?.mean ?? null, text: (r) => sideText(r, r.proposed, u(r)) },
    { header: "difference", align: "right", raw: (r) => r.difference?.diff.mean ?? null, text: (r) => diffText(r).mean },
    { header: "95% CI", align: "right", raw: () => null, text: (r) => diffText(r).interval, displayOnly: true },
    { header: "currentHalfWidth", align: "right", raw: (r) => r.current?.halfWidth ?? null, text: () => "", csvOnly: true },
    { header: "proposedHalfWidth", align: "right", raw: (r) => r.proposed?.halfWidth ?? null, text: () => "", csvOnly: true },
    { header: "diffLo", align: "right", raw: (r) => r.difference?.diff.lo ?? null, text: () => "", csvOnly: true },
    { header: "diffHi", align: "right", raw: (r) => r.difference?.diff.hi ?? null, text: () => "", csvOnly: true },
    { header: "change", align: "right", raw: (r) => r.difference?.relativeChange ?? null, text: (r) => formatPercentChange(r.difference?.relativeChange ?? null), dropOrder: 2 },
    { header: "significant", align: "left", raw: (r) => r.difference?.significant ?? null, text: (r) => (r.difference === null ? MISSING : r.difference.significant ? "yes" : "no"), csvOnly: true },
    { header: "verdict", align: "left", raw: (r) => (r.difference ? r.verdict : null), text: verdictText },
    { header: "pairedHalfWidth", align: "right", raw: (r) => r.difference?.diff.halfWidth ?? null, text: () => "", csvOnly: true },
    { header: "unpairedHalfWidth", align: "right", raw: (r) => r.difference?.unpairedHalfWidth ?? null, text: () => "", csvOnly: true },
  ];
}

/** Paired differences proposed − current with CIs, relative change, significance and verdict. */
export function differencesTable(comparison: ComparisonResult, currency: string | null = null): Table<DifferenceRow> {
  return { title: t("table.differences"), columns: differenceColumns(currency), rows: differenceRowsOf(comparison) };
}

/** The table without the rows of these KPI keys, saying why in its note (tables of KPI rows). */
export function withoutKpis<R extends { readonly def: KpiDef }>(table: Table<R>, hidden: ReadonlySet<string>, notes: readonly string[]): Table<R> {
  const rows = table.rows.filter((r) => !hidden.has(r.def.key));
  if (rows.length === table.rows.length) return table;
  return { ...table, rows, note: [table.note, ...notes].filter(Boolean).join(" ") };
}

/** The table with the columns of these headers first, in this order (key columns of a narrow screen). */
export function withColumnsFirst<R>(table: Table<R>, headers: readonly string[]): Table<R> {
  const first = headers.flatMap((h) => table.columns.filter((c) => c.header === h));
  return { ...table, columns: [...first, ...table.columns.filter((c) => !first.includes(c))] };
}

/** The table with the display columns of these headers left out (CSV columns kept). */
export function withoutColumns<R>(table: Table<R>, headers: readonly string[]): Table<R> {
  return { ...table, columns: table.columns.filter((c) => !headers.includes(c.header)) };
}

function displayColumns<R>(table: Table<R>): Column<R>[] {
  return table.columns.filter((c) => !c.csvOnly);
}

/** RFC 4180 CSV with every column (raw values, full precision, formula starts neutralised), "\n" line ends. */
export function tableToCsv<R>(table: Table<R>): string {
  const quote = (value: Cell): string => csvCell(value);
  const columns = table.columns.filter((c) => !c.displayOnly);
  const header = columns.map((c) => quote(c.header));
  const lines = table.rows.map((r) => columns.map((c) => quote(c.raw(r))).join(","));
  return `${[header.join(","), ...lines].join("\n")}\n`;
}

/** A GitHub-flavoured Markdown table of the display columns. */
export function tableToMarkdown<R>(table: Table<R>): string {
  const columns = displayColumns(table);
  const escape = (s: string) => s.replace(/\|/g, "\\|");
  const head = `| ${columns.map((c) => escape(headerText(c.header))).join(" | ")} |`;
  const rule = `| ${columns.map((c) => (c.align === "right" ? "---:" : ":---")).join(" | ")} |`;
  const body = table.rows.map((r) => `| ${columns.map((c) => escape(c.text(r))).join(" | ")} |`);
  return `${[head, rule, ...body].join("\n")}\n`;
}
