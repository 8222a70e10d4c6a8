/**
 * The content of a report page, assembled from results: title, facts, headline, charts and
 * tables. Pure data; `html.ts` turns it into markup and `write.ts` puts it on disk.
 *
 * For "account opening today vs RPA data entry" the page holds the plain-word headline per
 * proposal, every chart that has data, the KPI matrix and the paired-difference table.
 */
import type { ComparisonResult, RunResult } from "../stats/result-types.js";
import { displayUnitFor, fixed, formatDuration } from "./format.js";
import { formatEstimate } from "./format-kpi.js";
import { buildHeadline, type ProposalHeadline } from "./headline.js";
import { headlineKpis } from "./headline-kpis.js";
import { shortLabel, summaryOf } from "./specs/kpi-select.js";
import { buildComparisonChartList, buildRunChartList, comparisonChartNotes, runChartNotes, type BuiltChart } from "./specs/registry.js";
import { differencesTable, kpiMatrixTable, withColumnsFirst, withoutColumns, type DifferenceRow, type Table } from "./tables.js";
import { quietTable } from "./quiet-kpis.js";
import { setAsideKeys } from "./headline.js";
import { withHolmVerdicts } from "./holm-verdicts.js";
import { serviceLevelSlotTable } from "./service-level-table.js";
import { comparisonDecisionSummary, runDecisionSummary, type DecisionSummary } from "./decision-summary.js";
import { assumptionRows, type AssumptionRow } from "./assumptions.js";
import type { ReportContext } from "./model-facts.js";
import { costDayOf } from "./cost-periods.js";
import { t } from "./i18n/translate.js";
import { warningText } from "./i18n/warnings.js";
import { warmupMethodText } from "./warmup-text.js";

/** Everything a report page shows. */
export interface ReportPage {
  readonly kind: "run" | "comparison";
  /** Model name, or "current vs proposal, …". */
  readonly title: string;
  /** Label/value pairs under the title: seed, replications, events. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly headline: readonly ProposalHeadline[];
  /** What was compared, the targets before and after, money and caveats. */
  readonly decision: DecisionSummary;
  /** The inputs, one row each, a column per model (empty without the models' facts). */
  readonly assumptions: { readonly models: readonly string[]; readonly rows: readonly AssumptionRow[] };
  readonly warnings: readonly string[];
  readonly charts: readonly BuiltChart[];
  /** Sentences in place of charts left out, e.g. a series that is zero in every replication. */
  readonly chartNotes?: readonly string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly tables: readonly Table<any>[];
}

/** At most this many key figures for a run on its own. */
const RUN_KEY_FIGURES = 6;

/**
 * For a run on its own: the headline KPIs with their 95% intervals, in the units of the tables
 * ("Mean cycle time: 34.6 ± 0.9 h.", "Cost per completed case: CNY 298.7 ± 4.5."); an estimate
 * without a spread to show has no word about an interval ("filed within 4h: 100%.").
 */
function runHeadline(result: RunResult, currency: string | null): ProposalHeadline {
  const sentences = headlineKpis(result.kpiDefs).flatMap((def) => {
    const summary = summaryOf(result, def.key);
    if (!summary || summary.mean === null) return [];
    const shown = formatEstimate(summary, displayUnitFor(def.unit, [summary.mean]));
    const estimate = def.unit === "currency" && currency ? `${currency} ${shown}` : shown;
    const spread = /[±[]/.test(shown);
    const text = t(spread ? "page.keyFigure" : "page.keyFigureExact", { label: shortLabel(def), estimate });
    return [{ key: def.key, text, verdict: "unclear" as const }];
  });
  return { proposal: result.model, sentences: sentences.slice(0, RUN_KEY_FIGURES), note: "" };
}

function runFacts(result: RunResult): ReportPage["facts"] {
  return [
    { label: t("page.seed"), value: String(result.seed) },
    { label: t("page.replications"), value: String(result.replications) },
    { label: t("page.eventsSimulated"), value: fixed(result.events, 0) },
    ...(result.warmup ? [warmupFact(result.warmup)] : []),
  ];
}

/** The tables that have rows (a model without service levels has no per-slot table). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function withRows(tables: readonly Table<any>[]): Table<any>[] {
  return tables.filter((t) => t.rows.length > 0);
}

/** "warm-up: 5 days declared · 12 days estimated" for a steady-state run. */
function warmupFact(w: NonNullable<RunResult["warmup"]>): ReportPage["facts"][number] {
  const estimated = w.estimatedMinutes === null ? t("page.warmupTooShort") : t("page.warmupEstimated", { duration: formatDuration(w.estimatedMinutes), method: warmupMethodText(w.method) });
  return { label: t("page.warmup"), value: t("page.warmupValue", { declared: formatDuration(w.declaredMinutes), estimated }) };
}

/** The page of a single run. */
export function buildRunPage(result: RunResult, context: ReportContext | null = null): ReportPage {
  return {
    kind: "run",
    title: result.model,
    facts: runFacts(result),
    headline: [runHeadline(result, context?.current.currency ?? null)],
    decision: runDecisionSummary(result, context),
    assumptions: { models: [result.model], rows: context ? assumptionRows([context.current]) : [] },
    warnings: result.warnings.map(warningText),
    charts: buildRunChartList(result, context?.current.currency ?? null, costDayOf(context?.current ?? null)),
    chartNotes: runChartNotes(result),
    tables: withRows([quietTable(kpiMatrixTable([{ name: result.model, result }], context?.current.currency ?? null), [result]), serviceLevelSlotTable([{ name: result.model, result }])]),
  };
}

/** The paired differences of one proposal, titled with its name (so no proposal column). */
function proposalDifferences(comparison: ComparisonResult, proposal: ComparisonResult["proposals"][number], currency: string | null): Table<DifferenceRow> {
  const setAside = setAsideKeys(comparison)[comparison.proposals.indexOf(proposal)] ?? new Set<string>();
  const table = withHolmVerdicts(differencesTable({ ...comparison, proposals: [proposal] }, currency), setAside);
  const runs = [comparison.current, ...comparison.proposals.map((p) => p.result)];
  const keyFirst = withColumnsFirst(withoutColumns(table, ["proposal"]), ["KPI", "difference", "95% CI", "verdict"]);
  return quietTable({ ...keyFirst, title: t("page.pairedDifferences", { proposal: proposal.name, current: comparison.current.model }) }, runs);
}

/** The page of a comparison: current against every proposal. */
export function buildComparisonPage(comparison: ComparisonResult, context: ReportContext | null = null): ReportPage {
  const { current, proposals } = comparison;
  const currency = context?.current.currency ?? null;
  const models = [{ name: current.model, result: current }, ...proposals.map((p) => ({ name: p.name, result: p.result }))];
  const events = models.reduce((sum, m) => sum + m.result.events, 0);
  const warnings = models.flatMap((m) => m.result.warnings.map((w) => `${t("decision.textNamed", { name: m.name })}${warningText(w)}`));
  return {
    kind: "comparison",
    title: t("page.vs", { current: current.model, proposals: proposals.map((p) => p.name).join(t("decision.listSeparator")) }),
    facts: [
      { label: t("page.seed"), value: String(current.seed) },
      { label: t("page.replications"), value: String(current.replications) },
      { label: t("page.pairing"), value: t("page.commonRandomNumbers") },
      { label: t("page.eventsSimulated"), value: fixed(events, 0) },
    ],
    headline: buildHeadline(comparison),
    decision: comparisonDecisionSummary(comparison, context),
    assumptions: { models: models.map((m) => m.name), rows: context ? assumptionRows([context.current, ...context.proposals.map((p) => p.facts)]) : [] },
    warnings,
    charts: buildComparisonChartList(comparison, currency, costDayOf(context?.current ?? null)),
    chartNotes: comparisonChartNotes(comparison),
    tables: withRows([
      quietTable(kpiMatrixTable(models, currency), models.map((m) => m.result)),
      ...proposals.map((p) => proposalDifferences(comparison, p, currency)),
      serviceLevelSlotTable(models),
    ]),
  };
}
