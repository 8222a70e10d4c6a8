/**
 * The KPI tables `procsim run` and `procsim compare` print, fitted to the terminal's width.
 *
 * By default the headline KPIs only (the rule of `report/headline-kpis.ts`): for a run, each
 * KPI's mean and 95% interval; for a comparison, per proposal, current and proposed means,
 * the paired difference with its interval, the relative change, the verdict (▲ better or
 * ▼ worse by the KPI's direction) and how much narrower pairing made the interval. With
 * `all`, every KPI, grouped by scope and subject (overall, each class, step, pool, target).
 */
import type { KpiDef, KpiScope, RunResult } from "../stats/result-types.js";
import type { PairedComparison } from "../api/compare.js";
import { formatPairingGain } from "../report/format-kpi.js";
import { headlineKpis } from "../report/headline-kpis.js";
import type { ProposalHeadline } from "../report/headline.js";
import { shortLabel } from "../report/specs/kpi-select.js";
import { differenceColumns, differenceRowsOf, kpiRowsOf, kpiTable, withoutColumns, type Column, type DifferenceRow, type Table } from "../report/tables.js";
import { mergedKpiDefs } from "../stats/one-sided-kpis.js";
import { quietTable } from "../report/quiet-kpis.js";
import { tableToTextLines, truncateTo, wrapTo } from "../report/table-text.js";
import { terminalWidth } from "./terminal.js";
import { t } from "../report/i18n/translate.js";
import { headerText } from "../report/i18n/headers.js";

/** "Overall", "Step", … in the language in use. */
const scopeTitle = (scope: KpiScope): string => t(`scope.${scope}`);

/** A titled group of KPI definitions. */
export interface KpiGroup {
  readonly title: string;
  readonly defs: readonly KpiDef[];
}

/** Every KPI definition grouped by scope and subject, in the run's order. */
export function groupKpis(defs: readonly KpiDef[]): KpiGroup[] {
  const groups = new Map<string, KpiDef[]>();
  for (const def of defs) {
    const title = def.scope === "overall" ? scopeTitle("overall") : t("scope.group", { scope: scopeTitle(def.scope), subject: def.subject });
    groups.set(title, [...(groups.get(title) ?? []), def]);
  }
  return [...groups].map(([title, group]) => ({ title, defs: group }));
}

/** The groups to print: the headline KPIs, or with `all` every KPI by scope and subject. */
export function kpiGroups(defs: readonly KpiDef[], all: boolean): KpiGroup[] {
  return all ? groupKpis(defs) : [{ title: t("terminal.headlineKpis"), defs: headlineKpis(defs) }];
}

/** Rows in the order of `defs`, matched by KPI key, labelled without " (all cases)" (the group says it). */
function rowsFor<R extends { readonly def: KpiDef }>(rows: readonly R[], defs: readonly KpiDef[]): R[] {
  return defs.flatMap((def) => rows.filter((r) => r.def.key === def.key).map((r) => ({ ...r, def: { ...r.def, label: shortLabel(r.def) } })));
}

function sectionText<R>(table: Table<R>, width: number): string {
  return tableToTextLines(table, { width, indent: "  " }).join("\n");
}

/** A paragraph wrapped to the width. */
const paragraph = (text: string, width: number) => wrapTo(text, width).join("\n");

/** The KPI table of one run (headline KPIs unless `all`), at most `width` columns wide; money in `currency` when known. */
export function formatRunTable(run: RunResult, all = false, width = terminalWidth(), currency: string | null = null): string {
  const rows = kpiRowsOf(run);
  const sections = kpiGroups(run.kpiDefs, all).map(({ title, defs }) => sectionText(quietTable(withoutColumns(kpiTable(rowsFor(rows, defs), title, currency), ["model"]), [run]), width));
  const header = truncateTo(t(run.replications === 1 ? "terminal.runHeaderOne" : "terminal.runHeader", { model: run.model, n: run.replications, seed: run.seed }), width);
  const hint = all ? [] : [paragraph(t("terminal.allHint"), width)];
  return [header, ...sections, ...hint].join("\n\n");
}

const pairingGain: Column<DifferenceRow> = {
  header: "pairing gain",
  align: "right",
  raw: (r) => (r.difference?.diff.halfWidth && r.difference.unpairedHalfWidth !== null ? r.difference.unpairedHalfWidth / r.difference.diff.halfWidth : null),
  text: (r) => (r.difference ? formatPairingGain(r.difference) : ""),
  dropOrder: 6,
};

function differenceTable(title: string, rows: DifferenceRow[], currency: string | null): Table<DifferenceRow> {
  return withoutColumns({ title, columns: [...differenceColumns(currency), pairingGain], rows }, ["proposal", "significant"]);
}

/** The difference tables of a comparison, one per proposal, at most `width` columns wide; money in `currency` when known. */
export function formatComparisonTables(comparison: PairedComparison, all = false, width = terminalWidth(), currency: string | null = null): string {
  const runs = [comparison.current, ...comparison.proposals.map((p) => p.result)];
  const sections = comparison.proposals.map((proposal) => {
    const groups = kpiGroups(mergedKpiDefs(comparison.current.kpiDefs, proposal.result.kpiDefs), all);
    const own = differenceRowsOf({ ...comparison, proposals: [proposal] });
    const tables = groups.map(({ title, defs }) => {
      const chosen = rowsFor(own, defs);
      return chosen.length ? sectionText(quietTable(differenceTable(title, chosen, currency), runs), width) : "";
    });
    return [paragraph(t("terminal.proposalHeader", { current: comparison.current.model, proposal: proposal.name }), width), ...tables.filter(Boolean)].join("\n\n");
  });
  const gainShown = sections.some((text) => text.includes(headerText(pairingGain.header)));
  const footer =
    t("terminal.footer", { n: comparison.replications, seed: comparison.current.seed }) +
    `${gainShown ? t("terminal.footerGain") : ""}${all ? "" : t("terminal.footerAll")}`;
  return [...sections, paragraph(footer, width)].join("\n\n");
}

const MARKER = { better: "+", worse: "-", unclear: " " } as const;

/** The plain-word headline of each proposal, one marked sentence per line, wrapped to `width`. */
export function formatHeadline(headlines: readonly ProposalHeadline[], width = terminalWidth()): string {
  const lines = headlines.flatMap((h) => [
    "",
    ...wrapTo(`${h.proposal}:`, width),
    ...h.sentences.flatMap((s) => wrapTo(s.text, width - 4).map((line, i) => `  ${i === 0 ? MARKER[s.verdict] : " "} ${line}`)),
    ...(h.note ? wrapTo(`(${h.note})`, width - 4).map((line) => `    ${line}`) : []),
  ]);
  return `${lines.join("\n")}\n`;
}
