/**
 * Times that would make a run never end, and arrivals that never come.
 *
 * A handling time written as "999…9min" (400 nines) is Infinity minutes; an exponential
 * with a mean of 1e12 minutes in a one-day branch study keeps the last case inside for two
 * million years; an inter-arrival time of 0 sends infinitely many customers in at 09:00; a
 * model whose every source has a rate of 0 runs and reports nothing; a Weibull of shape 1e-300
 * has a mean of Γ(1 + 1e300) minutes, which overflows to Infinity. Each is caught at
 * `validate`, before a run is started.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import { distMean } from "../../random/dist-moments.js";
import type { ArrivalSource, Model, ModelPath } from "../compile/model.js";
import { LIMITS } from "../schema/limits.js";
import { formatMinutes, MINUTES_PER_YEAR } from "../schema/units.js";
import { error, warning, type IssueDraft } from "../source/issues.js";
import { checkDist } from "./dist-params.js";

const MAX_MINUTES = LIMITS.horizonYears * MINUTES_PER_YEAR;

/** Every number of a distribution's parameters, nested distributions (mixture, truncation) included. */
function numbersOf(spec: object): number[] {
  return Object.values(spec).flatMap((value: unknown): number[] => {
    if (typeof value === "number") return [value];
    if (Array.isArray(value)) return value.flatMap((item: unknown) => (typeof item === "number" ? [item] : typeof item === "object" && item !== null ? numbersOf(item) : []));
    return typeof value === "object" && value !== null ? numbersOf(value) : [];
  });
}

/** An infinite or over-long time distribution is an error; one whose mean outlasts the whole run, a warning. */
function checkTime(spec: DistSpec, path: ModelPath, horizon: number | null): IssueDraft[] {
  const mean = distMean(spec);
  const maximum = `${LIMITS.horizonYears} years`;
  // NaN: parameters that define no distribution (a truncation with no mass), reported by the
  // parameter checks; any other NaN is a mean that overflowed on the way and is refused here.
  if (Number.isNaN(mean)) return checkDist(spec, path, true).length > 0 ? [] : [error("timeTooLong", path, { found: "a mean too large to compute", maximum })];
  if (numbersOf(spec).some((value) => !Number.isFinite(value))) return [error("timeTooLong", path, { found: "an infinite time", maximum })];
  if (mean === Infinity) return [error("timeTooLong", path, { found: "an infinite mean (it overflows)", maximum })];
  if (!(mean <= MAX_MINUTES)) return [error("timeTooLong", path, { found: `a mean of ${formatMinutes(mean)}`, maximum })];
  if (horizon !== null && mean > horizon) return [warning("timeBeyondRun", path, { mean: formatMinutes(mean), horizon: formatMinutes(horizon) })];
  return [];
}

/** True when a source can ever send a case. */
function sends(source: ArrivalSource): boolean {
  if (source.interarrival) return true;
  const base = source.ratePerHour ?? 1;
  if (source.profile) return base > 0 && source.profile.some((interval) => interval.ratePerHour > 0);
  return base > 0;
}

/** Infinite or over-long times, times longer than the run, zero inter-arrival times, and models nobody arrives at. */
export function checkTimeBounds(model: Model): IssueDraft[] {
  const horizon = model.run.horizon;
  const issues: IssueDraft[] = [];
  for (const step of model.steps) issues.push(...checkTime(step.duration, [...step.path, "duration"], horizon));
  for (const rules of Object.values(model.classes ?? {})) if (rules.patience) issues.push(...checkTime(rules.patience, [...rules.path, "patience"], null));
  for (const source of model.arrivals) {
    if (source.patience) issues.push(...checkTime(source.patience, [...source.path, "patience"], null));
    if (!source.interarrival) continue;
    const at: ModelPath = [...source.path, "interarrival"];
    const bounded = checkTime(source.interarrival, at, null);
    issues.push(...bounded);
    // NOTE: parameters that make no sense (an exponential mean of 0) are said once, by the parameter checks.
    const wellFormed = checkDist(source.interarrival, at, true).length === 0;
    if (bounded.length === 0 && wellFormed && !(distMean(source.interarrival) > 0)) issues.push(error("zeroInterarrival", at, { source: source.name }));
  }
  if (model.arrivals.length > 0 && !model.arrivals.some(sends)) issues.push(warning("noArrivals", ["arrivals"], {}));
  return issues;
}
