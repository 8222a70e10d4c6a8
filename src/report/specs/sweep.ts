/**
 * Sweep charts: each KPI against each varied parameter with its 95% band, and the
 * cost-versus-service-level frontier.
 *
 * A sweep over 2..8 tellers at the branch draws the mean wait falling steeply from 2 to 5
 * tellers and flattening after, with the band of the 95% intervals around it; the frontier
 * chart puts every roster at (cost, share within 5 minutes) and joins the ones no other
 * roster beats on both. The builders take the shape of the data they draw, so they do not
 * depend on how the sweep was run.
 */
import type { TopLevelSpec } from "vega-lite";
import type { KpiDef, KpiSummary } from "../../stats/result-types.js";
import { frame, tidy } from "./common.js";
import { CURRENT_COLOUR, PANEL, PROPOSAL_COLOURS, axisFormatOf, formatOf, titleWithUnit, unitTitle } from "./theme.js";
import { t } from "../i18n/translate.js";
import { kpiLabel } from "../i18n/kpi-label.js";
import { tooltipField } from "./tooltip-field.js";

/** What the sweep charts draw. */
export interface SweepChartData {
  readonly model: string;
  readonly replications: number;
  readonly parameters: readonly { readonly path: string }[];
  readonly kpiDefs: readonly KpiDef[];
  readonly points: readonly { readonly index: number; readonly settings: readonly { readonly path: string; readonly value: number }[]; readonly kpis: readonly KpiSummary[] }[];
  readonly frontier: { readonly costKey: string; readonly serviceKey: string; readonly points: readonly number[] } | null;
  /** The model's currency, naming money axes ("CNY"); absent or null: "cost units". */
  readonly currency?: string | null;
}

/** The frontier chart names its points by their settings up to this many points. */
const MAX_LABELLED_POINTS = 12;

const label = (settings: readonly { readonly path: string; readonly value: number }[]) => settings.map((s) => `${s.path}=${s.value}`).join(", ");

/** Rows (kpi, parameter, x, other settings, mean, lo, hi) of the points that set `path`. */
function rowsOf(data: SweepChartData, keys: readonly string[], path: string) {
  return data.points.flatMap((point) => {
    const own = point.settings.find((s) => s.path === path);
    if (!own) return [];
    const others = label(point.settings.filter((s) => s.path !== path)) || t("chart.allOthersAsModel");
    return keys.flatMap((key) => {
      const k = point.kpis.find((x) => x.key === key);
      return k?.mean == null ? [] : [{ kpi: key, parameter: path, x: own.value, others, mean: tidy(k.mean), lo: tidy(k.lo ?? k.mean), hi: tidy(k.hi ?? k.mean) }];
    });
  });
}

/**
 * One KPI against one parameter. A parameter swept over whole numbers (tellers, trunk lines)
 * gets ticks at whole numbers only: "4.5 tellers" is no setting.
 */
function panel(def: KpiDef, path: string, series: number, whole: boolean, currency: string | null | undefined) {
  const x = { field: "x", type: "quantitative" as const, title: path, scale: { zero: false, nice: false }, ...(whole ? { axis: { tickMinStep: 1, format: "d" } } : {}) };
  const colour = { field: "others", type: "nominal" as const, title: t("chart.otherParameters"), scale: { range: [...PROPOSAL_COLOURS] }, legend: series > 1 ? { orient: "bottom" as const } : null };
  const format = formatOf(def.unit);
  return {
    title: { text: kpiLabel(def), fontSize: 12, fontWeight: 600 },
    width: PANEL.smallWidth + 60,
    height: 170,
    transform: [{ filter: { and: [{ field: "kpi", equal: def.key }, { field: "parameter", equal: path }] } }],
    layer: [
      { mark: { type: "area" as const, opacity: 0.18 }, encoding: { x, y: { field: "lo", type: "quantitative" as const }, y2: { field: "hi" }, color: colour } },
      {
        mark: { type: "line" as const, strokeWidth: 2, point: { size: 26 } },
        encoding: {
          x,
          y: { field: "mean", type: "quantitative" as const, title: unitTitle(def.unit, currency ?? null), scale: { zero: false }, axis: { format: axisFormatOf(def.unit) } },
          color: colour,
          tooltip: [{ field: "x", title: path }, { field: "others", title: t("chart.others") }, tooltipField("mean", t("chart.mean"), format), { field: "lo", title: t("chart.ciLow"), format }, { field: "hi", title: t("chart.ciHigh"), format }],
        },
      },
    ],
  };
}

/** Every KPI in `keys` against every varied parameter (one panel each); null when nothing to draw. */
export function buildSweepKpiSpec(data: SweepChartData, keys: readonly string[]): TopLevelSpec | null {
  const defs = keys.flatMap((key) => data.kpiDefs.filter((d) => d.key === key));
  const values = data.parameters.flatMap((p) => rowsOf(data, defs.map((d) => d.key), p.path));
  if (values.length === 0) return null;
  const series = new Set(values.map((v) => v.others)).size;
  const whole = (path: string) => values.every((v) => v.parameter !== path || Number.isInteger(v.x));
  const panels = data.parameters.flatMap((p) => defs.map((def) => panel(def, p.path, series, whole(p.path), data.currency)));
  const subtitle = t("chart.sweepSubtitle", { model: data.model, n: data.replications });
  return { ...frame(t("chart.sweepTitle"), subtitle), data: { values }, columns: 2, concat: panels } as TopLevelSpec;
}

/** Cost against service level for every point, the frontier joined; null without a frontier. */
export function buildFrontierSpec(data: SweepChartData): TopLevelSpec | null {
  const frontier = data.frontier;
  if (!frontier) return null;
  const [costDef, serviceDef] = [frontier.costKey, frontier.serviceKey].map((key) => data.kpiDefs.find((d) => d.key === key));
  if (!costDef || !serviceDef) return null;
  const onFrontier = new Set(frontier.points);
  const values = data.points.flatMap((point) => {
    const [cost, service] = [costDef.key, serviceDef.key].map((key) => point.kpis.find((k) => k.key === key));
    if (cost?.mean == null || service?.mean == null) return [];
    const order = frontier.points.indexOf(point.index);
    return [{ point: label(point.settings), setting: point.settings.map((s) => s.value).join(" / "), cost: tidy(cost.mean), service: tidy(service.mean), lo: tidy(service.lo ?? service.mean), hi: tidy(service.hi ?? service.mean), frontier: onFrontier.has(point.index) ? t("chart.onFrontier") : t("chart.dominated"), order }];
  });
  const title = (def: KpiDef) => titleWithUnit(kpiLabel(def), def.unit, data.currency ?? null);
  const x = { field: "cost", type: "quantitative" as const, title: title(costDef), scale: { zero: false }, axis: { format: axisFormatOf(costDef.unit) } };
  const y = { field: "service", type: "quantitative" as const, title: title(serviceDef), scale: { zero: false }, axis: { format: axisFormatOf(serviceDef.unit) } };
  const colour = { field: "frontier", type: "nominal" as const, title: null, scale: { domain: [t("chart.onFrontier"), t("chart.dominated")], range: [PROPOSAL_COLOURS[0], CURRENT_COLOUR] } };
  const format = formatOf(serviceDef.unit);
  const labelled = values.length <= MAX_LABELLED_POINTS;
  return {
    ...frame(t("chart.frontierTitle"), labelled ? [t("chart.frontierSubtitle"), t("chart.frontierLabels", { parameters: data.parameters.map((p) => p.path).join(" / ") })] : t("chart.frontierSubtitle")),
    width: PANEL.width,
    height: PANEL.height,
    data: { values },
    layer: [
      { mark: { type: "rule" as const, strokeWidth: 1.2 }, encoding: { x, y: { field: "lo", type: "quantitative" as const }, y2: { field: "hi" }, color: colour } },
      { transform: [{ filter: "datum.order >= 0" }], mark: { type: "line" as const, strokeWidth: 2, color: PROPOSAL_COLOURS[0] }, encoding: { x, y, order: { field: "order" } } },
      // NOTE: each point named by its setting ("5" tellers; "5 / 1.2" for two parameters) while few enough to read.
      ...(labelled
        ? [{ mark: { type: "text" as const, align: "left" as const, baseline: "top" as const, dx: 6, dy: 4, fontSize: 11, color: "#3a4450" }, encoding: { x, y, text: { field: "setting", type: "nominal" as const } } }]
        : []),
      {
        mark: { type: "point" as const, filled: true, size: 50 },
        encoding: { x, y, color: colour, tooltip: [{ field: "point", title: t("chart.settings") }, tooltipField("cost", t("chart.cost"), formatOf(costDef.unit)), tooltipField("service", t("chart.service"), format), { field: "lo", title: t("chart.ciLow"), format }, { field: "hi", title: t("chart.ciHigh"), format }] },
      },
    ],
  } as TopLevelSpec;
}
