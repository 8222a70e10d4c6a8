/**
 * Utilisation per resource pool, one bar per model, with the bottleneck highlighted.
 *
 * Managers at 91% are the bottleneck today; remove one approval level and they drop to 55%,
 * and the clerks at 86% become the busiest pool. The outlined bar with "bottleneck" beside it
 * is where the queue will move next.
 */
import type { TopLevelSpec } from "vega-lite";
import { frame, isComparison, tidy, type ChartBuilder, type ChartContext } from "./common.js";
import { defsFor, subjectsWith, summaryOf } from "./kpi-select.js";
import { PANEL } from "./theme.js";
import { variantColourScale, type Variant } from "./variants.js";
import { variantLegend } from "./variant-legend.js";
import { t } from "../i18n/translate.js";
import { kpiAllZero } from "./zero-series.js";

/** One bar: a pool in a model. */
interface UtilisationRow {
  readonly pool: string;
  readonly variant: string;
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
  readonly bottleneck: boolean;
  readonly label: string;
}

function rowsOf(variants: readonly Variant[]): UtilisationRow[] {
  return variants.flatMap((v) => {
    const bars = defsFor(v.result, "pool", "utilisation").flatMap((d) => {
      const s = summaryOf(v.result, d.key);
      return s?.mean === null || s?.mean === undefined ? [] : [{ pool: d.subject, s }];
    });
    const top = Math.max(...bars.map((b) => b.s.mean ?? 0));
    return bars.map(({ pool, s }) => {
      const mean = tidy(s.mean ?? 0);
      const bottleneck = bars.length > 1 && (s.mean ?? 0) === top;
      const label = bottleneck ? t("chart.bottleneckLabel", { share: Math.round(mean * 100) }) : `${Math.round(mean * 100)}%`;
      return { pool, variant: v.name, mean, lo: s.lo === null ? null : tidy(s.lo), hi: s.hi === null ? null : tidy(s.hi), bottleneck, label };
    });
  });
}

/** Value labels beside the bars; the bottleneck's in bold and dark. */
function labelLayer(bottleneck: boolean) {
  return {
    transform: [{ filter: bottleneck ? "datum.bottleneck" : "!datum.bottleneck" }],
    mark: { type: "text" as const, align: "left" as const, dx: 5, fontSize: 11, fontWeight: bottleneck ? ("bold" as const) : ("normal" as const), color: bottleneck ? "#1d2530" : "#5b6672" },
    encoding: { x: { field: "hi", type: "quantitative" as const }, text: { field: "label", type: "nominal" as const } },
  };
}

/** True when the models have pools and every one is idle (utilisation 0) in every replication of every model. */
function everyPoolIdle(context: ChartContext): boolean {
  const keys = [...new Set(context.variants.flatMap((v) => defsFor(v.result, "pool", "utilisation").map((d) => d.key)))];
  return keys.length > 0 && keys.every((key) => kpiAllZero(context, key));
}

/** Builds the utilisation chart; null when no pool has a utilisation KPI. */
export function buildUtilisationSpec(context: ChartContext): TopLevelSpec | null {
  const { variants } = context;
  const rows = rowsOf(variants);
  if (!rows.length) return null;
  const pools = subjectsWith(variants.map((v) => v.result), "pool", "utilisation");
  const names = variants.map((v) => v.name);
  const y = { field: "pool", type: "nominal" as const, sort: pools, title: null, axis: { labelFontSize: 12, labelLimit: 320 } };
  const yOffset = { field: "variant", type: "nominal" as const, sort: names };
  const colour = { field: "variant", type: "nominal" as const, scale: variantColourScale(variants), legend: isComparison(context) ? variantLegend(variants) : null };
  const bandHeight = Math.max(26, 18 * variants.length + 10);
  return {
    // A model with one pool has no bottleneck to outline, so the subtitle does not promise one.
    ...frame(t("chart.utilisation"), t(rows.some((r) => r.bottleneck) ? "chart.utilisationSubtitle" : "chart.utilisationSubtitleOnePool")),
    data: { values: rows },
    width: PANEL.width,
    height: { step: bandHeight / variants.length },
    encoding: { y, yOffset },
    layer: [
      {
        mark: { type: "bar" as const, cornerRadiusEnd: 2 },
        encoding: {
          x: { field: "mean", type: "quantitative" as const, title: t("chart.utilisationAxis"), scale: { domain: [0, 1] }, axis: { format: ".0%" } },
          color: colour,
          stroke: { condition: { test: "datum.bottleneck", value: "#1d2530" }, value: null },
          strokeWidth: { condition: { test: "datum.bottleneck", value: 2 }, value: 0 },
          tooltip: [
            { field: "pool", title: t("chart.pool") },
            { field: "variant", title: t("chart.model") },
            { field: "mean", title: t("chart.utilisationTip"), format: ".1%" },
            { field: "lo", title: t("chart.ciLow"), format: ".1%" },
            { field: "hi", title: t("chart.ciHigh"), format: ".1%" },
          ],
        },
      },
      { mark: { type: "rule" as const, color: "#2b333c", strokeWidth: 1.5 }, encoding: { x: { field: "lo", type: "quantitative" as const }, x2: { field: "hi" } } },
      labelLayer(false),
      labelLayer(true),
    ],
  } as TopLevelSpec;
}

/** Registry record of the utilisation chart. */
export const utilisationChart: ChartBuilder = { id: "utilisation", title: "Utilisation", allZero: everyPoolIdle, build: buildUtilisationSpec };
