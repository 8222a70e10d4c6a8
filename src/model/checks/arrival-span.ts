/**
 * A run ended by maxArrivals alone must end within the simulated-time limit, like a horizon.
 *
 * A call centre open on Sundays 09:00–17:00 with 0.000001 calls an hour and `maxArrivals: 10`
 * has no horizon, yet it would simulate about 24,000 years before its tenth call; a horizon of
 * that length is refused, so this run is refused too, at `validate`.
 */
import type { Model } from "../compile/model.js";
import { LIMITS } from "../schema/limits.js";
import { MINUTES_PER_YEAR } from "../schema/units.js";
import { error, type IssueDraft } from "../source/issues.js";
import { simulatedMinutes } from "./run-budget.js";

const MAX_MINUTES = LIMITS.horizonYears * MINUTES_PER_YEAR;

/** An error when maxArrivals, at the sources' expected rate, takes longer than the horizon limit. */
export function checkArrivalSpan(model: Model): IssueDraft[] {
  const { horizon, maxArrivals } = model.run;
  if (horizon !== null || maxArrivals === null || model.arrivals.length === 0) return [];
  const minutes = simulatedMinutes(model);
  if (minutes <= MAX_MINUTES) return [];
  const years = minutes / MINUTES_PER_YEAR;
  return [error("arrivalSpanTooLong", ["run", "maxArrivals"], { maxArrivals, years: Number.isFinite(years) ? years.toPrecision(2) : "more than 1e+300", maximum: `${LIMITS.horizonYears} years` })];
}
