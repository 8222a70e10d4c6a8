/**
 * The headline KPIs side by side: one small panel per KPI (cycle time, waiting, throughput,
 * bottleneck utilisation, cost per case, service levels), one bar per model with its 95% CI.
 *
 * "Cycle time 116 min today, 72 min with RPA + single approval" is the first slide of a
 * redesign deck; the CI whiskers show the reader the numbers are not noise.
 */
import type { TopLevelSpec } from "vega-lite";
import type { KpiUnit } from "../../stats/result-types.js";
import { frame, isComparison, tidy, type ChartBuilder, type ChartContext } from "./common.js";
import { defsFor, findKpi, shortLabel, summaryOf, type MetricRole } from "./kpi-select.js";
import { PANEL, axisFormatOf, formatOf, unitTitle } from "./theme.js";
import { displayUnitFor, significantDecimals, type DisplayUnit } from "../format.js";
import { formatMean } from "../format-kpi.js";
import { variantColourScale, type Variant } from "./variants.js";
import { variantLegend } from "./variant-legend.js";
import { t } from "../i18n/translate.js";

/** One bar of one panel. */
interface PanelRow {
  readonly panel: string;
  readonly variant: string;
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
  /** The mean as the tables print it (their digits and unit: "191.6", "44.75", "89.4%"). */
  readonly text: string;
  readonly note: string;
  /** Target share for a service-level panel, else null. */
  readonly target: number | null;
}

/** A panel: its title, unit and rows. */
interface Panel {
  readonly title: string;
  readonly unit: KpiUnit;
  readonly rows: PanelRow[];
  /** Unit shown under the title ("minutes", "hours", "%"). */
  readonly unitText?: string;
}

const HEADLINE_ROLES: readonly MetricRole[] = ["cycleTime", "waitTime", "throughput", "costPerCase"];

/** A bar of `key` in `unit` (the tables' display unit: a long time in hours); null without a mean. */
function rowOf(panel: string, variant: Variant, key: string, note: string, unit: DisplayUnit, target: number | null = null): PanelRow | null {
  const s = summaryOf(variant.result, key);
  if (!s || s.mean === null) return null;
  const k = unit === "hours" ? 1 / 60 : 1;
  const scaled = (x: number | null) => (x === null ? null : tidy(x * k));
  return { panel, variant: variant.name, mean: tidy(s.mean * k), lo: scaled(s.lo), hi: scaled(s.hi), text: formatMean(s, unit), note, target };
}

/** A panel of an overall KPI; a time in hours when the tables show it in hours (a mean of 10 hours or more). */
function rolePanel(variants: readonly Variant[], role: MetricRole): Panel | null {
  const first = variants.map((v) => findKpi(v.result, "overall", role)).find((k) => k !== null);
  if (!first) return null;
  const kpis = variants.map((v) => findKpi(v.result, "overall", role));
  const unit = displayUnitFor(first.def.unit, kpis.map((kpi, i) => (kpi ? summaryOf(variants[i].result, kpi.def.key)?.mean : null)));
  const rows = variants.flatMap((v, i) => {
    const kpi = kpis[i];
    const row = kpi ? rowOf(shortLabel(first.def), v, kpi.def.key, "", unit) : null;
    return row ? [row] : [];
  });
  if (!rows.length) return null;
  const title = shortLabel(first.def);
  if (first.def.unit !== "min") return { title, unit: first.def.unit, rows };
  return { title, unit: "min", rows, unitText: unit === "hours" ? t("chart.unitHours") : t("chart.unitMinutes") };
}

/** Per variant, the pool with the highest mean utilisation (the bottleneck). */
function bottleneckPanel(variants: readonly Variant[]): Panel | null {
  const title = t("chart.bottleneckUtilisation");
  const rows = variants.flatMap((v) => {
    const candidates = defsFor(v.result, "pool", "utilisation")
      .map((d) => ({ d, s: summaryOf(v.result, d.key) }))
      .filter((c) => c.s?.mean !== null && c.s?.mean !== undefined);
    if (!candidates.length) return [];
    const top = candidates.reduce((a, b) => ((b.s?.mean ?? 0) > (a.s?.mean ?? 0) ? b : a));
    const row = rowOf(title, v, top.d.key, top.d.subject, "share");
    return row ? [row] : [];
  });
  return rows.length ? { title, unit: "share", rows } : null;
}

function serviceLevelPanels(variants: readonly Variant[]): Panel[] {
  const levels = variants[0].result.serviceLevels;
  return levels.flatMap((level) => {
    const title = t("chart.serviceLevelPanel", { name: level.name });
    const rows = variants.flatMap((v) => {
      const row = rowOf(title, v, level.achievedKey, "", "share", level.target);
      return row ? [row] : [];
    });
    return rows.length ? [{ title, unit: "share" as const, rows }] : [];
  });
}

/** A dashed rule at a service-level target, labelled "target 80%". */
function targetRule(target: number) {
  return {
    data: { values: [{ target }] },
    layer: [
      { mark: { type: "rule" as const, color: "#d1483f", strokeDash: [4, 3], strokeWidth: 1.5 }, encoding: { x: { datum: target, type: "quantitative" as const } } },
      {
        mark: { type: "text" as const, color: "#d1483f", fontSize: 10, align: "center" as const, baseline: "bottom" as const, y: -3 },
        encoding: { x: { datum: target, type: "quantitative" as const }, text: { value: t("chart.targetShare", { share: Math.round(target * 100) }) } },
      },
    ],
  };
}

/**
 * The d3 format of a panel's tooltip values: the unit's own for shares and money, else enough
 * decimals to give the smallest value two significant digits (at least one, at most four):
 * a call centre's waits of 0.056 and 0.080 minutes both read "0.1" at one decimal. The bars'
 * labels are the tables' own text (`PanelRow.text`).
 */
function labelFormat(panel: Panel): string {
  if (panel.unit === "share" || panel.unit === "currency") return formatOf(panel.unit);
  const smallest = Math.min(...panel.rows.map((r) => Math.abs(r.mean)).filter((x) => x > 0));
  const decimals = Math.min(4, Math.max(1, significantDecimals(smallest, 2)));
  return `,.${decimals}f`;
}

function panelSpec(panel: Panel, variants: readonly Variant[], currency: string | null | undefined) {
  const format = labelFormat(panel);
  const y = { field: "variant", type: "nominal" as const, sort: variants.map((v) => v.name), axis: null };
  const legend = variants.length > 1 ? variantLegend(variants) : null;
  const domain = panel.unit === "share" ? { domain: [0, 1] } : {};
  const target = panel.rows.find((r) => r.target !== null)?.target ?? null;
  return {
    title: { text: panel.title, fontSize: 12, fontWeight: 600, subtitle: panel.unitText ?? unitTitle(panel.unit, currency ?? null), subtitleFontSize: 10 },
    width: PANEL.smallWidth,
    height: Math.max(36, 26 * variants.length),
    transform: [
      { filter: { field: "panel", equal: panel.title } },
      { calculate: "datum.text + (datum.note ? '  ' + datum.note : '')", as: "label" },
    ],
    layer: [
      {
        mark: { type: "bar" as const, cornerRadiusEnd: 2 },
        encoding: {
          y,
          x: { field: "mean", type: "quantitative" as const, title: null, scale: domain, axis: { format: axisFormatOf(panel.unit), tickCount: 4 } },
          color: { field: "variant", type: "nominal" as const, scale: variantColourScale(variants), legend },
          tooltip: [
            { field: "variant", title: t("chart.model") },
            { field: "mean", title: t("chart.mean"), format },
            { field: "lo", title: t("chart.ciLow"), format },
            { field: "hi", title: t("chart.ciHigh"), format },
            { field: "note", title: t("chart.note") },
          ],
        },
      },
      { mark: { type: "rule" as const, color: "#2b333c", strokeWidth: 1.5 }, encoding: { y, x: { field: "lo", type: "quantitative" as const }, x2: { field: "hi" } } },
      {
        mark: { type: "text" as const, align: "left" as const, dx: 5, fontSize: 11, color: "#1d2530" },
        encoding: { y, x: { field: "hi", type: "quantitative" as const }, text: { field: "label", type: "nominal" as const } },
      },
      ...(target === null ? [] : [targetRule(target)]),
    ],
  };
}

/** Builds the KPI panels chart; null when no headline KPI has a value. */
export function buildKpiComparisonSpec(context: ChartContext): TopLevelSpec | null {
  const { variants } = context;
  const panels = [
    ...HEADLINE_ROLES.slice(0, 3).map((role) => rolePanel(variants, role)),
    bottleneckPanel(variants),
    rolePanel(variants, HEADLINE_ROLES[3]),
    ...serviceLevelPanels(variants),
  ].filter((p): p is Panel => p !== null);
  if (!panels.length) return null;
  const subtitle = isComparison(context)
    ? t("chart.keyFiguresCompare")
    : t("chart.keyFiguresRun", { model: variants[0].name, n: variants[0].result.replications });
  return {
    ...frame(t("chart.key-figures"), subtitle),
    data: { values: panels.flatMap((p) => p.rows) },
    columns: 3,
    concat: panels.map((p) => panelSpec(p, variants, context.currency)),
  } as TopLevelSpec;
}

/** Registry record of the KPI panels chart. */
export const kpiComparisonChart: ChartBuilder = { id: "key-figures", title: "Key figures", wide: true, build: buildKpiComparisonSpec };
