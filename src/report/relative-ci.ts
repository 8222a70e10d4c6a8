/**
 * The one reading of a relative change's interval for every report text and chart.
 *
 * "Mean wait falls by 91% (95% CI 84–97%)" in the headline and the "What changes" chart's
 * whisker both come from here, so they can never disagree. The interval itself is computed
 * with the comparison (Fieller's interval for paired means, see stats/relative-interval.ts);
 * results saved before it existed show the change without an interval rather than a guess.
 */
import type { KpiDifference } from "../stats/result-types.js";

/** A relative change's 95% interval as a report shows it. */
export type RelativeCi =
  | { readonly kind: "none" }
  | { readonly kind: "unbounded" }
  | { readonly kind: "bounded"; readonly lo: number; readonly hi: number };

/**
 * The interval of `d.relativeChange`: bounded, unbounded (the current mean is not clearly
 * away from 0, so no finite interval exists), or none (one replication, older results).
 */
export function relativeCiOf(d: KpiDifference): RelativeCi {
  const ci = d.relativeCi;
  if (!ci || d.relativeChange === null) return { kind: "none" };
  if (ci.lo === null || ci.hi === null) return { kind: "unbounded" };
  return { kind: "bounded", lo: ci.lo, hi: ci.hi };
}
