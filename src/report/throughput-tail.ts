/**
 * Throughput that differs only by the tail: in a terminating study where every model
 * completed every case that arrived, the throughput window runs to the horizon or the last
 * departure, so a proposal whose last account opening leaves on Friday 16:57 instead of
 * Monday 09:20 shows "+49% throughput per clock hour" without doing any more work. The
 * report says so (caveats.ts) and leaves such changes out of the headline (headline.ts).
 */
import type { ComparisonResult, RunResult } from "../stats/result-types.js";
import { kpiSummary } from "./kpi-lookup.js";

/** True when every case that arrived was completed, in every replication. */
function completedAll(run: RunResult): boolean {
  const arrivals = kpiSummary(run.kpis, "overall/arrivals");
  const completions = kpiSummary(run.kpis, "overall/completions");
  return arrivals?.mean != null && completions?.mean === arrivals.mean && completions.lo === completions.hi && arrivals.lo === arrivals.hi;
}

/** True for the throughput KPIs (per clock hour, per open hour, per day). */
export function isThroughputKey(key: string): boolean {
  return key.startsWith("overall/throughput");
}

/** True when every model completed the same cases, all that arrived: throughput changes are only the tail. */
export function throughputIsTailOnly(comparison: ComparisonResult): boolean {
  const runs = [comparison.current, ...comparison.proposals.map((p) => p.result)];
  return runs.every(completedAll) && new Set(runs.map((r) => kpiSummary(r.kpis, "overall/completions")?.mean)).size === 1;
}
