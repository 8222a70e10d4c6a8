/**
 * Library facade for running one model: from a file path or a loaded Model to a summary with
 * 95% intervals.
 *
 * A notebook runs the branch-counter model for 50 replications with
 * `await simulateFile("scenarios/branch-counter.yaml", { replications: 50 })` and gets
 * `{ ok: true, value }` with every KPI as mean ± half-width, or `{ ok: false, issues }`
 * naming file, line and column of what is wrong. Proposal files (`extends:`) load the same way.
 */
import { error, locateIssue, type ModelIssue, type Result } from "../model/source/issues.js";
import type { Model } from "../model/compile/model.js";
import { loadAnyModelFile, type LoadAnyOptions } from "../model/overlays/load.js";
import { checkOverridesFor, type RunOverrides } from "../experiment/run-overrides.js";
import { runOptionProblems, workersProblem, type CheckedRunOptions, type RunOptionProblem } from "../experiment/run-options.js";
import { UnknownKpiError } from "../experiment/target-halfwidth.js";
import { overrideChecks } from "../experiment/override-checks.js";
import { simulateChecked, type SimulateOptions, type Simulation } from "../experiment/simulate.js";
import { createReplicationPool, type ReplicationPool } from "../experiment/workers.js";

export type { HalfWidthTarget, TargetOutcome } from "../experiment/target-halfwidth.js";
export { simulate, simulateSync, type SimulateOptions, type Simulation } from "../experiment/simulate.js";
export type { BatchProgress, ReplicationPool } from "../experiment/workers.js";
export { InvalidModelError } from "../experiment/model-object-checks.js";

/**
 * A replication pool to keep between calls. A notebook that runs the branch model, then five
 * proposals, then a sweep, passes `{ pool }` to each `simulate` or `compare`: the worker
 * threads start, load the engine and warm up once, not on every call. Close it when done
 * (`await pool.close()`); the threads otherwise keep the process alive.
 * @param workers threads: the calling thread plus workers − 1 worker threads, a whole number
 * from 1 to LIMITS.workersPerCore × cores (default: cores).
 * @throws RangeError when `workers` is outside that range.
 */
export function createWorkerPool(workers?: number): ReplicationPool {
  const problem = workersProblem(workers);
  if (problem !== null) throw new RangeError(problem);
  return createReplicationPool(workers === undefined ? {} : { workers });
}

/** A library result: a value (with the model's warnings), or the issues that prevent it. */
export type Outcome<T> = Result<{ readonly value: T }>;

/**
 * Option problems as issues (file "(options)", no position): every invalid run override,
 * worker count and maxReplications; with a model, the overrides' conflicts with it instead.
 */
export function overrideIssues(options: CheckedRunOptions & { readonly pool?: unknown }, model?: Model): ModelIssue[] {
  const problems: RunOptionProblem[] = model ? checkOverridesFor(model, options as RunOverrides) : runOptionProblems(options);
  return problems.map((problem) =>
    locateIssue(error("invalidOption", [problem.option], { option: problem.option, reason: problem.message }), { path: [problem.option], file: "(options)", line: 0, column: 0 }),
  );
}

/** A half-width target on a KPI the model does not report, as an issue with a suggestion. */
export function targetIssue(cause: UnknownKpiError): ModelIssue {
  const draft = error("unknownKpi", ["target"], { found: cause.key, ...(cause.suggestion ? { suggestion: cause.suggestion } : {}) });
  return locateIssue(draft, { path: draft.path, file: "(options)", line: 0, column: 0 });
}

/** Options of the file entry points: a last check of the loaded models before anything runs. */
export interface BeforeRun {
  /** Called with the loaded models (current first); any error issue it returns stops the run. */
  readonly beforeRun?: (models: readonly Model[]) => readonly ModelIssue[];
}

/** The error issues `beforeRun` finds (none without a hook). */
export function beforeRunIssues(options: BeforeRun, models: readonly Model[]): readonly ModelIssue[] {
  return (options.beforeRun?.(models) ?? []).filter((issue) => issue.severity === "error");
}

/** Loads model or proposal files; all issues of all files, or the models in order. */
export function loadModels(paths: readonly string[], options: LoadAnyOptions = {}): Outcome<Model[]> {
  const models: Model[] = [];
  const issues: ModelIssue[] = [];
  const warnings: ModelIssue[] = [];
  for (const path of paths) {
    const loaded = loadAnyModelFile(path, options);
    if (loaded.ok) {
      models.push(loaded.model);
      warnings.push(...loaded.warnings);
    } else issues.push(...loaded.issues);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: models, warnings };
}

/**
 * Loads and runs a model or proposal file. Rejects only on a run-time failure of the model
 * (a SimulationError naming replication, time and step) or an internal error.
 */
export async function simulateFile(path: string, options: SimulateOptions & BeforeRun & LoadAnyOptions = {}): Promise<Outcome<Simulation>> {
  const invalid = overrideIssues(options);
  if (invalid.length > 0) return { ok: false, issues: invalid };
  const loaded = loadModels([path], options);
  if (!loaded.ok) return loaded;
  const conflicts = overrideIssues(options, loaded.value[0]);
  if (conflicts.length > 0) return { ok: false, issues: conflicts };
  const asRun = overrideChecks(loaded.value, options);
  if (asRun.errors.length > 0) return { ok: false, issues: asRun.errors };
  const refused = beforeRunIssues(options, loaded.value);
  if (refused.length > 0) return { ok: false, issues: refused };
  try {
    const value = await simulateChecked(loaded.value[0], options);
    return { ok: true, value, warnings: [...loaded.warnings, ...asRun.warnings] };
  } catch (cause) {
    if (cause instanceof UnknownKpiError) return { ok: false, issues: [targetIssue(cause)] };
    throw cause;
  }
}
