/**
 * The caveats a run raises about itself, for the top of the report: a pool offered more
 * work than it has (the load warnings of the model), the model's other warnings (a shift
 * gap, a step no case reaches), its own warnings (overnight waits, a
 * warm-up shorter than the estimate, replications that saw nothing), a
 * difference the run had too few replications to tell from zero — with the replications that
 * would resolve it — what "overtime" means where waiting cases are carried over or sent away,
 * and why throughput differs when every model completed every case (only the last departure moved).
 *
 * "Throughput per open hour: no change could be told from zero with 20 replications (−0.2%);
 * about 890 replications would resolve a difference of this size."
 */
import type { ComparisonResult, KpiDef, KpiDifference, RunResult } from "../stats/result-types.js";
import { MISSING, fixed, formatMoney } from "./format.js";
import { differenceDecimals, differenceText } from "./format-kpi.js";
import type { ModelFacts, ReportContext } from "./model-facts.js";
import { shortLabel } from "./specs/kpi-select.js";
import { isChinese, t } from "./i18n/translate.js";
import { kpiSummary } from "./kpi-lookup.js";
import { warningText } from "./i18n/warnings.js";
import { loadCaveats } from "./load-caveats.js";
import { modelCaveats } from "./model-caveats.js";
import { isThroughputKey, throughputIsTailOnly } from "./throughput-tail.js";

const OVERTIME = "overall/cost.overtime";

/** True when the run reports overtime cost above zero. */
function hasOvertime(run: RunResult): boolean {
  const s = kpiSummary(run.kpis, OVERTIME);
  return s !== undefined && s.mean !== null && s.mean > 0;
}

const CLOSING_TEXT = {
  serve: "caveat.closingServe", sendAway: "caveat.closingSendAway", comeBack: "caveat.closingComeBack",
  carryOver: "caveat.closingCarryOver", undeclared: "caveat.closingUndeclared",
} as const;

/**
 * What overtime is when some waiting cases are not served at closing, and what happens to
 * them, rule by rule with the steps each governs: "Cases still waiting at closing: sent away
 * at archive; carried over to the next opening at file." None when every step serves its line
 * (the overtime is that line itself).
 */
function overtimeNote(facts: ModelFacts | null, runs: readonly RunResult[]): string[] {
  if (!facts || facts.closingSteps.every((c) => c.rule === "serve") || !runs.some(hasOvertime)) return [];
  const rules = facts.closingSteps.map((c) => t(CLOSING_TEXT[c.rule], { steps: c.steps.join(t("caveat.closingStepSeparator")) }));
  return [t("caveat.closing", { rules: rules.join(t("caveat.closingRuleSeparator")) })];
}

/**
 * Every model completed the same cases, yet a throughput KPI differs: the difference is only
 * when the last case left (the window runs to the horizon or the last departure), not more work.
 */
function throughputNote(comparison: ComparisonResult): string[] {
  if (!throughputIsTailOnly(comparison)) return [];
  const moved = comparison.proposals.some((p) => p.differences.some((d) => isThroughputKey(d.key) && d.diff.mean !== null && d.diff.mean !== 0));
  return moved ? [t("caveat.throughputTail")] : [];
}

/** Caveats of several models: one every model gives once, others prefixed with the model. */
function merged(runs: readonly { name: string; texts: readonly string[] }[]): string[] {
  const all = runs.flatMap((r) => r.texts);
  const shared = [...new Set(all)].filter((w) => runs.every((r) => r.texts.includes(w)));
  const own = runs.flatMap((r) => r.texts.filter((w) => !shared.includes(w)).map((w) => `${t("decision.textNamed", { name: r.name })}${w}`));
  return [...shared, ...own];
}

/** The observed difference as the caveat quotes it: money in the model's currency ("+CNY 0.11"). */
function observedDifference(def: KpiDef, d: KpiDifference, currency: string | null): string {
  const text = differenceText(d, def.unit).mean;
  if (def.unit !== "currency" || currency === null || text === MISSING || text === "0" || d.diff.mean === null) return text;
  return formatMoney(d.diff.mean, currency, differenceDecimals(d.diff, def.unit), true);
}

function resolveSentence(def: KpiDef, d: KpiDifference, replications: number, needed: number | null, prefix: string, currency: string | null): string {
  const mean = observedDifference(def, d, currency);
  const size = mean === MISSING ? "" : isChinese() ? `（${mean}）` : ` (${mean})`;
  const head = t("caveat.unresolved", { prefix, label: shortLabel(def), n: fixed(replications, 0), size });
  if (needed === null) return t("caveat.neverResolved", { head });
  return t("caveat.resolveWith", { head, n: fixed(needed, 0) });
}

/** Resolve hints of each proposal as sentences. */
function resolveCaveats(comparison: ComparisonResult, context: ReportContext): string[] {
  const prefixed = comparison.proposals.length > 1;
  return comparison.proposals.flatMap((p, i) =>
    (context.proposals[i]?.resolve ?? []).flatMap((hint) => {
      const def = comparison.current.kpiDefs.find((d) => d.key === hint.key);
      const d = p.differences.find((x) => x.key === hint.key);
      if (!def || !d) return [];
      const prefix = prefixed ? t("decision.textNamed", { name: p.name }) : "";
      return [resolveSentence(def, d, comparison.current.replications, hint.replications, prefix, context.current.currency)];
    }),
  );
}

/** The caveats of a run on its own. */
export function runCaveats(result: RunResult, facts: ModelFacts | null): string[] {
  return [...loadCaveats(facts), ...modelCaveats(facts), ...result.warnings.map(warningText), ...overtimeNote(facts, [result])];
}

/** The caveats of a comparison: the models' load warnings, the runs' warnings, differences left unresolved, overtime. */
export function comparisonCaveats(comparison: ComparisonResult, context: ReportContext | null): string[] {
  const runs = [{ name: comparison.current.model, result: comparison.current }, ...comparison.proposals.map((p) => ({ name: p.name, result: p.result }))];
  const facts = [context?.current, ...comparison.proposals.map((_, i) => context?.proposals[i]?.facts)];
  return [
    ...merged(runs.map((r, i) => ({ name: r.name, texts: [...loadCaveats(facts[i]), ...modelCaveats(facts[i])] }))),
    ...merged(runs.map((r) => ({ name: r.name, texts: r.result.warnings.map(warningText) }))),
    ...(context ? resolveCaveats(comparison, context) : []),
    ...overtimeNote(context?.current ?? null, runs.map((r) => r.result)),
    ...throughputNote(comparison),
  ];
}
