/**
 * Service level per time slot: for every declared target, the share of customers who met it
 * by the slot in which they arrived, with its 95% interval, against the target band.
 *
 * "80% of walk-ins served within 5 minutes" may hold over the day and still fail at 12:00-13:00;
 * the lunch-peak proposal is judged by whether the 12:00 point (and its interval) rises into
 * the green band above the dashed target line. One panel per target, one point per model.
 */
import type { TopLevelSpec } from "vega-lite";
import { frame, isComparison, tidy, type ChartBuilder, type ChartContext } from "./common.js";
import { PANEL, VERDICT_COLOURS } from "./theme.js";
import { variantColourScale, type Variant } from "./variants.js";
import { variantLegend } from "./variant-legend.js";
import { t } from "../i18n/translate.js";

/** A service level to draw: its name and target share. */
interface Target {
  readonly name: string;
  readonly target: number;
}

const seriesKey = (name: string): string => `serviceLevel/${name}/achieved`;
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

function targetsOf(variants: readonly Variant[]): Target[] {
  const seen = new Map<string, Target>();
  for (const v of variants) for (const sl of v.result.serviceLevels) if (!seen.has(sl.name)) seen.set(sl.name, { name: sl.name, target: sl.target });
  return [...seen.values()];
}

/** One point per (target, model, slot) with a value. */
function rowsOf(variants: readonly Variant[], target: Target) {
  return variants.flatMap((v) => {
    const s = v.result.timeOfDay.find((x) => x.key === seriesKey(target.name));
    if (!s) return [];
    return s.starts.flatMap((start, i) => {
      const mean = s.mean[i];
      if (mean === null) return [];
      const lo = s.lo[i] === null ? null : tidy(Math.max(0, s.lo[i] as number));
      const hi = s.hi[i] === null ? null : tidy(Math.min(1, s.hi[i] as number));
      return [{ level: target.name, variant: v.name, slot: hhmm(start), mean: tidy(mean), lo, hi }];
    });
  });
}

function panelOf(target: Target, slots: readonly string[], variants: readonly Variant[], legend: boolean) {
  // NOTE: every panel spans every slot of the chart, so the targets' slots line up under one another.
  const x = { field: "slot", type: "ordinal" as const, sort: [...slots], scale: { domain: [...slots] }, title: t("chart.slotAxis"), axis: { labelAngle: -45 } };
  const y = { field: "mean", type: "quantitative" as const, title: t("chart.shareMet"), scale: { domain: [0, 1] }, axis: { format: ".0%" } };
  const colour = { field: "variant", type: "nominal" as const, scale: variantColourScale(variants), legend: legend ? variantLegend(variants) : null };
  const xOffset = { field: "variant", type: "nominal" as const, sort: variants.map((v) => v.name) };
  return {
    title: { text: t("chart.slotTitle", { name: target.name, share: Math.round(target.target * 1000) / 10 }), fontSize: 12, fontWeight: 600 },
    width: PANEL.wide,
    height: 180,
    layer: [
      { data: { values: [{ from: target.target, to: 1 }] }, mark: { type: "rect" as const, color: VERDICT_COLOURS.better, opacity: 0.1 }, encoding: { y: { field: "from", type: "quantitative" as const }, y2: { field: "to" } } },
      { data: { values: [{ target: target.target }] }, mark: { type: "rule" as const, strokeDash: [5, 4], color: VERDICT_COLOURS.better }, encoding: { y: { field: "target", type: "quantitative" as const } } },
      {
        transform: [{ filter: { field: "level", equal: target.name } }],
        mark: { type: "rule" as const, strokeWidth: 1.5 },
        encoding: { x, xOffset, y: { field: "lo", type: "quantitative" as const }, y2: { field: "hi" }, color: colour },
      },
      {
        transform: [{ filter: { field: "level", equal: target.name } }],
        mark: { type: "point" as const, filled: true, size: 40 },
        encoding: {
          x, xOffset, y, color: colour,
          tooltip: [
            { field: "variant", title: t("chart.model") },
            { field: "slot", title: t("chart.slotFrom") },
            { field: "mean", title: t("chart.shareMet"), format: ".1%" },
            { field: "lo", title: t("chart.ciLow"), format: ".1%" },
            { field: "hi", title: t("chart.ciHigh"), format: ".1%" },
          ],
        },
      },
    ],
  };
}

/** Builds the service-level-per-slot chart; null when no model declares a service level with slot values. */
export function buildServiceLevelBySlotSpec(context: ChartContext): TopLevelSpec | null {
  const { variants } = context;
  const targets = targetsOf(variants).filter((t) => rowsOf(variants, t).length > 0);
  if (!targets.length) return null;
  const values = targets.flatMap((t) => rowsOf(variants, t));
  const slots = [...new Set(values.map((r) => r.slot))].sort();
  const subtitle = [t("chart.slotSubtitle"), t("chart.slotSubtitleWhen")];
  return {
    ...frame(t("chart.service-level-by-slot"), subtitle),
    data: { values },
    vconcat: targets.map((t) => panelOf(t, slots, variants, isComparison(context))),
  } as TopLevelSpec;
}

/** Registry record of the service-level-per-slot chart. */
export const serviceLevelBySlotChart: ChartBuilder = { id: "service-level-by-slot", title: "Service level through the day", build: buildServiceLevelBySlotSpec };
