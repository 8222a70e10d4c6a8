/**
 * The tornado chart: how much a KPI moves when each input moves ±x%, widest bar on top.
 *
 * For the branch's mean wait, a 10% rise in walk-in demand may add four minutes and a 10%
 * faster counter take three off, while the business-customer rate hardly matters: the bars
 * (paired change from the model's value, with 95% error bars) show it at a glance.
 */
import type { TopLevelSpec } from "vega-lite";
import type { KpiDef, KpiSummary } from "../../stats/result-types.js";
import { frame, tidy } from "./common.js";
import { PANEL, PROPOSAL_COLOURS, axisFormatOf, formatOf, titleWithUnit } from "./theme.js";
import { isChinese, t } from "../i18n/translate.js";
import { kpiLabel } from "../i18n/kpi-label.js";
import { tooltipField } from "./tooltip-field.js";

/** What the tornado chart draws. */
export interface TornadoChartData {
  readonly model: string;
  /** The model's currency, naming a money KPI's axis ("CNY"); absent or null: "cost units". */
  readonly currency?: string | null;
  readonly change: number;
  readonly kpiDefs: readonly KpiDef[];
  readonly inputs: readonly {
    readonly path: string;
    readonly low: number;
    readonly high: number;
    readonly effects: readonly { readonly key: string; readonly low: KpiSummary; readonly high: KpiSummary }[];
  }[];
}

/** The tornado of one KPI; null when no input has an effect on it to draw. */
export function buildTornadoSpec(data: TornadoChartData, key: string): TopLevelSpec | null {
  const def = data.kpiDefs.find((d) => d.key === key);
  if (!def) return null;
  const rows = data.inputs.flatMap((input) => {
    const effect = input.effects.find((e) => e.key === key);
    if (!effect || effect.low.mean === null || effect.high.mean === null) return [];
    const spread = Math.abs(effect.high.mean - effect.low.mean);
    return [
      { input: input.path, side: `−${Math.round(data.change * 100)}%`, value: input.low, change: tidy(effect.low.mean), lo: tidy(effect.low.lo ?? effect.low.mean), hi: tidy(effect.low.hi ?? effect.low.mean), spread },
      { input: input.path, side: `+${Math.round(data.change * 100)}%`, value: input.high, change: tidy(effect.high.mean), lo: tidy(effect.high.lo ?? effect.high.mean), hi: tidy(effect.high.hi ?? effect.high.mean), spread },
    ];
  });
  if (rows.length === 0) return null;
  const y = { field: "input", type: "nominal" as const, title: null, sort: { field: "spread", op: "max" as const, order: "descending" as const }, axis: { labelLimit: 320 } };
  const offset = { field: "side", type: "nominal" as const };
  const x = { field: "change", type: "quantitative" as const, title: t("chart.changeIn", { title: titleWithUnit(kpiLabel(def), def.unit, data.currency ?? null) }), axis: { format: axisFormatOf(def.unit) } };
  // NOTE: the legend's entries are the moves (−10%, +10%), so its title says what moved.
  const colour = { field: "side", type: "nominal" as const, title: t("chart.inputMoved"), scale: { range: [PROPOSAL_COLOURS[1], PROPOSAL_COLOURS[0]] } };
  const format = formatOf(def.unit);
  const subtitle = t("chart.tornadoSubtitle", { model: data.model, percent: Math.round(data.change * 100) });
  return {
    ...frame(t("chart.sensitivityTitle", { kpi: isChinese() ? kpiLabel(def) : def.label.toLowerCase() }), subtitle),
    width: PANEL.width,
    height: { step: 34 },
    data: { values: rows },
    layer: [
      { mark: { type: "bar" as const, opacity: 0.85 }, encoding: { y, yOffset: offset, x, color: colour, tooltip: [tooltipField("input", t("chart.input")), tooltipField("side", t("chart.side")), { field: "value", title: t("chart.setting") }, tooltipField("change", t("chart.change"), format), { field: "lo", title: t("chart.ciLow"), format }, { field: "hi", title: t("chart.ciHigh"), format }] } },
      { mark: { type: "rule" as const, color: "#333" }, encoding: { y, yOffset: offset, x: { field: "lo", type: "quantitative" as const }, x2: { field: "hi" } } },
      { mark: { type: "rule" as const, color: "#333", strokeDash: [3, 3] }, encoding: { x: { datum: 0 } } },
    ],
  } as TopLevelSpec;
}
