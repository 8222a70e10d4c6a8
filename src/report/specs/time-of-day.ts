/**
 * Work in process and queue lengths by time of day: mean line with a 95% CI band per model,
 * drawn as steps, one flat stretch per time slot (the statistics are slot averages: a smoothed
 * curve would show rises and dips between slots that are in no data).
 *
 * The lunchtime peak at the branch shows as a hump at 12:00–14:00; if the hump is flatter
 * with RPA, the proposal absorbs the peak. One panel per series (cases in process first,
 * then queues), each with its own y scale and all on one time axis spanning the open slots,
 * so a queue and the arrivals line up hour by hour. Slots the statistics leave out (those
 * with no open minute; work after closing is in the totals only) are gaps: the line and band
 * stop and start again, they are not drawn across the night.
 */
import type { TopLevelSpec } from "vega-lite";
import type { TimeOfDaySummary } from "../../stats/result-types.js";
import { frame, isComparison, tidy, type ChartBuilder, type ChartContext } from "./common.js";
import { PANEL, axisFormatOf, formatOf, unitTitle } from "./theme.js";
import { variantColourScale, type Variant } from "./variants.js";
import { variantLegend } from "./variant-legend.js";
import { t } from "../i18n/translate.js";
import { seriesLabel } from "./series-label.js";
import { timeOfDayAllZero } from "./zero-series.js";

/** At most this many series are drawn (WIP first, then by first appearance). */
const MAX_SERIES = 4;

/** Queues shown besides cases in process: the longest ones at their peak. */
const MAX_QUEUES = 2;
/** The busy-signal rate by time of day (models with trunk lines). */
const BUSY_SIGNALS = "overall/busySignal.share";

const peakOf = (s: TimeOfDaySummary): number => Math.max(0, ...s.mean.map((m) => m ?? 0));

/**
 * The series to draw: cases in process, the queues with the highest peak, then arrivals per
 * hour (the demand that drives them) and, in a call centre with trunk lines that were ever
 * all busy, the busy-signal rate. Other series (pool levels, waits) stay in report.json.
 */
function seriesKeys(context: ChartContext): TimeOfDaySummary[] {
  const all = allSeries(context.variants).filter((s) => !timeOfDayAllZero(context, s.key));
  const wip = all.filter((s) => /(^|\/)(wip|workInProcess)\b/i.test(s.key));
  const queues = all.filter((s) => /(^|\/)(queue|queueLength)(\.mean)?$/.test(s.key) && peakOf(s) > 0).sort((a, b) => peakOf(b) - peakOf(a));
  const arrivals = all.filter((s) => /(^|\/)arrivals(\.perHour)?$/.test(s.key));
  const busySignals = all.filter((s) => s.key === BUSY_SIGNALS && peakOf(s) > 0).slice(0, 1);
  const chosen = [...wip.slice(0, 1), ...queues.slice(0, MAX_QUEUES - busySignals.length), ...arrivals.slice(0, 1), ...busySignals];
  return (chosen.length ? chosen : all).slice(0, MAX_SERIES);
}

/** Every time-of-day series of the models, each once, in first-appearance order. */
function allSeries(variants: readonly Variant[]): TimeOfDaySummary[] {
  const seen = new Map<string, TimeOfDaySummary>();
  for (const v of variants) for (const s of v.result.timeOfDay) if (!seen.has(s.key)) seen.set(s.key, s);
  return [...seen.values()];
}

const slotWidth = (s: TimeOfDaySummary): number => (s.starts.length > 1 ? s.starts[1] - s.starts[0] : 60);

/**
 * Rows of one series: hour as a decimal number at the slot centre, and a segment number that
 * changes at every left-out slot, so lines break there instead of bridging the gap. Every
 * series counts or measures something that cannot be negative (cases, arrivals, a share), so
 * the 95% band stops at 0 (and a share's at 100%): a t-interval of a mean near 0 reaches
 * below it, which drew the axis down to "−2 cases in process".
 */
function rowsOf(variants: readonly Variant[], key: string) {
  return variants.flatMap((v) => {
    const s = v.result.timeOfDay.find((x) => x.key === key);
    if (!s) return [];
    const width = slotWidth(s);
    const top = s.unit === "share" ? 1 : Infinity;
    const clamp = (x: number | null) => (x === null ? null : Math.min(top, Math.max(0, x)));
    let segment = 0;
    const rows = s.starts.flatMap((start, i) => {
      if (s.mean[i] === null) {
        segment += 1;
        return [];
      }
      return [{ series: key, variant: v.name, segment, hour: tidy((start + width / 2) / 60), mean: s.mean[i], lo: clamp(s.lo[i]), hi: clamp(s.hi[i]), edge: false }];
    });
    return withSlotEdges(rows, width / 120);
  });
}

/**
 * Each run of slots with an extra row at its outer edges (half a slot before the first
 * centre, after the last), so the steps cover the first and the last slot whole.
 */
function withSlotEdges<R extends { segment: number; hour: number; edge: boolean }>(rows: readonly R[], halfSlotHours: number): R[] {
  return rows.flatMap((row, i) => {
    const first = i === 0 || rows[i - 1].segment !== row.segment;
    const last = i === rows.length - 1 || rows[i + 1].segment !== row.segment;
    return [
      ...(first ? [{ ...row, hour: tidy(row.hour - halfSlotHours), edge: true }] : []),
      row,
      ...(last ? [{ ...row, hour: tidy(row.hour + halfSlotHours), edge: true }] : []),
    ];
  });
}

/** The hours spanned by the slots with a value in any of the series and variants, e.g. [9, 18]; the whole day if none. */
function hourDomain(series: readonly TimeOfDaySummary[], variants: readonly Variant[]): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const { key } of series) {
    for (const v of variants) {
      const s = v.result.timeOfDay.find((x) => x.key === key);
      if (!s) continue;
      const width = slotWidth(s);
      s.mean.forEach((m, i) => {
        if (m === null) return;
        first = Math.min(first, s.starts[i]);
        last = Math.max(last, s.starts[i] + width);
      });
    }
  }
  if (first > last) return [0, 24];
  return [tidy(first / 60), tidy(last / 60)];
}

function panelOf(series: TimeOfDaySummary, variants: readonly Variant[], showLegend: boolean, hours: [number, number]) {
  const format = formatOf(series.unit);
  const x = {
    field: "hour",
    type: "quantitative" as const,
    title: t("chart.timeOfDay"),
    scale: { domain: hours, nice: false, zero: false },
    axis: { tickMinStep: 1, labelExpr: "format(floor(datum.value), '02d') + ':00'" },
  };
  const colour = { field: "variant", type: "nominal" as const, scale: variantColourScale(variants), legend: showLegend ? variantLegend(variants) : null };
  return {
    title: { text: seriesLabel(series), fontSize: 12, fontWeight: 600 },
    width: PANEL.width,
    height: 180,
    transform: [{ filter: { field: "series", equal: series.key } }],
    layer: [
      {
        mark: { type: "line" as const, strokeWidth: 2.2, interpolate: "step" as const },
        encoding: {
          x,
          y: { field: "mean", type: "quantitative" as const, title: unitTitle(series.unit), axis: { format: axisFormatOf(series.unit) } },
          color: colour,
          detail: { field: "segment", type: "nominal" as const },
        },
      },
      {
        transform: [{ filter: "!datum.edge" }],
        mark: { type: "point" as const, size: 22, filled: true },
        encoding: {
          x,
          y: { field: "mean", type: "quantitative" as const },
          color: colour,
          tooltip: [
            { field: "variant", title: t("chart.model") },
            { field: "hour", title: t("chart.hourCentre"), format: ".1f" },
            { field: "mean", title: t("chart.mean"), format },
            { field: "lo", title: t("chart.ciLow"), format },
            { field: "hi", title: t("chart.ciHigh"), format },
          ],
        },
      },
      { mark: { type: "area" as const, opacity: 0.18, interpolate: "step" as const }, encoding: { x, y: { field: "lo", type: "quantitative" as const }, y2: { field: "hi" }, color: colour, detail: { field: "segment", type: "nominal" as const } } },
    ],
  };
}

/** Builds the time-of-day chart; null when the results carry no time-of-day series. */
export function buildTimeOfDaySpec(context: ChartContext): TopLevelSpec | null {
  const { variants } = context;
  const series = seriesKeys(context);
  if (!series.length) return null;
  const values = series.flatMap((s) => rowsOf(variants, s.key));
  const what = series.some((s) => s.key === BUSY_SIGNALS) ? t("chart.timeOfDaySubtitleBusy") : t("chart.timeOfDaySubtitle");
  const subtitle = [what, t("chart.timeOfDaySubtitleClosed")];
  const legend = isComparison(context);
  const hours = hourDomain(series, variants);
  return {
    ...frame(t("chart.time-of-day"), subtitle),
    data: { values },
    columns: 2,
    concat: series.map((s) => panelOf(s, variants, legend, hours)),
  } as TopLevelSpec;
}

/** Registry record of the time-of-day chart. */
export const timeOfDayChart: ChartBuilder = {
  id: "time-of-day",
  title: "Through the day",
  wide: true,
  allZero: (context) => allSeries(context.variants).length > 0 && seriesKeys(context).length === 0,
  build: buildTimeOfDaySpec,
};
