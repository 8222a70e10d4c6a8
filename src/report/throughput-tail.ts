/**
 * Throughput that differs only by the tail: in a terminating study where every model
 * completed every case that arrived, the throughput window runs to the horizon or the last
 * departure, so a proposal whose last account opening leaves on Friday 16:57 instead of
 * Monday 09:20 shows "+49% throughput per clock hour" without doing any more work. The
 * report says so (caveats.ts) and leaves such changes out of the headline (headline.ts).
 */
import type { ComparisonResult, RunResult } from "../stats/result-types.js";
import { kpiSummary } from "./kpi-lookup.js";

/**
 * True when two means of whole counts over the same `n` replications have equal sums: the
 * means differ by less than half a case over the run (the rounding of the running mean is far
 * below that).
 */
function sameTotal(a: number, b: number, n: number): boolean {
  return Math.abs(a - b) * n < 0.5;
}

/**
 * True when every case that arrived was completed, in every replication: a replication
 * completes at most the cases that arrived, so equal totals mean equal counts in each one.
 */
function completedAll(run: RunResult): boolean {
  const arrivals = kpiSummary(run.kpis, "overall/arrivals");
  const completions = kpiSummary(run.kpis, "overall/completions");
  if (arrivals?.mean == null || completions?.mean == null || arrivals.n !== completions.n) return false;
  return sameTotal(arrivals.mean, completions.mean, arrivals.n);
}

/** True for the throughput KPIs (per clock hour, per open hour, per day). */
export function isThroughputKey(key: string): boolean {
  return key.startsWith("overall/throughput");
}

/** True when every model completed the same cases, all that arrived: throughput changes are only the tail. */
export function throughputIsTailOnly(comparison: ComparisonResult): boolean {
  const runs = [comparison.current, ...comparison.proposals.map((p) => p.result)];
  if (!runs.every(completedAll)) return false;
  const completed = (run: RunResult) => kpiSummary(run.kpis, "overall/completions") as { mean: number; n: number };
  const today = completed(comparison.current);
  return runs.every((run) => completed(run).n === today.n && sameTotal(completed(run).mean, today.mean, today.n));
}
