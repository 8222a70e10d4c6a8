/**
 * The library's run options held to the same ranges as the command line's flags, before
 * anything runs: replications, seed and horizon (`run-overrides.ts`), the worker count and a
 * half-width run's `maxReplications`.
 *
 * A notebook calling `simulate(branchModel, { workers: 0, maxReplications: 5_000_000 })` gets
 * one RangeError naming both: "workers must be a whole number from 1 to 8 (4 per core on this
 * machine), got 0; maxReplications must be a whole number from 1 to 100000, got 5000000" —
 * the limits `procsim run --workers 0 --max-replications 5000000` is refused with.
 */
import { LIMITS } from "../model/schema/limits.js";
import { checkRunOverrides, givenValue, wholeNumberProblem, type RunOverrides } from "./run-overrides.js";
import { maxWorkerCount } from "./worker-limit.js";
import type { HalfWidthTarget } from "./target-halfwidth.js";

/** The options of `simulate` and `compare` that are checked before a run. */
export interface CheckedRunOptions extends RunOverrides {
  readonly workers?: number;
  readonly maxReplications?: number;
  readonly target?: HalfWidthTarget;
}

/** A problem with one option: its name and the message saying what is valid. */
export interface RunOptionProblem {
  readonly option: keyof CheckedRunOptions;
  readonly message: string;
}

/** `workers` outside 1 … maxWorkerCount(), as a message naming the range; null when valid or absent. */
export function workersProblem(workers: unknown, option = "workers"): string | null {
  if (workers === undefined) return null;
  const problem = wholeNumberProblem(option, workers, 1, maxWorkerCount());
  return problem === null ? null : `${problem} (${LIMITS.workersPerCore} per core on this machine)`;
}

/** A target that is not `{ key: "overall/cycleTime.mean", halfWidth: 5 }` with a positive half-width; null when valid or absent. */
export function targetProblem(target: unknown): string | null {
  if (target === undefined) return null;
  const { key, halfWidth } = (target ?? {}) as { key?: unknown; halfWidth?: unknown };
  const problems: string[] = [];
  if (typeof key !== "string") problems.push(`target.key must be a KPI key such as "overall/cycleTime.mean", got ${givenValue(key)}`);
  if (!(typeof halfWidth === "number" && Number.isFinite(halfWidth) && halfWidth > 0)) problems.push(`target.halfWidth must be a positive number in the KPI's unit, got ${givenValue(halfWidth)}`);
  return problems.length > 0 ? problems.join("; ") : null;
}

/** Every problem with the options (empty when all are valid); the pool's workers are not checked when a pool is given. */
export function runOptionProblems(options: CheckedRunOptions & { readonly pool?: unknown }): RunOptionProblem[] {
  const problems: RunOptionProblem[] = [...checkRunOverrides(options)];
  const workers = options.pool === undefined ? workersProblem(options.workers) : null;
  if (workers) problems.push({ option: "workers", message: workers });
  const max = options.maxReplications === undefined ? null : wholeNumberProblem("maxReplications", options.maxReplications, 1, LIMITS.replications);
  if (max) problems.push({ option: "maxReplications", message: max });
  const target = targetProblem(options.target);
  if (target) problems.push({ option: "target", message: target });
  return problems;
}

/**
 * Throws one RangeError listing every problem of the options (`runOptionProblems`).
 * @throws RangeError naming each invalid option and what would be valid.
 */
export function assertRunOptions(options: CheckedRunOptions & { readonly pool?: unknown }): void {
  const problems = runOptionProblems(options);
  if (problems.length > 0) throw new RangeError(problems.map((problem) => problem.message).join("; "));
}
