/**
 * KPI and difference tables, and their renderings as Markdown, CSV and plain text.
 *
 * The same table answers "what is the mean wait at data entry, with its CI?" in the terminal
 * (`procsim run`), in a pull-request comment (Markdown), in a spreadsheet (CSV, full
 * precision) and in the HTML report. A table is data (rows plus columns that know how to show
 * a row); rendering is separate.
 */
import type { ComparisonResult, KpiDef, KpiDifference, KpiSummary, RunResult } from "../stats/result-types.js";
import { formatDifference, formatInterval, formatPercentChange, formatValue, unitName } from "./format.js";
import { verdictOf, type Verdict } from "./specs/kpi-differences.js";

/** A raw cell value, as written to CSV. */
export type Cell = string | number | boolean | null;

/** A column: its header, alignment, raw value (CSV) and display text (Markdown, text, HTML). */
export interface Column<R> {
  readonly header: string;
  readonly align: "left" | "right";
  readonly raw: (row: R) => Cell;
  readonly text: (row: R) => string;
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
}

/** One KPI of one model. */
export interface KpiRow {
  readonly model: string;
  readonly def: KpiDef;
  readonly summary: KpiSummary;
}

/** One paired difference of one proposal. */
export interface DifferenceRow {
  readonly proposal: string;
  readonly def: KpiDef;
  readonly difference: KpiDifference;
  readonly verdict: Verdict;
}

const text = (value: Cell): string => (value === null ? "" : String(value));

function kpiRowsOf(result: RunResult, model = result.model): KpiRow[] {
  return result.kpiDefs.flatMap((def) => {
    const summary = result.kpis.find((k) => k.key === def.key);
    return summary ? [{ model, def, summary }] : [];
  });
}

/** KPI summaries of one or more models: mean, 95% CI, half-width, replications. */
export function kpiTable(rows: readonly KpiRow[], title = "KPIs"): Table<KpiRow> {
  const columns: Column<KpiRow>[] = [
    { header: "model", align: "left", raw: (r) => r.model, text: (r) => r.model },
    { header: "key", align: "left", raw: (r) => r.def.key, text: (r) => r.def.key, csvOnly: true },
    { header: "KPI", align: "left", raw: (r) => r.def.label, text: (r) => r.def.label },
    { header: "unit", align: "left", raw: (r) => r.def.unit, text: (r) => unitName(r.def.unit) },
    { header: "mean", align: "right", raw: (r) => r.summary.mean, text: (r) => formatValue(r.summary.mean, r.def.unit) },
    { header: "95% CI", align: "right", raw: () => null, text: (r) => formatInterval(r.summary.lo, r.summary.hi, r.def.unit), displayOnly: true },
    { header: "lo", align: "right", raw: (r) => r.summary.lo, text: (r) => formatValue(r.summary.lo, r.def.unit), csvOnly: true },
    { header: "hi", align: "right", raw: (r) => r.summary.hi, text: (r) => formatValue(r.summary.hi, r.def.unit), csvOnly: true },
    { header: "halfWidth", align: "right", raw: (r) => r.summary.halfWidth, text: (r) => formatValue(r.summary.halfWidth, r.def.unit), csvOnly: true },
    { header: "sd", align: "right", raw: (r) => r.summary.sd, text: (r) => formatValue(r.summary.sd, r.def.unit), csvOnly: true },
    { header: "n", align: "right", raw: (r) => r.summary.n, text: (r) => String(r.summary.n) },
  ];
  return { title, columns, rows: [...rows] };
}

/** The KPI table of a single run. */
export function runKpiTable(result: RunResult): Table<KpiRow> {
  return kpiTable(kpiRowsOf(result), `KPIs: ${result.model}`);
}

/** The KPI table of a comparison: every model's KPIs, current first. */
export function comparisonKpiTable(comparison: ComparisonResult): Table<KpiRow> {
  const rows = [kpiRowsOf(comparison.current), ...comparison.proposals.map((p) => kpiRowsOf(p.result, p.name))].flat();
  return kpiTable(rows, "KPIs by model");
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
export function kpiMatrixTable(models: readonly { readonly name: string; readonly result: RunResult }[]): Table<KpiMatrixRow> {
  const defs: KpiDef[] = [];
  for (const m of models) for (const d of m.result.kpiDefs) if (!defs.some((x) => x.key === d.key)) defs.push(d);
  const rows = defs.map((def) => ({ def, byModel: models.map((m) => m.result.kpis.find((k) => k.key === def.key) ?? null) }));
  const columns: Column<KpiMatrixRow>[] = [
    { header: "KPI", align: "left", raw: (r) => r.def.label, text: (r) => r.def.label },
    { header: "unit", align: "left", raw: (r) => r.def.unit, text: (r) => unitName(r.def.unit) },
    ...models.flatMap((m, i): Column<KpiMatrixRow>[] => [
      { header: m.name, align: "right", raw: (r) => r.byModel[i]?.mean ?? null, text: (r) => formatValue(r.byModel[i]?.mean ?? null, r.def.unit) },
      { header: "95% CI", align: "right", raw: () => null, text: (r) => formatInterval(r.byModel[i]?.lo ?? null, r.byModel[i]?.hi ?? null, r.def.unit), displayOnly: true },
    ]),
  ];
  return { title: "KPIs", columns, rows };
}

const VERDICT_TEXT: Record<Verdict, string> = { better: "▲ better", worse: "▼ worse", unclear: "–" };

/** Paired differences proposed − current with CIs, relative change, significance and verdict. */
export function differencesTable(comparison: ComparisonResult): Table<DifferenceRow> {
  const defs = new Map(comparison.current.kpiDefs.map((d) => [d.key, d]));
  const rows = comparison.proposals.flatMap((p) =>
    p.differences.flatMap((difference) => {
      const def = defs.get(difference.key);
      return def ? [{ proposal: p.name, def, difference, verdict: verdictOf(def, difference) }] : [];
    }),
  );
  const u = (r: DifferenceRow) => r.def.unit;
  const columns: Column<DifferenceRow>[] = [
    { header: "proposal", align: "left", raw: (r) => r.proposal, text: (r) => r.proposal },
    { header: "key", align: "left", raw: (r) => r.def.key, text: (r) => r.def.key, csvOnly: true },
    { header: "KPI", align: "left", raw: (r) => r.def.label, text: (r) => r.def.label },
    { header: "unit", align: "left", raw: (r) => r.def.unit, text: (r) => unitName(r.def.unit) },
    { header: "current", align: "right", raw: (r) => r.difference.current.mean, text: (r) => formatValue(r.difference.current.mean, u(r)) },
    { header: "proposed", align: "right", raw: (r) => r.difference.proposed.mean, text: (r) => formatValue(r.difference.proposed.mean, u(r)) },
    { header: "difference", align: "right", raw: (r) => r.difference.diff.mean, text: (r) => formatDifference(r.difference.diff.mean, u(r)) },
    { header: "95% CI", align: "right", raw: () => null, text: (r) => intervalOfDifference(r), displayOnly: true },
    { header: "diffLo", align: "right", raw: (r) => r.difference.diff.lo, text: () => "", csvOnly: true },
    { header: "diffHi", align: "right", raw: (r) => r.difference.diff.hi, text: () => "", csvOnly: true },
    { header: "change", align: "right", raw: (r) => r.difference.relativeChange, text: (r) => formatPercentChange(r.difference.relativeChange) },
    { header: "significant", align: "left", raw: (r) => r.difference.significant, text: (r) => (r.difference.significant ? "yes" : "no") },
    { header: "verdict", align: "left", raw: (r) => r.verdict, text: (r) => VERDICT_TEXT[r.verdict] },
    { header: "pairedHalfWidth", align: "right", raw: (r) => r.difference.diff.halfWidth, text: () => "", csvOnly: true },
    { header: "unpairedHalfWidth", align: "right", raw: (r) => r.difference.unpairedHalfWidth, text: () => "", csvOnly: true },
  ];
  return { title: "Paired differences (proposed − current)", columns, rows };
}

function intervalOfDifference(r: DifferenceRow): string {
  const { lo, hi } = r.difference.diff;
  if (lo === null || hi === null) return "–";
  return `${formatDifference(lo, r.def.unit)} to ${formatDifference(hi, r.def.unit)}`;
}

function displayColumns<R>(table: Table<R>): Column<R>[] {
  return table.columns.filter((c) => !c.csvOnly);
}

/** RFC 4180 CSV with every column (raw values, full precision), "\n" line ends. */
export function tableToCsv<R>(table: Table<R>): string {
  const quote = (value: Cell): string => {
    const s = text(value);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const columns = table.columns.filter((c) => !c.displayOnly);
  const header = columns.map((c) => quote(c.header));
  const lines = table.rows.map((r) => columns.map((c) => quote(c.raw(r))).join(","));
  return `${[header.join(","), ...lines].join("\n")}\n`;
}

/** A GitHub-flavoured Markdown table of the display columns. */
export function tableToMarkdown<R>(table: Table<R>): string {
  const columns = displayColumns(table);
  const escape = (s: string) => s.replace(/\|/g, "\\|");
  const head = `| ${columns.map((c) => escape(c.header)).join(" | ")} |`;
  const rule = `| ${columns.map((c) => (c.align === "right" ? "---:" : ":---")).join(" | ")} |`;
  const body = table.rows.map((r) => `| ${columns.map((c) => escape(c.text(r))).join(" | ")} |`);
  return `${[head, rule, ...body].join("\n")}\n`;
}

/** A plain-text table with padded columns, for terminals. */
export function tableToText<R>(table: Table<R>): string {
  const columns = displayColumns(table);
  const cells = [columns.map((c) => c.header), ...table.rows.map((r) => columns.map((c) => c.text(r)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => [...row[i]].length)));
  const pad = (s: string, i: number) => (columns[i].align === "right" ? s.padStart(widths[i]) : s.padEnd(widths[i]));
  const lines = cells.map((row) => row.map(pad).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return `${table.title}\n${lines.join("\n")}\n`;
}
