/**
 * Charts for notebooks: results in, Vega-Lite specs out (data inline, ready to display).
 *
 * An analyst runs today's account-opening model against the RPA proposal, then shows
 * `buildComparisonCharts(result)["waiting-distribution"]` in a notebook cell.
 */
import type { TopLevelSpec } from "vega-lite";
import { buildComparisonChartList, buildRunChartList } from "../report/specs/registry.js";
import type { ComparisonResult, RunResult } from "../stats/result-types.js";

/** Chart id (e.g. `key-figures`, `utilisation`) → Vega-Lite spec, in report order. */
export type ChartSet = Readonly<Record<string, TopLevelSpec>>;

/**
 * The charts of one run: key figures, distributions, time of day, utilisation, time and cost
 * breakdowns. Charts the results hold no data for are left out. Pure: no I/O, never throws.
 */
export function buildRunCharts(result: RunResult): ChartSet {
  return Object.fromEntries(buildRunChartList(result).map((c) => [c.id, c.spec]));
}

/**
 * The charts of a comparison: the run charts with current in grey and each proposal in colour,
 * plus `differences` (paired proposed − current with 95% CIs). Pure: no I/O, never throws.
 */
export function buildComparisonCharts(result: ComparisonResult): ChartSet {
  return Object.fromEntries(buildComparisonChartList(result).map((c) => [c.id, c.spec]));
}
