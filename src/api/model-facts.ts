/**
 * The facts of loaded models that a report states as assumptions (`report/model-facts.ts`),
 * and, for a comparison, how many replications would resolve each headline difference the
 * run could not tell from zero.
 *
 * `reportContextOf([today, rpa], comparison)` gives the report the horizon, calendar,
 * arrival rates, staffing, replications, warm-up, seed and currency of both models, from
 * which it words "Clerks: 4 → 3" and "Data entry: 45 min → 8 min, now done by rpa bots".
 */
import { bookingsPerDay } from "../model/compile/appointment-types.js";
import type { Model, ProfileInterval, Step } from "../model/compile/model.js";
import { sourcePatience } from "../model/compile/class-rules.js";
import { resolveEndOfDay } from "../model/compile/end-of-day.js";
import { distMean } from "../random/dist-moments.js";
import { conditionShares } from "../model/checks/condition-shares.js";
import { nextReplicationCount } from "../experiment/target-halfwidth.js";
import { LIMITS } from "../model/schema/limits.js";
import { tCritical } from "../stats/ci.js";
import { headlineKpis } from "../report/headline-kpis.js";
import { isNegligible } from "../report/format-kpi.js";
import { isPracticallyNil } from "../report/practical-difference.js";
import { batchRuleText } from "./batch-text.js";
import type { ArrivalFacts, ClosingRule, ClosingSteps, LevelWindow, ModelFacts, ReportContext, ResolveHint, StepFacts } from "../report/model-facts.js";
import type { ComparisonResult, KpiDifference, RunResult } from "../stats/result-types.js";
import { withRunOverrides, type RunOverrides } from "../experiment/run-overrides.js";
import { meanGroupSize, plannedArrivalsByHour } from "../model/checks/source-volume.js";
import { modelWarningsOf } from "./model-warnings.js";
import { settingsOf } from "./model-settings.js";

/** What the facts already word of a step, a source and a pool (the rest are their settings). */
const STEP_DESCRIBED = new Set(["name", "kind", "resources", "duration", "next", "batch"]);
const SOURCE_DESCRIBED = new Set(["name", "interarrival", "ratePerHour", "profile", "appointments", "recorded", "drops", "groupSize", "rateFactor"]);
const POOL_DESCRIBED = new Set(["name", "capacity", "shifts", "costPerHour", "calendar"]);

const DAY = 1440;

/** A profile's windows (each runs to the next start, the last to midnight). */
function profileWindows(profile: readonly ProfileInterval[]): LevelWindow[] {
  return profile.map((p, i) => ({ from: p.from, to: profile[i + 1]?.from ?? DAY, level: p.ratePerHour }));
}

/** Time-weighted mean of windows over [from, to); null when they do not overlap it. */
function meanOver(windows: readonly LevelWindow[], from: number, to: number): number | null {
  let area = 0;
  let length = 0;
  for (const w of windows) {
    const overlap = Math.min(w.to, to) - Math.max(w.from, from);
    if (overlap > 0) [area, length] = [area + overlap * w.level, length + overlap];
  }
  return length > 0 ? area / length : null;
}

function arrivalFacts(model: Model): ArrivalFacts[] {
  const { always, open, close } = model.calendar;
  return model.arrivals.map((a) => {
    const factor = a.rateFactor ?? 1;
    const profile = a.profile ? profileWindows(a.profile) : [];
    let rate: number | null = a.ratePerHour;
    if (a.profile) rate = meanOver(profile, always ? 0 : open, always ? DAY : close);
    else if (a.interarrival) rate = 60 / distMean(a.interarrival);
    else if (a.appointments) rate = (bookingsPerDay(a.appointments) * (1 - a.appointments.noShow) * 60) / (always ? DAY : close - open);
    const planned = plannedArrivalsByHour(a);
    if (planned !== null) rate = planned.reduce((sum, n) => sum + n, 0) / ((always ? DAY : close - open) / 60);
    else if (rate !== null) rate *= meanGroupSize(a);
    const meanRatePerHour = rate === null || !Number.isFinite(rate) ? null : rate * factor;
    return { name: a.name, meanRatePerHour, profile: profile.map((w) => ({ ...w, level: w.level * factor })), patience: sourcePatience(model, a) !== null, settings: settingsOf(a, SOURCE_DESCRIBED) };
  });
}

function stepFacts(model: Model, step: Step): StepFacts {
  const route = step.next;
  // Conditional branches: the exact shares from the declared attribute distributions (sampled only without a CDF).
  const next = route.kind === "exit" ? [{ to: "exit", p: 1 }] : route.kind === "goto" ? [{ to: route.to, p: 1 }] : route.kind === "branch" ? route.options : conditionShares(model, route.options);
  const batch = step.batch === undefined || step.batch === null ? {} : { batch: batchRuleText(step.batch) };
  return { name: step.name, resources: step.resources.map((r) => ({ name: r.resource, units: r.units })), meanMinutes: distMean(step.duration), next, ...batch, settings: settingsOf(step, STEP_DESCRIBED) };
}

function endOfDayRules(model: Model): string[] {
  const rules = [model.calendar.endOfDay, ...model.resources.map((p) => p.endOfDay), ...model.steps.map((s) => s.endOfDay)];
  return [...new Set(rules.flatMap((r) => (r ? [r.rule] : [])))].sort();
}

const CLOSING_ORDER: readonly ClosingRule[] = ["serve", "sendAway", "comeBack", "carryOver", "undeclared"];

/** The service steps each closing rule governs, by name (model/compile/end-of-day.ts resolves each step's rule). */
function closingSteps(model: Model): ClosingSteps[] {
  const resolved = resolveEndOfDay(model);
  const byRule = new Map<ClosingRule, string[]>();
  model.steps.forEach((step, i) => {
    if (step.kind !== "service") return;
    const r = resolved[i];
    const rule: ClosingRule = r === null ? "undeclared" : r.rule === "sendAway" && r.comeBack ? "comeBack" : r.rule;
    byRule.set(rule, [...(byRule.get(rule) ?? []), step.name]);
  });
  return CLOSING_ORDER.flatMap((rule) => {
    const steps = byRule.get(rule);
    return steps === undefined ? [] : [{ rule, steps }];
  });
}

/** The facts of one loaded model. */
export function modelFactsOf(model: Model): ModelFacts {
  const { calendar, run } = model;
  return {
    name: model.name,
    description: model.description,
    currency: model.currency ?? null,
    study: run.study,
    horizon: run.horizon,
    warmup: run.warmup,
    replications: run.replications,
    seed: run.seed,
    calendar: { always: calendar.always, open: calendar.open, close: calendar.close, days: [...calendar.days] },
    endOfDayRules: endOfDayRules(model),
    closingSteps: closingSteps(model),
    arrivals: arrivalFacts(model),
    pools: model.resources.map((p) => ({
      name: p.name,
      capacity: p.capacity,
      shifts: (p.shifts ?? []).map((s) => ({ from: s.from, to: s.to, level: s.capacity })),
      costPerHour: p.costPerHour,
      always: p.calendar?.always ?? calendar.always,
      settings: settingsOf(p, POOL_DESCRIBED),
    })),
    steps: model.steps.map((step) => stepFacts(model, step)),
    targets: model.serviceLevels.map((s) => ({ name: s.name, step: s.step, maxWait: s.maxWait, target: s.target })),
    fixedCostPerDay: model.fixedCostPerDay,
    ...linesOf(model),
    ...modelWarningsOf(model),
  };
}

/**
 * Replications at which a difference of the size observed would have a 95% interval that
 * excludes zero (half-width ≤ |mean|); null when beyond the replication limit or undefined.
 */
export function replicationsToResolve(d: KpiDifference): number | null {
  const { mean, halfWidth, n } = d.diff;
  if (mean === null || halfWidth === null || !(Math.abs(mean) > 0) || !(halfWidth > 0) || n < 2) return null;
  const target = Math.abs(mean);
  const m = nextReplicationCount(n, halfWidth, target, LIMITS.replications);
  const sd = (halfWidth * Math.sqrt(n)) / tCritical(n - 1);
  return tCritical(m - 1) * (sd / Math.sqrt(m)) <= target ? m : null;
}

/**
 * Resolve hints for the headline KPIs whose difference is not significant yet large enough to
 * matter: not negligible, and not practically nil (under 1% of its level, practical-difference.ts).
 */
export function resolveHints(comparison: ComparisonResult, proposal: number): ResolveHint[] {
  const differences = comparison.proposals[proposal].differences;
  return headlineKpis(comparison.current.kpiDefs).flatMap((def) => {
    const d = differences.find((x) => x.key === def.key);
    const worth = d && !d.significant && !isNegligible(d) && !isPracticallyNil(d, differences);
    return d && worth ? [{ key: def.key, replications: replicationsToResolve(d) }] : [];
  });
}

/** The model as it ran: the command's overrides, and the seed and replications of its result. */
function asRun(model: Model, overrides: RunOverrides, result: RunResult): Model {
  return withRunOverrides(model, { ...overrides, seed: result.seed, replications: result.replications });
}

/** The report context of a run: its model as it ran. */
export function runContextOf(model: Model, result: RunResult, overrides: RunOverrides = {}): ReportContext {
  return { current: modelFactsOf(asRun(model, overrides, result)), proposals: [] };
}

/** The report context of a comparison: its models (current first) as they ran, and resolve hints. */
export function comparisonContextOf(models: readonly Model[], comparison: ComparisonResult, overrides: RunOverrides = {}): ReportContext {
  const [current, ...proposals] = models;
  return {
    current: modelFactsOf(asRun(current, overrides, comparison.current)),
    proposals: proposals.map((m, i) => ({ facts: modelFactsOf(asRun(m, overrides, comparison.proposals[i].result)), resolve: resolveHints(comparison, i) })),
  };
}

/** The model's trunk lines, shared and per source; nothing when it declares none. */
function linesOf(model: Model): Pick<ModelFacts, "lines"> {
  const bySource = model.arrivals.flatMap((a) => (a.lines === undefined ? [] : [{ name: a.name, lines: a.lines }]));
  if (model.lines === undefined && bySource.length === 0) return {};
  return { lines: { shared: model.lines ?? null, bySource } };
}
