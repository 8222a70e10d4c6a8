/**
 * Warm-up estimation for steady-state runs: MSER-5 (White 1997; Franklin & White 2008) on
 * the replication-averaged series of cases in process, and the warning when the declared
 * warm-up is shorter than the estimate or the run is too short to have one.
 *
 * An M/M/1 teller at 95% load started empty needs about a day to reach its long-run queue;
 * run for 4 hours, its cases-in-process series still climbs at the end, MSER-5 finds no
 * truncation point in the first half of the run, and the report says the run is too short
 * (its mean wait of 8 min is less than half the long-run 19). The method: average each
 * slice over the replications, group slices into batches of 5, and choose the number d of
 * leading batches to drop that minimises Σ_{i>d}(Y_i − Ȳ_d)² / (m − d)², the squared
 * standard error of the mean of what is kept. An optimum in the second half of the run
 * means no steady state was seen; of the truncation, only what is a start-up deficit (fewer
 * cases than later, warmup-support.ts) counts.
 */
import type { WarmupSeriesSpec } from "./observer.js";
import type { WarmupEstimate } from "./result-types.js";
import { supportedTruncation } from "./warmup-support.js";

/** Observations per MSER batch. */
export const MSER_BATCH = 5;

/**
 * The MSER truncation point of `series`: the number of leading values to drop (0 ≤ d ≤
 * ⌊m/2⌋), or null when the minimum lies beyond the first half (the run is too short).
 */
export function mserTruncation(series: readonly number[]): number | null {
  const m = series.length;
  if (m < 4) return null;
  // Suffix sums give each candidate's mean and squared deviations in O(1).
  let sum = 0;
  let sumSq = 0;
  let best = Infinity;
  let bestD = 0;
  const limit = Math.floor(m / 2);
  for (let d = m - 1; d >= 0; d--) {
    sum += series[d];
    sumSq += series[d] * series[d];
    if (d > limit) continue;
    const kept = m - d;
    const ss = Math.max(0, sumSq - (sum * sum) / kept);
    const statistic = ss / (kept * kept);
    if (statistic <= best) {
      best = statistic;
      bestD = d;
    }
  }
  return bestD >= limit ? null : bestD;
}

/** Means of consecutive batches of `size` values (a trailing partial batch is dropped). */
export function batchMeans(series: readonly number[], size = MSER_BATCH): number[] {
  const out: number[] = [];
  for (let i = 0; i + size <= series.length; i += size) {
    let s = 0;
    for (let j = i; j < i + size; j++) s += series[j];
    out.push(s / size);
  }
  return out;
}

/**
 * The warm-up estimate from the replications' series (kept as `spec` says); `declared` is
 * the model's warm-up in minutes. Only whole slices count.
 */
export function estimateWarmup(seriesByRep: readonly (readonly number[])[], spec: WarmupSeriesSpec, declared: number): WarmupEstimate {
  const whole = Math.min(seriesByRep[0]?.length ?? 0, Math.floor(spec.horizon / spec.sliceMinutes + 1e-9));
  const averaged = Array.from({ length: whole }, (_, i) => seriesByRep.reduce((s, rep) => s + rep[i], 0) / seriesByRep.length);
  const mser = mserTruncation(batchMeans(averaged, spec.batch));
  // MSER's truncation stands only when what it drops is a start-up deficit (warmup-support.ts).
  const d = mser === null ? null : supportedTruncation(seriesByRep.map((rep) => batchMeans(rep.slice(0, whole), spec.batch)), mser);
  const batchMinutes = spec.sliceMinutes * spec.batch;
  return {
    method: spec.batch === 5 ? "MSER-5" : spec.sliceMinutes === 1440 ? "MSER on daily means" : "MSER on weekly means",
    declaredMinutes: declared,
    estimatedMinutes: d === null ? null : d * batchMinutes,
    batchMinutes,
    horizonMinutes: spec.horizon,
  };
}

/** A warm-up length as a reader thinks of it: 20,160 min → "14 days", 90 → "90 min". */
function minutes(x: number): string {
  if (x < 1440) return `${Math.round(x).toLocaleString("en-US")} min`;
  const days = Math.round((x / 1440) * 10) / 10;
  return `${days.toLocaleString("en-US")} ${days === 1 ? "day" : "days"}`;
}

/** The warning a warm-up estimate calls for, or null. */
export function warmupWarning(estimate: WarmupEstimate): string | null {
  const { declaredMinutes: declared, estimatedMinutes: estimated, horizonMinutes: horizon } = estimate;
  if (estimated === null) {
    return `The run is too short for a steady state: over a run of ${minutes(horizon)}, cases in process (averaged over the replications) do not settle within the first half (${estimate.method}), so long-run figures are biased by the empty start. Run much longer (and set run.warmup to the estimate it then reports).`;
  }
  if (declared < estimated) {
    return `The declared warm-up of ${minutes(declared)} is shorter than the ${minutes(estimated)} estimated from cases in process (${estimate.method}): statistics include part of the start-up transient. Set run.warmup to at least ${minutes(estimated)}.`;
  }
  return null;
}
