/**
 * Summaries across replications: every KPI as a mean with its 95% interval (t, or bootstrap
 * for percentiles and maxima), waiting and
 * cycle-time distributions pooled over replications, and time-of-day profiles with
 * intervals per bin.
 *
 * Thirty replications of a branch day give thirty mean waits; the run reports their mean
 * 4.2 min with interval 3.9-4.5, the ECDF of all waits of all thirty days, and the queue at
 * the counter hour by hour. Replications are taken in index order, whatever order they
 * finished in, so the summary is the same for any number of worker threads.
 */
import type { CollectorLayout } from "./observer.js";
import type { DistributionSummary, KpiDef, KpiSummary, RepResult, RunResult, TimeOfDaySummary, WarmupEstimate } from "./result-types.js";
import { kpiInterval, tInterval } from "./ci.js";
import { histogramKeysFor } from "./collect-cases.js";
import { serviceLevelHistogramKey } from "./collect-service-levels.js";
import { kpiDefsFor, kpiDefsFromKeys, kpiRangeInLayout, kpiRangeOfKey } from "./kpi-defs.js";
import { histogramEcdf, histogramQuantile, mergeHistograms } from "./log-histogram.js";
import { binStarts } from "./time-of-day-bins.js";
import { endOfDayWarnings } from "./collect-end-of-day.js";
import { batchWarnings } from "./collect-batches.js";
import { estimateWarmup, warmupWarning } from "./warmup.js";
import { unitRange, withinRange, type ValueRange } from "./value-range.js";

export { compareRuns, type RunWithReps } from "./compare-runs.js";
export { kpiDefsFor } from "./kpi-defs.js";
export { histogramKeysFor } from "./collect-cases.js";
export { timeOfDayDefsFor } from "./collect-time-of-day.js";

/** What a summary needs to know about the model (a normalised Model satisfies it). */
export interface RunSource {
  readonly name: string;
  readonly run: { readonly seed: number };
  readonly serviceLevels: readonly {
    readonly name: string;
    readonly maxWait: number;
    readonly target: number;
    readonly class?: string | null;
    readonly step?: string | null;
    readonly measure?: "wait" | "cycleTime";
    readonly clock?: "elapsed" | "working";
  }[];
}

const COMPLETIONS_KEY = "overall/completions";

/** Most ECDF points kept per distribution. */
export const MAX_ECDF_POINTS = 300;

/**
 * Summarises the replications of one model. KPI definitions come from `layout` when given,
 * otherwise from the keys of the first replication (same result for collector output).
 * Replications may be given in any order; they are used in replication-index order.
 */
export function summariseRuns(source: RunSource, reps: readonly RepResult[], layout?: CollectorLayout): RunResult {
  const ordered = [...reps].sort((a, b) => a.replication - b.replication);
  const kpiDefs = layout ? kpiDefsFor(layout) : kpiDefsFromKeys(Object.keys(ordered[0]?.kpis ?? {}));
  const histogramKeys = layout ? histogramKeysFor(layout) : Object.keys(ordered[0]?.histograms ?? {});
  const warmup = warmupOf(ordered, layout);
  const warning = warmup ? warmupWarning(warmup) : null;
  return {
    model: source.name,
    seed: source.run.seed,
    replications: ordered.length,
    kpiDefs,
    kpis: kpiDefs.map((def) => summariseKpi(def.key, ordered, layout ? kpiRangeInLayout(def.key, layout) : kpiRangeOfKey(def.key))),
    distributions: histogramKeys.map((key) => summariseDistribution(key, ordered)),
    timeOfDay: summariseTimeOfDay(ordered),
    serviceLevels: source.serviceLevels.map((sl) => ({
      name: sl.name,
      maxWait: sl.maxWait,
      target: sl.target,
      achievedKey: `serviceLevel/${sl.name}/achieved`,
      measureKey: serviceLevelHistogramKey(sl.name),
      measures: measuredBy(sl),
    })),
    events: ordered.reduce((sum, rep) => sum + rep.events, 0),
    warnings: [...warningsFor(ordered, kpiDefs, layout?.warmup ?? null), ...endOfDayWarnings(ordered, layout), ...batchWarnings(ordered, layout), ...(warning ? [warning] : [])],
    ...(warmup ? { warmup } : {}),
  };
}

/** The MSER-5 warm-up estimate of a steady-state run (every replication kept a series); else null. */
function warmupOf(reps: readonly RepResult[], layout?: CollectorLayout): WarmupEstimate | null {
  const spec = layout?.warmupSeries;
  if (spec === undefined || reps.length === 0) return null;
  const series = reps.map((rep) => rep.warmupSeries);
  if (series.some((s) => s === undefined)) return null;
  return estimateWarmup(series as readonly (readonly number[])[], spec, layout?.warmup ?? 0);
}

/**
 * Mean and interval of one KPI over the replications where it is not null: a t-interval, or
 * for percentiles and maxima a bootstrap interval inside the observed range, cut to `range`,
 * by default the values the KPI can take (`kpiInterval`: a share's stays in [0, 1]).
 */
export function summariseKpi(key: string, reps: readonly RepResult[], range: ValueRange | null = kpiRangeOfKey(key)): KpiSummary {
  const { n, mean, sd, halfWidth, lo, hi } = kpiInterval(key, reps.map((rep) => rep.kpis[key] ?? null), undefined, range);
  return { key, n, mean, sd, halfWidth, lo, hi };
}

/** The pooled distribution of one histogram key over all replications. */
export function summariseDistribution(key: string, reps: readonly RepResult[]): DistributionSummary {
  const merged = mergeHistograms(reps.flatMap((rep) => (rep.histograms[key] ? [rep.histograms[key]] : [])));
  return {
    key,
    label: distributionLabel(key),
    unit: "min",
    total: merged.total,
    zeroShare: merged.total > 0 ? merged.zeros / merged.total : 0,
    points: histogramEcdf(merged, MAX_ECDF_POINTS),
    p50: histogramQuantile(merged, 0.5),
    p90: histogramQuantile(merged, 0.9),
    p95: histogramQuantile(merged, 0.95),
  };
}

/** What a service level measures, in words: "waiting at initial review", "total waiting", "cycle time (working hours)". */
function measuredBy(sl: RunSource["serviceLevels"][number]): string {
  const what = sl.measure === "cycleTime" ? "cycle time" : sl.step ? `waiting at ${sl.step}` : "total waiting";
  const who = sl.class ? ` of class ${sl.class}` : "";
  return `${what}${who}${sl.clock === "working" ? " (working hours)" : ""}`;
}

/** "Waiting time (all cases)", "Cycle time (class walk-in)". */
function distributionLabel(key: string): string {
  if (key.startsWith("serviceLevel/")) return `Measured by ${key.slice("serviceLevel/".length, key.lastIndexOf("/"))}`;
  const metric = key.slice(key.lastIndexOf("/") + 1);
  const what = metric === "waitTime" ? "Waiting time" : metric === "cycleTime" ? "Cycle time" : metric;
  const cls = key.startsWith("class/") ? key.slice("class/".length, key.lastIndexOf("/")) : null;
  return cls === null ? `${what} (all cases)` : `${what} (class ${cls})`;
}

/**
 * Each time-of-day series: per slot, the mean and t-interval over replications (a share's
 * interval cut to [0, 1]). A slot outside the opening hours is null in every replication
 * (the collectors count open minutes only), so it stays null here.
 */
export function summariseTimeOfDay(reps: readonly RepResult[]): TimeOfDaySummary[] {
  const first = reps[0];
  if (!first) return [];
  const starts = binStarts(first.timeOfDayBinMinutes);
  return first.timeOfDay.map((series, i) => {
    const mean: (number | null)[] = [];
    const lo: (number | null)[] = [];
    const hi: (number | null)[] = [];
    for (let k = 0; k < series.values.length; k++) {
      const values = reps.map((rep) => rep.timeOfDay[i]?.values[k] ?? null);
      const interval = withinRange(tInterval(values), unitRange(series.unit));
      mean.push(interval.mean);
      lo.push(interval.lo);
      hi.push(interval.hi);
    }
    return { key: series.key, label: series.label, unit: series.unit, starts: starts.slice(0, series.values.length), mean, lo, hi };
  });
}

function warningsFor(reps: readonly RepResult[], defs: readonly KpiDef[], warmup: number | null): string[] {
  const warnings: string[] = [];
  const unobserved = warmup === null ? 0 : reps.filter((rep) => rep.endTime <= warmup).length;
  if (unobserved > 0) {
    warnings.push(`${unobserved} of ${reps.length} replications ended before the warm-up of ${warmup} min was over: nothing was observed in them.`);
  }
  if (reps.length === 1) warnings.push("Only 1 replication: means have no confidence interval (run at least 2, ideally 10 or more).");
  if (!defs.some((d) => d.key === COMPLETIONS_KEY) || reps.length === 0) return warnings;
  const empty = reps.filter((rep) => (rep.kpis[COMPLETIONS_KEY] ?? 0) === 0).length;
  if (empty === reps.length) {
    warnings.push("No case completed after the warm-up in any replication: waiting and cycle times are undefined.");
  } else if (empty > 0) {
    warnings.push(`No case completed after the warm-up in ${empty} of ${reps.length} replications: their waiting and cycle times are left out of the means.`);
  }
  return warnings;
}
