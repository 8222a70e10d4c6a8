/**
 * Run overrides: replications, seed and horizon given on the command line or in code take
 * precedence over the model's `run:` block.
 *
 * "Run the branch-counter model for 5 days, 50 replications, seed 7" produces a new Model
 * whose run settings say so; the loaded model is never mutated, so the same object can be
 * run again with other settings.
 */
import type { Model } from "../model/compile/model.js";
import { LIMITS } from "../model/schema/limits.js";
import { MINUTES_PER_YEAR } from "../model/schema/units.js";

/** Settings that override the model's `run:` block; omitted fields keep the model's value. */
export interface RunOverrides {
  /** Number of replications (integer ≥ 1). */
  readonly replications?: number;
  /** Base seed of the random streams (integer). */
  readonly seed?: number;
  /** Time after which no new case arrives, minutes (> 0). */
  readonly horizon?: number;
}

/** A problem with an override value. */
export interface OverrideIssue {
  readonly option: keyof RunOverrides;
  readonly message: string;
}

/** A value as the caller gave it: a number as written, anything else as JSON (`"5"`, not 5). */
export function givenValue(value: unknown): string {
  return typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value));
}

/** The message for a whole-number option outside [min, max] (the same ranges as the model's run block), or null. */
export function wholeNumberProblem(option: string, value: unknown, min: number, max: number): string | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return null;
  return `${option} must be a whole number from ${min} to ${max}, got ${givenValue(value)}`;
}

/**
 * Checks override values; returns one issue per invalid value (empty when all are valid).
 * The horizon is worded for the caller: the library takes a number of minutes (`horizon:
 * "2d"` is refused as such), the CLI a duration it has already turned into minutes.
 */
export function checkRunOverrides(overrides: RunOverrides, caller: "library" | "cli" = "library"): OverrideIssue[] {
  const issues: OverrideIssue[] = [];
  const { replications, seed, horizon } = overrides;
  const tooMany = replications === undefined ? null : wholeNumberProblem("replications", replications, 1, LIMITS.replications);
  if (tooMany) issues.push({ option: "replications", message: tooMany });
  const badSeed = seed === undefined ? null : wholeNumberProblem("seed", seed, 0, LIMITS.seed);
  if (badSeed) issues.push({ option: "seed", message: badSeed });
  if (horizon !== undefined && !(typeof horizon === "number" && Number.isFinite(horizon) && horizon > 0)) {
    const message = caller === "cli" ? `horizon must be a positive time, got ${horizon} min` : `horizon must be a positive number of minutes (2 days = 2880), got ${givenValue(horizon)}`;
    issues.push({ option: "horizon", message });
  } else if (horizon !== undefined && horizon > LIMITS.horizonYears * MINUTES_PER_YEAR) {
    issues.push({ option: "horizon", message: `horizon must be at most ${LIMITS.horizonYears} years, got ${horizon} min` });
  }
  return issues;
}

/** Checks overrides that conflict with the model's own settings (a horizon inside the warm-up). */
export function checkOverridesFor(model: Model, overrides: RunOverrides): OverrideIssue[] {
  const { horizon } = overrides;
  if (horizon === undefined || !(horizon <= model.run.warmup)) return [];
  return [{ option: "horizon", message: `horizon ${horizon} min is not longer than the model's warm-up of ${model.run.warmup} min; nothing would be observed — lengthen the horizon` }];
}

/**
 * Returns a copy of `model` with the overrides applied (the input is not changed).
 * @throws RangeError when an override value is invalid (see `checkRunOverrides`) or conflicts
 * with the model (a horizon inside its warm-up: `checkOverridesFor`).
 */
export function withRunOverrides(model: Model, overrides: RunOverrides): Model {
  const problems = [...checkRunOverrides(overrides), ...checkOverridesFor(model, overrides)];
  if (problems.length > 0) throw new RangeError(problems.map((problem) => problem.message).join("; "));
  const run = {
    ...model.run,
    ...(overrides.replications !== undefined ? { replications: overrides.replications } : {}),
    ...(overrides.seed !== undefined ? { seed: overrides.seed } : {}),
    ...(overrides.horizon !== undefined ? { horizon: overrides.horizon } : {}),
  };
  return { ...model, run };
}
