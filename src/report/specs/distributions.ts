/**
 * Waiting-time and cycle-time distributions as ECDF lines, one per model, with the
 * thresholds of the service-level targets that measure total waiting marked (a target on one
 * step's waiting is drawn on that step's own curve: service-level-distributions.ts).
 *
 * "Today 42% of applicants wait at most 30 minutes; with RPA + single approval, 81%": read at
 * the dashed threshold line, where each curve crosses it. The curve answers every "what share
 * waits less than x" question at once, which a mean cannot.
 */
import type { TopLevelSpec } from "vega-lite";
import type { DistributionSummary, KpiSummary, RunResult } from "../../stats/result-types.js";
import { frame, isComparison, tidy, type ChartBuilder, type ChartContext } from "./common.js";
import { PANEL, timeScaleFor } from "./theme.js";
import { displayUnitFor, formatDuration, unitSuffix } from "../format.js";
import { formatMean } from "../format-kpi.js";
import { variantColourScale, type Variant } from "./variants.js";
import { variantLegend } from "./variant-legend.js";
import { distributionAllZero } from "./zero-series.js";
import { kpiSummary } from "../kpi-lookup.js";
import { t } from "../i18n/translate.js";

/** Which distribution a chart shows. */
export interface DistributionChartOptions {
  /** DistributionSummary key, e.g. `overall/waitTime`. */
  readonly key: string;
  readonly title: string;
  /** The service-level thresholds drawn on this curve (only targets that measure what it shows). */
  readonly levels: readonly { readonly name: string; readonly maxWait: number; readonly target: number }[];
  /** KPI key prefix of the tables' percentiles (`overall/waitTime` → `overall/waitTime.p90`); none: pooled. */
  readonly kpiPrefix?: string;
  /** Right end of the axis, minutes (default: past the largest p95). */
  readonly xMaxMinutes?: number;
}

/** True when a target measures what the all-cases waiting curve shows (total waiting, elapsed, every class). */
export function measuresTotalWaiting(level: RunResult["serviceLevels"][number]): boolean {
  return level.measures === undefined || level.measures === "total waiting";
}

function distributionOf(variant: Variant, key: string): DistributionSummary | null {
  return variant.result.distributions.find((d) => d.key === key) ?? null;
}

/** Right end of the x axis: past the largest p95 so the tail shows, without the extreme tail. */
function xMaxOf(found: readonly DistributionSummary[], thresholds: readonly number[]): number {
  const p95 = Math.max(...found.map((d) => d.p95 ?? d.points[d.points.length - 1]?.x ?? 0), ...thresholds);
  return tidy(p95 * 1.25 || 1);
}

/**
 * Service-level thresholds: a dashed rule at each maxWait, a diamond at the target share, and a
 * label. Labels of thresholds at the same time are stacked, and a label in the right half of
 * the axis is written to the left of its rule so it stays inside the plot.
 */
function thresholdLayer(levels: readonly { name: string; maxWait: number; target: number }[], divisor: number, xMax: number) {
  const seen = new Map<number, number>();
  const values = levels.map((l) => {
    const maxWait = tidy(l.maxWait / divisor);
    const row = seen.get(maxWait) ?? 0;
    seen.set(maxWait, row + 1);
    const label = t("chart.thresholdLabel", { name: l.name, share: Math.round(l.target * 100), wait: formatDuration(l.maxWait) });
    return { maxWait, target: l.target, label, labelY: 0.01 + 0.07 * row, side: maxWait > xMax / 2 ? "left" : "right" };
  });
  const x = { field: "maxWait", type: "quantitative" as const };
  const label = (side: "left" | "right") => ({
    transform: [{ filter: `datum.side === '${side}'` }],
    mark: { type: "text" as const, color: "#b23a32", align: side === "left" ? ("right" as const) : ("left" as const), baseline: "bottom" as const, dx: side === "left" ? -6 : 6, fontSize: 11 },
    encoding: { x, y: { field: "labelY", type: "quantitative" as const }, text: { field: "label", type: "nominal" as const } },
  });
  return {
    data: { values },
    layer: [
      { mark: { type: "rule" as const, color: "#d1483f", strokeDash: [5, 4], strokeWidth: 1.5 }, encoding: { x } },
      { mark: { type: "point" as const, shape: "diamond", size: 110, color: "#d1483f", filled: true }, encoding: { x, y: { field: "target", type: "quantitative" as const } } },
      label("left"),
      label("right"),
    ],
  };
}

/**
 * A percentile as the subtitle shows it: seconds below a minute (a call centre's 4.6 s would
 * round to "0 min"), one decimal below 10 minutes, whole minutes, or hours on an hours axis.
 */
function percentileText(minutes: number, divisor: number): string {
  if (divisor !== 1) return t("duration.hours", { n: (minutes / divisor).toFixed(1) });
  if (minutes < 1) return t("duration.seconds", { n: Math.round(minutes * 60) });
  return t("duration.minutes", { n: minutes < 10 ? minutes.toFixed(1) : Math.round(minutes) });
}

/** The tables' text of the 90th percentile KPIs: their digits and unit ("44.75 min", "16.25 h"); null without a mean. */
function tableTexts(summaries: readonly (KpiSummary | undefined)[]): (string | null)[] {
  const unit = displayUnitFor("min", summaries.map((s) => s?.mean));
  return summaries.map((s) => (s && s.mean !== null ? `${formatMean(s, unit)}${unitSuffix(unit)}` : null));
}

/**
 * The 90th percentile each model reaches: the tables' figure (mean of the replications' own
 * percentiles, as the tables print it) when the KPI exists, else the pooled curve's; the
 * subtitle says which.
 */
function subtitleOf(variants: readonly Variant[], found: readonly (DistributionSummary | null)[], scale: { divisor: number }, kpiPrefix?: string): string[] {
  const fromKpi = kpiPrefix !== undefined && variants.some((v) => v.result.kpis.some((k) => k.key === `${kpiPrefix}.p90`));
  const texts = fromKpi
    ? tableTexts(variants.map((v) => kpiSummary(v.result.kpis, `${kpiPrefix}.p90`)))
    : found.map((d) => (d?.p90 === null || d?.p90 === undefined ? null : percentileText(d.p90, scale.divisor)));
  const p90 = variants.flatMap((v, i) => {
    const value = texts[i];
    return value === null ? [] : [t("chart.p90Of", { model: v.name, value })];
  });
  const intro = t("chart.distributionIntro");
  if (!p90.length) return [intro];
  const which = fromKpi ? t("chart.p90FromKpi") : t("chart.p90Pooled");
  return p90.length === 1 ? [intro, t("chart.p90One", { which, value: p90[0] })] : [intro, t("chart.p90Many", { which }), ...p90.map((p) => `  ${p}`)];
}

/** Builds an ECDF chart for one distribution key; null when no model has that distribution. */
export function buildDistributionSpec(context: ChartContext, options: DistributionChartOptions): TopLevelSpec | null {
  const { variants } = context;
  const found = variants.map((v) => distributionOf(v, options.key));
  const present = found.filter((d): d is DistributionSummary => d !== null && d.points.length > 0);
  if (!present.length) return null;
  const levels = options.levels;
  const xMaxMinutes = options.xMaxMinutes ?? xMaxOf(present, levels.map((l) => l.maxWait));
  const scale = timeScaleFor(xMaxMinutes);
  const xMax = tidy(xMaxMinutes / scale.divisor);
  const values = variants.flatMap((v, i) => (found[i]?.points ?? []).map((p) => ({ variant: v.name, x: tidy(p.x / scale.divisor), cdf: p.cdf })));
  const colour = { field: "variant", type: "nominal" as const, scale: variantColourScale(variants), legend: isComparison(context) ? variantLegend(variants) : null };
  const lines = {
    data: { values },
    mark: { type: "line" as const, interpolate: "linear" as const, strokeWidth: 2.2, clip: true },
    encoding: {
      x: { field: "x", type: "quantitative" as const, title: t("chart.withUnit", { title: options.title, unit: scale.title }), scale: { domain: [0, xMax], nice: false }, axis: { format: ",~r" } },
      y: { field: "cdf", type: "quantitative" as const, title: t("chart.shareOfCases"), scale: { domain: [0, 1] }, axis: { format: ".0%" } },
      color: colour,
      tooltip: [
        { field: "variant", title: t("chart.model") },
        { field: "x", title: scale.title, format: ",.1f" },
        { field: "cdf", title: t("chart.shareAtOrBelow"), format: ".1%" },
      ],
    },
  };
  return {
    ...frame(t("chart.distributionTitle", { title: options.title }), subtitleOf(variants, found, scale, options.kpiPrefix)),
    width: PANEL.width,
    height: PANEL.height,
    layer: [lines, ...(levels.length ? [thresholdLayer(levels, scale.divisor, xMax)] : [])],
  } as TopLevelSpec;
}

/** Registry record: distribution of total waiting per case. */
export const waitDistributionChart: ChartBuilder = {
  id: "waiting-distribution",
  title: "Waiting time distribution",
  allZero: (context) => distributionAllZero(context, "overall/waitTime"),
  build: (context) =>
    buildDistributionSpec(context, {
      key: "overall/waitTime",
      title: t("chart.waitingTime"),
      levels: context.variants[0].result.serviceLevels.filter(measuresTotalWaiting),
      kpiPrefix: "overall/waitTime",
    }),
};

/** Registry record: distribution of cycle time. */
export const cycleDistributionChart: ChartBuilder = {
  id: "cycle-time-distribution",
  title: "Cycle time distribution",
  build: (context) => buildDistributionSpec(context, { key: "overall/cycleTime", title: t("chart.cycleTime"), levels: [], kpiPrefix: "overall/cycleTime" }),
};
