/**
 * The decision summary: what a manager who reads only the top of a report must know — what
 * was compared, what the proposal changes, whether each service-level target is met before
 * and after, the changes that matter most, the money per day, month and year, and the
 * caveats the run itself raises.
 *
 * Branch counter vs two more lunch tellers: "Does 'Branch counter with two more tellers over
 * lunch' do better than 'Branch counter (one business day)'?" — changes: "Staff tellers: 5,
 * 8, 5 → 5, 10, 5"; target "counter wait within 5 min (80%)": met before (97.9%) and after
 * (99.4%); cost per year +CNY 15,600 [+15,300, +15,900].
 */
import type { ComparisonResult, KpiSummary, RunResult } from "../stats/result-types.js";
import { headlineFindings, type HeadlineFindings, type HeadlineSentence, type SetAsideChange } from "./headline.js";
import { t } from "./i18n/translate.js";
import { changesBetween, staffingChangesBetween } from "./model-changes.js";
import { costPeriods, type CostPeriods, type PeriodAmount } from "./cost-periods.js";
import { runCaveats, comparisonCaveats } from "./caveats.js";
import type { ModelFacts, ReportContext } from "./model-facts.js";
import { summaryOf } from "./specs/kpi-select.js";
import { targetState, type TargetState } from "./target-state.js";

/** One service-level target in each model. */
export interface TargetStatus {
  readonly name: string;
  readonly target: number;
  readonly maxWait: number;
  /** Current first, then each proposal. */
  readonly models: readonly { readonly model: string; readonly achieved: KpiSummary | null; readonly state: TargetState | null }[];
}

/** One proposal in the summary. */
export interface ProposalDecision {
  readonly name: string;
  readonly description: string;
  /** What it changes, one sentence each; null when the models' facts were not given (so unknown, not "none"). */
  readonly changes: readonly string[] | null;
  /** The staffing and cost changes among `changes` (a short summary lists them first and always). */
  readonly staffing: readonly string[];
  /** The paired differences that matter most (significant first). */
  readonly findings: readonly HeadlineSentence[];
  /**
   * Changes significant on their own that do not hold once the headline's KPIs are judged
   * together, in words ("" when there are none): the findings say nothing of them.
   */
  readonly setAside: string;
  /** The same changes as data, and how many KPIs were judged together (for a list cut to fit). */
  readonly setAsideChanges: readonly SetAsideChange[];
  readonly family: number;
  /** Change in total cost per period (paired, with interval); null without cost or facts. */
  readonly costChange: CostPeriods | null;
}

/** The decision summary of a run or comparison. */
export interface DecisionSummary {
  readonly kind: "run" | "comparison";
  readonly current: string;
  readonly currency: string | null;
  readonly proposals: readonly ProposalDecision[];
  readonly targets: readonly TargetStatus[];
  /** Total cost per period of each model (current first); empty when the model has no cost. */
  readonly costs: readonly { readonly model: string; readonly periods: CostPeriods }[];
  readonly caveats: readonly string[];
}

/** At most this many findings per proposal. */
const FINDINGS = 4;

const TOTAL_COST = "overall/cost.total";

function targetStatuses(runs: readonly { model: string; result: RunResult }[]): TargetStatus[] {
  const levels = runs[0].result.serviceLevels;
  return levels.map((level) => ({
    name: level.name,
    target: level.target,
    maxWait: level.maxWait,
    models: runs.map(({ model, result }) => {
      const own = result.serviceLevels.find((s) => s.name === level.name);
      const achieved = own ? summaryOf(result, own.achievedKey) : null;
      return { model, achieved, state: own ? targetState(achieved, own.target) : null };
    }),
  }));
}

/**
 * "Significant on its own, but not once all 14 headline KPIs are judged together (Holm):
 * answered within 30 s (▲ better)."; with `shown` less than all, the first `shown` names and
 * "and 3 more" — a list is cut between names, never inside one.
 */
export function setAsideText(changes: readonly SetAsideChange[], family: number, shown = changes.length): string {
  if (changes.length === 0) return "";
  const names = changes.slice(0, shown).map((c) => `${c.label} (${t(`verdict.${c.verdict}`)})`).join(t("decision.listSeparator"));
  const list = shown < changes.length ? t("decision.andMore", { list: names, n: changes.length - shown }) : names;
  return t("decision.setAside", { n: family, list });
}

const setAsideOf = (judged: HeadlineFindings | undefined): string => (judged ? setAsideText(judged.setAside, judged.family) : "");

function costsOf(runs: readonly { model: string; result: RunResult }[], facts: ModelFacts | null): DecisionSummary["costs"] {
  if (!facts) return [];
  return runs.flatMap(({ model, result }) => {
    const total = summaryOf(result, TOTAL_COST);
    const periods = total && total.mean ? costPeriods(total, facts) : null;
    return periods ? [{ model, periods }] : [];
  });
}

/** The summary of a single run. */
export function runDecisionSummary(result: RunResult, context: ReportContext | null): DecisionSummary {
  const runs = [{ model: result.model, result }];
  const facts = context?.current ?? null;
  return {
    kind: "run",
    current: result.model,
    currency: facts?.currency ?? null,
    proposals: [],
    targets: targetStatuses(runs),
    costs: costsOf(runs, facts),
    caveats: runCaveats(result, facts),
  };
}

/** The summary of a comparison: current against each proposal. */
export function comparisonDecisionSummary(comparison: ComparisonResult, context: ReportContext | null): DecisionSummary {
  const { current, proposals } = comparison;
  const runs = [{ model: current.model, result: current }, ...proposals.map((p) => ({ model: p.name, result: p.result }))];
  // NOTE: the total cost has its own line (per day, month and year).
  const judged = headlineFindings(comparison, FINDINGS, [TOTAL_COST]);
  const facts = context?.current ?? null;
  const decisions = proposals.map((p, i): ProposalDecision => {
    const own = context?.proposals[i]?.facts ?? null;
    const d = p.differences.find((x) => x.key === TOTAL_COST);
    const costChange = d && facts && d.diff.mean !== null ? costPeriods(d.diff, facts) : null;
    return {
      name: p.name,
      description: own?.description ?? "",
      changes: facts && own ? changesBetween(facts, own) : null,
      staffing: facts && own ? staffingChangesBetween(facts, own) : [],
      findings: judged[i]?.findings ?? [],
      setAside: setAsideOf(judged[i]),
      setAsideChanges: judged[i]?.setAside ?? [],
      family: judged[i]?.family ?? 0,
      costChange,
    };
  });
  return {
    kind: "comparison",
    current: current.model,
    currency: facts?.currency ?? null,
    proposals: decisions,
    targets: targetStatuses(runs),
    costs: costsOf(runs, facts),
    caveats: comparisonCaveats(comparison, context),
  };
}

export type { CostPeriods, PeriodAmount };
