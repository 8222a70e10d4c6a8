/**
 * The values a KPI can take, and its intervals cut to them: a share lies in [0, 1], so the
 * difference of two shares lies in [−1, 1]; a time, count or cost is never negative, while a
 * difference of two lies anywhere; an interval is never reported beyond those ends.
 *
 * A deposit desk answers 99.97% of its calls within 30 seconds, ±0.04 points: the t-interval
 * reads [99.93%, 100.01%], but no day answers more than all its calls, so the report says
 * [99.93%, 100%]. Two days of a branch counter with a mean wait of 0.6 min read
 * [−0.7, 1.8] by t; no wait is negative, so the report says [0, 1.8]. Cutting at a bound
 * the true value cannot pass never lowers coverage.
 */
import type { KpiUnit } from "./result-types.js";

/** The closed range [lo, hi] a value lies in (an end may be infinite). */
export interface ValueRange {
  readonly lo: number;
  readonly hi: number;
}

/** A share: none of the cases, up to all of them. */
export const SHARE_RANGE: ValueRange = { lo: 0, hi: 1 };

/** A ratio that cannot be negative but may pass 1 (occupancy with overtime, interruptions per service). */
export const NON_NEGATIVE_RANGE: ValueRange = { lo: 0, hi: Number.POSITIVE_INFINITY };

/**
 * The range of each unit's values. Every KPI in a unit other than a share is a count, a
 * time, a rate or an amount of money, none of which can be negative: waits, handling and
 * cycle times are durations (a late wait past an appointment is cut at 0), throughputs and
 * outputs count cases, and costs are hours × rates the schema holds at 0 or more. A new unit
 * must say its range here.
 */
const RANGES: Readonly<Record<KpiUnit, ValueRange>> = {
  share: SHARE_RANGE,
  count: NON_NEGATIVE_RANGE,
  cases: NON_NEGATIVE_RANGE,
  min: NON_NEGATIVE_RANGE,
  perHour: NON_NEGATIVE_RANGE,
  currency: NON_NEGATIVE_RANGE,
  casesPerStaffHour: NON_NEGATIVE_RANGE,
};

/** The range a unit's values lie in: [0, 1] for a share, [0, ∞) for counts, times, rates and money; null for a unit it does not know. */
export function unitRange(unit: KpiUnit): ValueRange | null {
  return RANGES[unit] ?? null;
}

/** The range of a difference b − a of two values in `range`: [lo − hi, hi − lo] ([−1, 1] for shares). */
export function differenceRange(range: ValueRange | null): ValueRange | null {
  return range === null ? null : { lo: range.lo - range.hi, hi: range.hi - range.lo };
}

/** `interval` with its ends cut to `range` (unchanged when the range is null or an end is null). */
export function withinRange<T extends { readonly lo: number | null; readonly hi: number | null }>(interval: T, range: ValueRange | null): T {
  if (range === null) return interval;
  const lo = interval.lo === null ? null : Math.min(range.hi, Math.max(range.lo, interval.lo));
  const hi = interval.hi === null ? null : Math.max(range.lo, Math.min(range.hi, interval.hi));
  return lo === interval.lo && hi === interval.hi ? interval : { ...interval, lo, hi };
}
