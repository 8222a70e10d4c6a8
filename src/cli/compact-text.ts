/**
 * The compact terminal output of `run` and `compare` (the default; `--all` prints everything):
 * the decision summary in a few lines and the key KPIs, fitted to the terminal by display
 * width, about 30 lines in all.
 *
 * `procsim compare loan-factory.yaml loan-factory-prereview-proposed.yaml` in an 80-column
 * terminal prints the question, "Changes: Application intake: mean time 21.7 min → 26 min.
 * … (+6 more)", the three main results, the cost per year before and after, each target as
 * "met 92.7% → met 92.7%", the number of caveats, and a five-row table of key KPIs.
 */
import type { PairedComparison } from "../api/compare.js";
import { moneyText, moneyUnit, questionText } from "../report/decision-format.js";
import { stateWord } from "../report/target-state.js";
import { setAsideText, type DecisionSummary, type ProposalDecision } from "../report/decision-summary.js";
import { formatMean } from "../report/format-kpi.js";
import { headlineKpis, isKeyKpi } from "../report/headline-kpis.js";
import { setAsideKeys } from "../report/headline.js";
import { withHolmVerdicts } from "../report/holm-verdicts.js";
import { t } from "../report/i18n/translate.js";
import { quietTable } from "../report/quiet-kpis.js";
import { differenceColumns, differenceRowsOf, kpiRowsOf, kpiTable, withoutColumns, type Column, type Table } from "../report/tables.js";
import { tableToTextLines, truncateTo, wrapTo } from "../report/table-text.js";
import { shortLabel } from "../report/specs/kpi-select.js";
import type { KpiDef, RunResult } from "../stats/result-types.js";
import { terminalWidth } from "./terminal.js";

/** Key KPI rows in the compact table. */
const KEY_ROWS = 5;
/** Results (findings) per proposal. */
const FINDINGS = 3;
/** Lines a long item may take before it is cut with "…". */
const ITEM_LINES = 2;

const MARKER = { better: "+", worse: "-", unclear: " " } as const;

/** `text` wrapped to `width` after `first` (later lines after as many spaces), at most `most` lines. */
function item(text: string, width: number, first: string, most = ITEM_LINES): string[] {
  const rest = " ".repeat(first.length);
  const lines = wrapTo(text, Math.max(20, width - first.length)).map((line, i) => `${i === 0 ? first : rest}${line}`);
  if (lines.length <= most) return lines;
  return [...lines.slice(0, most - 1), truncateTo(`${lines[most - 1]} ${lines[most].trimStart()}`, width)];
}

/** Lines `text` takes wrapped after `first`. */
const linesOf = (text: string, width: number, first: string): number => wrapTo(text, Math.max(20, width - first.length)).length;

/**
 * The most of `count` list entries whose text (`textOf(k)` for the first k) fits in `most`
 * lines, at least `least`: a list is cut between its entries, never inside one.
 */
function fitting(count: number, least: number, textOf: (k: number) => string, width: number, first: string, most = ITEM_LINES): number {
  let k = count;
  while (k > least && linesOf(textOf(k), width, first) > most) k--;
  return k;
}

/**
 * The changes: every staffing and cost change (the levers), then the others in their order
 * as far as two lines allow (three when the levers need them), "(+N more)" for the rest.
 */
function changesLine(p: ProposalDecision, width: number): string[] {
  const changes = p.changes ?? [];
  if (!changes.length) return [];
  const levers = changes.filter((c) => p.staffing.includes(c));
  const others = changes.filter((c) => !p.staffing.includes(c));
  const textOf = (k: number) => {
    const shown = [...levers, ...others.slice(0, k)].join(" ");
    return t("compact.changes", { list: k < others.length ? t("compact.moreChanges", { list: shown, n: others.length - k }) : shown });
  };
  const most = Math.max(ITEM_LINES, linesOf(textOf(0), width, "  "));
  return item(textOf(fitting(others.length, 0, textOf, width, "  ", most)), width, "  ", most);
}

/**
 * The changes the correction sets aside, as many names as one line holds and "and N more";
 * only their number when not even one name fits (the key-KPI rows marked "*" name them), so
 * the compact view keeps to its line budget with the staffing levers listed in full.
 */
function setAsideLines(p: ProposalDecision, width: number): string[] {
  if (!p.setAside) return [];
  const count = p.setAsideChanges.length;
  const textOf = (k: number) => (k === 0 ? t("compact.setAsideCount", { n: p.family, count }) : setAsideText(p.setAsideChanges, p.family, k));
  // NOTE: "* " ties the line to the key-KPI rows marked "▲ better *" below.
  return item(textOf(fitting(count, 0, textOf, width, "  * ", 1)), width, "  * ");
}

function proposalLines(p: ProposalDecision, summary: DecisionSummary, width: number): string[] {
  const head = summary.proposals.length > 1 ? item(p.name, width, "") : [];
  const findings = p.findings.slice(0, FINDINGS).flatMap((s) => item(s.text, width, `  ${MARKER[s.verdict]} `));
  return [...head, ...changesLine(p, width), ...findings, ...setAsideLines(p, width)];
}

function costLines(summary: DecisionSummary, width: number): string[] {
  const [current, ...proposed] = summary.costs;
  if (!current) return [];
  const unit = moneyUnit(summary.currency);
  const amount = (c: typeof current) => moneyText({ ...c.periods.perYear, lo: null, hi: null }, null);
  if (summary.kind === "run" || proposed.length !== 1 || !summary.proposals[0].costChange) {
    return item(t("compact.costRun", { unit, amount: summary.costs.map(amount).join(" | ") }), width, "");
  }
  const change = moneyText(summary.proposals[0].costChange.perYear, null, true);
  return item(t("compact.costCompare", { unit, current: amount(current), proposed: amount(proposed[0]), change }), width, "");
}

function targetLines(summary: DecisionSummary, width: number): string[] {
  if (!summary.targets.length) return [];
  const lines = summary.targets.map((target) => {
    const states = target.models.map((m) => t("compact.targetState", { state: stateWord(m.state), share: formatMean(m.achieved, "share") }));
    return truncateTo(`  ${t("compact.target", { name: target.name, states: states.join(" → ") })}`, width);
  });
  return [...item(t("compact.targetsHead"), width, ""), ...lines];
}

function caveatLines(summary: DecisionSummary, width: number): string[] {
  if (summary.caveats.length === 0) return [];
  // NOTE: one caveat in full only when it fits on one line; a cut sentence would mislead.
  if (summary.caveats.length === 1 && linesOf(summary.caveats[0], width, "! ") === 1) return item(summary.caveats[0], width, "! ");
  if (summary.caveats.length === 1) return item(t("compact.caveatOne"), width, "");
  return item(t("compact.caveatCount", { n: summary.caveats.length }), width, "");
}

/** The decision summary in a few lines, at most `width` columns wide. */
export function formatCompactSummary(summary: DecisionSummary, width = terminalWidth()): string[] {
  return [
    truncateTo(t("decision.title"), width),
    ...item(questionText(summary), width, "", 3),
    ...summary.proposals.flatMap((p) => proposalLines(p, summary, width)),
    ...costLines(summary, width),
    ...targetLines(summary, width),
    ...caveatLines(summary, width),
  ];
}

/** The key headline KPIs (cycle time, wait, service levels, cost per case, throughput), at most KEY_ROWS. */
function keyDefs(defs: readonly KpiDef[]): KpiDef[] {
  return headlineKpis(defs).filter(isKeyKpi).slice(0, KEY_ROWS).map((def) => ({ ...def, label: compactLabel(def) }));
}

/** The label of a key KPI in the language in use; a service level by its target's name (the targets above say what it is). */
function compactLabel(def: KpiDef): string {
  return def.scope === "serviceLevel" ? def.subject : shortLabel(def);
}

function rowsOf<R extends { readonly def: KpiDef }>(rows: readonly R[], defs: readonly KpiDef[]): R[] {
  return defs.flatMap((def) => rows.filter((r) => r.def.key === def.key).map((r) => ({ ...r, def })));
}

/** The columns with the KPI column showing the row's own (compact, translated) label. */
function withOwnLabels<R extends { readonly def: KpiDef }>(columns: readonly Column<R>[]): Column<R>[] {
  return columns.map((c) => (c.header === "KPI" ? { ...c, text: (r: R) => r.def.label } : c));
}

function compactTable<R>(table: Table<R>, width: number): string[] {
  // NOTE: the compact view keeps to its line budget; its last line points to --all.
  return tableToTextLines({ ...table, note: undefined }, { width, indent: "  ", noteDropped: false });
}

/** The compact output of a comparison: summary and, per proposal, its key KPIs. */
export function formatCompactComparison(summary: DecisionSummary, comparison: PairedComparison, width = terminalWidth()): string {
  const defs = keyDefs(comparison.current.kpiDefs);
  const runs = [comparison.current, ...comparison.proposals.map((p) => p.result)];
  const setAside = setAsideKeys(comparison);
  const tables = comparison.proposals.flatMap((proposal, i) => {
    const rows = rowsOf(differenceRowsOf({ ...comparison, proposals: [proposal] }), defs);
    const title = comparison.proposals.length > 1 ? `${t("compact.keyKpis")}: ${proposal.name}` : t("compact.keyKpis");
    const table = withoutColumns({ title, columns: withOwnLabels(differenceColumns(summary.currency)), rows }, ["proposal", "change", "significant"]);
    return rows.length ? ["", ...compactTable(quietTable(withHolmVerdicts(table, setAside[i], true), runs), width)] : [];
  });
  return `${[...formatCompactSummary(summary, width), ...tables, truncateTo(t("compact.footer"), width)].join("\n")}\n`;
}

/** The compact output of a run: summary and its key KPIs with their intervals. */
export function formatCompactRun(summary: DecisionSummary, run: RunResult, width = terminalWidth()): string {
  const rows = rowsOf(kpiRowsOf(run), keyDefs(run.kpiDefs));
  const own = kpiTable(rows, t("compact.keyKpis"), summary.currency);
  const table = withoutColumns({ ...own, columns: withOwnLabels(own.columns) }, ["model", "n"]);
  const lines = rows.length ? ["", ...compactTable(quietTable(table, [run]), width)] : [];
  return `${[...formatCompactSummary(summary, width), ...lines, truncateTo(t("compact.footer"), width)].join("\n")}\n`;
}
