/**
 * The registry of report charts: chart id → builder, in report order.
 *
 * Adding a chart to every report (say, abandonment by hour at the call centre) means adding
 * its file and one line here. Builders that find nothing to draw return null and the chart
 * is simply left out.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ComparisonResult, RunResult } from "../../stats/result-types.js";
import type { ChartBuilder, ChartContext } from "./common.js";
import { costBreakdownChart } from "./cost-breakdown.js";
import { cycleDistributionChart, waitDistributionChart } from "./distributions.js";
import { serviceLevelDistributionsChart } from "./service-level-distributions.js";
import { kpiComparisonChart } from "./kpi-comparison.js";
import { kpiDifferencesChart } from "./kpi-differences.js";
import { timeBreakdownChart } from "./time-breakdown.js";
import { serviceLevelBySlotChart } from "./service-level-by-slot.js";
import { timeOfDayChart } from "./time-of-day.js";
import { utilisationChart } from "./utilisation.js";
import { variantsOfComparison, variantsOfRun } from "./variants.js";
import { topEntries } from "./top-entries.js";
import { t, textOr } from "../i18n/translate.js";
import type { CostDay } from "../cost-periods.js";

/** Every chart, in the order a report shows them. */
export const CHARTS: readonly ChartBuilder[] = [
  kpiComparisonChart,
  kpiDifferencesChart,
  waitDistributionChart,
  serviceLevelDistributionsChart,
  cycleDistributionChart,
  timeOfDayChart,
  serviceLevelBySlotChart,
  utilisationChart,
  timeBreakdownChart,
  costBreakdownChart,
];

/** A built chart. */
export interface BuiltChart {
  readonly id: string;
  readonly title: string;
  readonly wide: boolean;
  readonly tall: boolean;
  readonly spec: TopLevelSpec;
}

/**
 * Builds every chart that has something to draw, in registry order. Very large models are
 * charted by their top pools and steps (top-entries.ts); the titles then say so.
 */
export function buildCharts(full: ChartContext): BuiltChart[] {
  const { context, notes } = topEntries(full);
  const suffix = notes.length > 0 ? ` (${notes.join("; ")})` : "";
  return CHARTS.flatMap((chart) => {
    if (chart.allZero?.(context)) return [];
    const spec = chart.build(context);
    return spec ? [{ id: chart.id, title: `${chartTitle(chart)}${suffix}`, wide: chart.wide ?? false, tall: chart.tall ?? false, spec }] : [];
  });
}

/** A chart's title in the language in use (its own title when the catalogue has none). */
export function chartTitle(chart: Pick<ChartBuilder, "id" | "title">): string {
  return textOr(`chart.${chart.id}`, chart.title);
}

/** The sentences that stand for charts not drawn because every series is zero in every replication. */
export function zeroChartNotes(context: ChartContext): string[] {
  return CHARTS.filter((chart) => chart.allZero?.(context)).map((chart) => t("chart.zeroSeries", { title: chartTitle(chart) }));
}

/** The notes of a run's charts (see zeroChartNotes). */
export function runChartNotes(result: RunResult): string[] {
  return zeroChartNotes({ variants: variantsOfRun(result), comparison: null });
}

/** The notes of a comparison's charts (see zeroChartNotes). */
export function comparisonChartNotes(comparison: ComparisonResult): string[] {
  return zeroChartNotes({ variants: variantsOfComparison(comparison), comparison });
}

/**
 * The charts of a single run (no paired differences); money in `currency` (default: plain
 * cost units), total cost per `costDay` (default: over the observation window).
 */
export function buildRunChartList(result: RunResult, currency: string | null = null, costDay: CostDay | null = null): BuiltChart[] {
  return buildCharts({ variants: variantsOfRun(result), comparison: null, currency, costDay });
}

/** The charts of a comparison: current in grey, proposals in colour, plus paired differences; money and total cost as for a run. */
export function buildComparisonChartList(comparison: ComparisonResult, currency: string | null = null, costDay: CostDay | null = null): BuiltChart[] {
  return buildCharts({ variants: variantsOfComparison(comparison), comparison, currency, costDay });
}
