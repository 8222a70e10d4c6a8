/**
 * Cost breakdown: busy staff time, rostered-but-idle staff time and fixed cost, per case and
 * in total, one stacked bar per model. The total is per working day when the report knows the
 * days observed (the Money table's "per day" figure), else over the observation window, and
 * its panel title says which.
 *
 * RPA cuts the busy clerk hours but adds a licence (fixed) and idle bot capacity: the bars show
 * whether cost per case really falls, and which part moved; 83,934 over the 22 working days
 * observed is drawn as 3,815 per working day (Mon–Fri).
 */
import type { TopLevelSpec } from "vega-lite";
import type { RunResult } from "../../stats/result-types.js";
import { frame, tidy, type ChartBuilder, type ChartContext } from "./common.js";
import { defsFor, findKpi, meanOf, summaryOf, type MetricRole } from "./kpi-select.js";
import { PART_COLOURS } from "./theme.js";
import { moneyUnit } from "../decision-format.js";
import type { Variant } from "./variants.js";
import type { CostDay } from "../cost-periods.js";
import { t, type MessageId } from "../i18n/translate.js";
import { kpiLabel } from "../i18n/kpi-label.js";
import { wrappedLabelExpr } from "./variant-legend.js";

const PARTS = [
  { role: "costBusy", part: "chart.costBusy", colour: PART_COLOURS.busy },
  { role: "costIdle", part: "chart.costIdle", colour: PART_COLOURS.idle },
  { role: "costFixed", part: "chart.costFixed", colour: PART_COLOURS.fixed },
] as const satisfies readonly { role: MetricRole; part: MessageId; colour: string }[];

type Part = (typeof PARTS)[number];

/** A cost part's total: the overall KPI, else the sum over pools. */
function partTotal(result: RunResult, role: MetricRole): number | null {
  const overall = meanOf(result, role);
  if (overall !== null) return overall;
  const pools = defsFor(result, "pool", role).map((d) => summaryOf(result, d.key)?.mean ?? null).filter((m): m is number => m !== null);
  return pools.length ? pools.reduce((a, b) => a + b, 0) : null;
}

/** Bars of one model; the "total" bars are divided by the working days observed when `costDay` is given. */
function rowsOf(variant: Variant, costDay: CostDay | null) {
  const totals = PARTS.map((p) => ({ part: t(p.part), order: PARTS.indexOf(p), total: partTotal(variant.result, p.role) }));
  const known = totals.filter((t): t is typeof t & { total: number } => t.total !== null);
  if (!known.length) return [];
  const sum = known.reduce((a, t) => a + t.total, 0);
  const grand = meanOf(variant.result, "costTotal") ?? sum;
  const perCase = meanOf(variant.result, "costPerCase");
  const perCaseScale = perCase !== null && grand > 0 ? perCase / grand : null;
  const totalScale = costDay === null ? 1 : 1 / costDay.days;
  return known.flatMap((t) => [
    { measure: "total", variant: variant.name, part: t.part, order: t.order, value: tidy(t.total * totalScale), sum: tidy(sum * totalScale) },
    ...(perCaseScale === null ? [] : [{ measure: "per case", variant: variant.name, part: t.part, order: t.order, value: tidy(t.total * perCaseScale), sum: tidy(sum * perCaseScale) }]),
  ]);
}

/** One panel; `parts` are those the legend lists (a model without fixed cost has no "fixed cost" entry). */
function panel(measure: "per case" | "total", title: string, names: readonly string[], unit: string, parts: readonly Part[]) {
  const labelExpr = wrappedLabelExpr(names);
  const y = { field: "variant", type: "nominal" as const, sort: [...names], title: null, axis: { labelLimit: 360, ...(labelExpr === undefined ? {} : { labelExpr }) } };
  const format = measure === "per case" ? ",.2f" : ",.0f";
  return {
    title: { text: title, fontSize: 12, fontWeight: 600 },
    width: 300,
    height: { step: 30 },
    transform: [{ filter: { field: "measure", equal: measure } }],
    layer: [
      {
        mark: { type: "bar" as const },
        encoding: {
          y,
          x: { field: "value", type: "quantitative" as const, stack: "zero" as const, title: unit, axis: { format: ",~r" } },
          color: {
            field: "part",
            type: "nominal" as const,
            title: null,
            scale: { domain: parts.map((p) => t(p.part)), range: parts.map((p) => p.colour) },
          },
          order: { field: "order", type: "quantitative" as const },
          tooltip: [
            { field: "variant", title: t("chart.model") },
            { field: "part", title: t("chart.part") },
            { field: "value", title: t("chart.cost"), format },
          ],
        },
      },
      {
        transform: [{ filter: "datum.order === 0" }],
        mark: { type: "text" as const, align: "left" as const, dx: 5, fontSize: 11, color: "#1d2530" },
        encoding: { y, x: { field: "sum", type: "quantitative" as const }, text: { field: "sum", type: "quantitative" as const, format } },
      },
    ],
  };
}

/** Builds the cost breakdown; null when the results carry no cost KPIs. */
export function buildCostBreakdownSpec(context: ChartContext): TopLevelSpec | null {
  const { variants } = context;
  const costDay = context.costDay ?? null;
  const rows = variants.flatMap((v) => rowsOf(v, costDay));
  if (!rows.length) return null;
  const names = variants.map((v) => v.name);
  const perCase = findKpi(variants[0].result, "overall", "costPerCase")?.def;
  const total = findKpi(variants[0].result, "overall", "costTotal")?.def;
  const perCaseTitle = perCase ? kpiLabel(perCase) : t("chart.costPerCase");
  const totalLabel = total ? kpiLabel(total) : t("chart.costTotal");
  const totalTitle = costDay === null ? t("chart.costOverWindow", { what: totalLabel }) : t("chart.costPerDay", { what: totalLabel, day: costDay.dayName });
  const nonZero = PARTS.filter((_, order) => rows.some((r) => r.order === order && r.value !== 0));
  const parts = nonZero.length ? nonZero : PARTS;
  const unit = moneyUnit(context.currency ?? null);
  const panels = [
    ...(rows.some((r) => r.measure === "per case") ? [panel("per case", perCaseTitle, names, unit, parts)] : []),
    panel("total", totalTitle, names, unit, parts),
  ];
  return {
    ...frame(t("chart.cost-breakdown"), t("chart.costSubtitle")),
    data: { values: rows },
    hconcat: panels,
  } as TopLevelSpec;
}

/** Registry record of the cost breakdown chart. */
export const costBreakdownChart: ChartBuilder = { id: "cost-breakdown", title: "What it costs", wide: true, build: buildCostBreakdownSpec };
