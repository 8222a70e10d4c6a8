/**
 * The run budget: before a long run starts, say how long it will take on this machine, and
 * refuse an absurd one unless --allow-long is given.
 *
 * `procsim run model.yaml` with 1e6 arrivals an hour for 100 years stops at once: "about
 * 1.8e12 events (8.8e11 arrivals a replication × 1.0 visits per case × 1 replication): about
 * 5 days on this machine; pass --allow-long to run it anyway". `procsim validate` prints the
 * same estimate as a warning; `compare`, `sweep` and `staff` judge all the runs they will make
 * together (every model, every point, every round), and a `--shard` its block of replications. The speed of this machine is measured once, with a short run of
 * a small model, and only when a run is big enough to matter.
 */
import { availableParallelism } from "node:os";
import type { Model } from "../model/compile/model.js";
import { estimateRun, type RunEstimate } from "../model/checks/run-budget.js";
import { loadModelText } from "../model/source/load.js";
import { locateInFile } from "../model/source/locate-in-file.js";
import { wordIssue, type IssueSeverity, type ModelIssue } from "../model/source/issues.js";
import { simulateSync } from "../experiment/simulate.js";
import { withRunOverrides, type RunOverrides } from "../experiment/run-overrides.js";
import { alignModels } from "../experiment/compare.js";
import { replicationCeiling } from "../experiment/target-halfwidth.js";

import { TIMED_ABOVE_EVENTS } from "./run-size.js";

export { TIMED_ABOVE_EVENTS } from "./run-size.js";
/** A run longer than this (seconds, on this machine) gets a warning. */
export const WARN_SECONDS = 10 * 60;
/** A run longer than this is refused unless --allow-long is given. */
export const REFUSE_SECONDS = 24 * 60 * 60;

const CALIBRATION = `name: calibration
run: { horizon: 1000h, replications: 1 }
arrivals: [ { name: customers, ratePerHour: 100 } ]
resources: { clerks: { capacity: 2 } }
steps:
  - { name: desk, resource: clerks, duration: { exponential: { mean: 1 } } }
`;

/** Where the warning points: the first of these the model file writes (horizon, then maxArrivals, replications, …). */
const BUDGET_PATHS = [["run", "horizon"], ["run", "maxArrivals"], ["run", "replications"], ["run"], ["arrivals"]];

let measured: number | null = null;

/** Engine events per second on this machine, one thread (measured once per process). */
export function eventsPerSecond(): number {
  if (measured !== null) return measured;
  const loaded = loadModelText(CALIBRATION);
  if (!loaded.ok) return (measured = 1e6);
  const start = performance.now();
  const result = simulateSync(loaded.model);
  measured = result.events / Math.max((performance.now() - start) / 1000, 1e-3);
  return measured;
}

/** "3 h 20 min", "5 days", "12 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
  if (seconds < 2 * 365 * 86_400) return `${Math.round(seconds / 86_400)} days`;
  return `${Math.round(seconds / (365 * 86_400))} years`;
}

/** The budget issue of one model (a warning, or an error when too long and not allowed), or null. */
export function budgetIssue(model: Model, overrides: RunOverrides, options: BudgetOptions): ModelIssue | null {
  return totalBudgetIssue([model], overrides, options);
}

/** How a budget is judged: whether a refusal is possible and overridden, and the threads the runs may use. */
export interface BudgetOptions {
  readonly allowLong: boolean;
  readonly workers?: number;
  readonly refuse: boolean;
}

/** The expected work of each model with the overrides (a model listed again is estimated once). */
function estimatesOf(models: readonly Model[], overrides: RunOverrides): RunEstimate[] {
  const cache = new Map<Model, RunEstimate>();
  return models.map((model) => {
    const known = cache.get(model);
    if (known) return known;
    const estimate = estimateRun(withRunOverrides(model, overrides));
    cache.set(model, estimate);
    return estimate;
  });
}

/**
 * The budget issue of running all of `models` (a sweep's points, each round of the staffing
 * planner: a model listed n times runs n times), located in the first one's file; or null.
 */
export function totalBudgetIssue(models: readonly Model[], overrides: RunOverrides, options: BudgetOptions): ModelIssue | null {
  if (models.length === 0) return null;
  const estimates = estimatesOf(models, overrides);
  const events = estimates.reduce((sum, e) => sum + e.events, 0);
  if (!(events > TIMED_ABOVE_EVENTS)) return null;
  const replications = estimates.reduce((sum, e) => sum + e.replications, 0);
  const arrivals = estimates.reduce((sum, e) => sum + e.arrivals * e.replications, 0);
  const visits = estimates.reduce((sum, e) => sum + e.arrivals * e.replications * e.visitsPerCase, 0);
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), availableParallelism(), replications));
  const seconds = events / (eventsPerSecond() * threads);
  if (seconds <= WARN_SECONDS) return null;
  const severity: IssueSeverity = options.refuse && !options.allowLong && seconds > REFUSE_SECONDS ? "error" : "warning";
  const params = {
    events: events.toPrecision(2),
    arrivals: (arrivals / replications).toPrecision(2),
    visits: (arrivals > 0 ? visits / arrivals : 0).toFixed(1),
    replications: estimates[0].replications,
    runs: models.length,
    time: formatSeconds(seconds),
    refused: severity === "error",
  };
  const model = models[0];
  if (model.sourceFile === null) {
    const draft = { code: "longRun" as const, severity, path: ["run"], params };
    return { ...draft, file: "<model>", line: 0, column: 0, message: wordIssue(draft) };
  }
  const { path, position } = locateInFile(model.sourceFile, BUDGET_PATHS);
  const draft = { code: "longRun" as const, severity, path, params };
  return { ...draft, file: model.sourceFile, ...position, message: wordIssue(draft) };
}

/**
 * The run options a budget judges: with a half-width target, the most replications the run
 * may reach (`replicationCeiling`) instead of the ones it starts with.
 */
export function budgetedOverrides(model: Model, overrides: RunOverrides, target: { readonly maxReplications?: number } | undefined): RunOverrides {
  if (target === undefined) return overrides;
  return { ...overrides, replications: replicationCeiling(overrides.replications ?? model.run.replications, target.maxReplications) };
}

/** Prints the warnings now and returns the errors (they stop the run). */
function errorsAfterWarnings(issues: readonly ModelIssue[]): ModelIssue[] {
  for (const issue of issues) if (issue.severity === "warning") process.stderr.write(`procsim: ${issue.message}\n`);
  return issues.filter((issue) => issue.severity === "error");
}

/** Budget issues of the models about to run, one per model: warnings are printed now, errors returned (they stop the run). */
export function budgetErrors(models: readonly Model[], overrides: RunOverrides, options: Omit<BudgetOptions, "refuse">): ModelIssue[] {
  return errorsAfterWarnings(models.flatMap((model) => budgetIssue(model, overrides, { ...options, refuse: true }) ?? []));
}

/** The budget of all the runs of a sweep or staffing plan together (see `totalBudgetIssue`): a warning is printed now, an error returned. */
export function totalBudgetErrors(models: readonly Model[], overrides: RunOverrides, options: Omit<BudgetOptions, "refuse">): ModelIssue[] {
  return errorsAfterWarnings([totalBudgetIssue(models, overrides, { ...options, refuse: true })].flatMap((issue) => issue ?? []));
}

/**
 * The budget issue of a comparison: the current model and every proposal as they will run
 * (the options applied, the proposals on the current model's seed and replications), together.
 */
export function comparisonBudgetIssue(models: readonly Model[], overrides: RunOverrides, options: BudgetOptions): ModelIssue | null {
  return models.length === 0 ? null : totalBudgetIssue(alignModels(models[0], models.slice(1), overrides), {}, options);
}

/** The budget of a comparison (see `comparisonBudgetIssue`): a warning is printed now, an error returned. */
export function comparisonBudgetErrors(models: readonly Model[], overrides: RunOverrides, options: Omit<BudgetOptions, "refuse">): ModelIssue[] {
  return errorsAfterWarnings([comparisonBudgetIssue(models, overrides, { ...options, refuse: true })].flatMap((issue) => issue ?? []));
}
