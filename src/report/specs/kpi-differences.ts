/**
 * Paired differences (proposed − current) as relative change with 95% CI, around a zero line.
 *
 * "Mean cycle time −38% (−42% to −33%)" in green, "Idle cost +9% (−2% to +20%)" hollow grey:
 * the chart says at a glance which changes are real and whether they are good news. A
 * headline KPI significant on its own but not under the headline's Holm correction is hollow
 * in its colour, as the decision summary sets it aside. KPIs with
 * no preferred direction (busy cost, utilisation) and KPIs whose current mean is zero are left
 * to the tables.
 */
import type { TopLevelSpec } from "vega-lite";
import type { KpiScope } from "../../stats/result-types.js";
import { frame, tidy, type ChartBuilder, type ChartContext } from "./common.js";
import { isHeadlineMetric, shortLabel } from "./kpi-select.js";
import { VERDICT_COLOURS } from "./theme.js";
import { verdictOf, type Verdict } from "../verdict.js";
import { relativeCiOf } from "../relative-ci.js";
import { setAsideKeys } from "../headline.js";
import { t } from "../i18n/translate.js";

/** Relative changes beyond this are drawn at the chart edge (the label keeps the true value). */
const MAX_SHOWN_CHANGE = 2;

/** Scopes and step metrics shown by default (step processing times rarely change by design). */
const SHOWN_SCOPES: readonly KpiScope[] = ["overall", "class", "serviceLevel", "step"];
const STEP_METRIC = /^(waitTime|wait|waitingTime)\.mean$/;

/** One row: a KPI of one proposal. */
interface DifferenceRow {
  readonly proposal: string;
  readonly kpi: string;
  readonly order: number;
  readonly rel: number;
  /** Interval bounds; null when there is none or it is unbounded (then drawn edge to edge). */
  readonly relLo: number | null;
  readonly relHi: number | null;
  /** Where the whisker is drawn: the interval, or the chart's edges when it is unbounded. */
  readonly drawLo: number | null;
  readonly drawHi: number | null;
  readonly verdict: Verdict;
  /**
   * The fill: the verdict when the change holds under the headline's correction (Holm), else
   * "unclear" (hollow); a separate field so the fill gets no second legend.
   */
  readonly marker: Verdict;
}

function rowsOf(context: ChartContext): DifferenceRow[] {
  const comparison = context.comparison;
  if (!comparison) return [];
  const defs = comparison.current.kpiDefs;
  const classes = new Set(defs.filter((d) => d.scope === "class").map((d) => d.subject));
  const setAside = setAsideKeys(comparison);
  return comparison.proposals.flatMap((proposal, p) =>
    proposal.differences.flatMap((d) => {
      const index = defs.findIndex((x) => x.key === d.key);
      const def = defs[index];
      const base = d.current.mean;
      if (!def || def.better === "neither" || !SHOWN_SCOPES.includes(def.scope) || !isHeadlineMetric(def)) return [];
      if (def.scope === "class" && classes.size < 2) return [];
      if (def.scope === "step" && !STEP_METRIC.test(def.metric)) return [];
      if (d.relativeChange === null || !base) return [];
      const verdict = verdictOf(def, d);
      const ci = relativeCiOf(d);
      const [relLo, relHi] = ci.kind === "bounded" ? [tidy(ci.lo), tidy(ci.hi)] : [null, null];
      const [drawLo, drawHi] = ci.kind === "unbounded" ? [-Infinity, Infinity] : [relLo, relHi];
      return [{ proposal: proposal.name, kpi: shortLabel(def), order: index, rel: tidy(d.relativeChange), relLo, relHi, drawLo, drawHi, verdict, marker: setAside[p].has(def.key) ? "unclear" : verdict }];
    }),
  );
}

/** A text as a Vega expression string literal. */
function quoted(text: string): string {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** The x domain: the data's range plus zero, at most −100% … +200%. */
function domainOf(rows: readonly DifferenceRow[]): [number, number] {
  const values = rows.flatMap((r) => [r.rel, r.relLo ?? r.rel, r.relHi ?? r.rel]);
  const lo = Math.max(-1, Math.min(-0.05, ...values));
  const hi = Math.min(MAX_SHOWN_CHANGE, Math.max(0.05, ...values));
  return [tidy(lo * 1.05), tidy(hi * 1.05)];
}

function layers(labels: readonly string[], domain: [number, number]) {
  const scale = { domain, clamp: true, nice: false };
  const y = { field: "kpi", type: "nominal" as const, sort: [...labels], title: null, axis: { labelLimit: 400, labelFontSize: 11 } };
  const colour = {
    field: "verdict",
    type: "nominal" as const,
    title: null,
    scale: { domain: ["better", "worse", "unclear"], range: [VERDICT_COLOURS.better, VERDICT_COLOURS.worse, VERDICT_COLOURS.unclear] },
    legend: { labelExpr: `datum.label === 'better' ? ${quoted(t("chart.better"))} : datum.label === 'worse' ? ${quoted(t("chart.worse"))} : ${quoted(t("chart.unclear"))}` },
  };
  const tooltip = [
    { field: "proposal", title: t("chart.proposal") },
    { field: "kpi", title: t("chart.kpi") },
    { field: "rel", title: t("chart.change"), format: "+.1%" },
    { field: "relLo", title: t("chart.ciLow"), format: "+.1%" },
    { field: "relHi", title: t("chart.ciHigh"), format: "+.1%" },
  ];
  return [
    { mark: { type: "rule" as const, color: "#5b6672", strokeWidth: 1 }, encoding: { x: { datum: 0, type: "quantitative" as const } } },
    { mark: { type: "rule" as const, strokeWidth: 2.5 }, encoding: { y, x: { field: "drawLo", type: "quantitative" as const, scale }, x2: { field: "drawHi" }, color: colour } },
    {
      mark: { type: "point" as const, size: 90, strokeWidth: 2, opacity: 1, filled: false },
      encoding: {
        y,
        x: { field: "rel", type: "quantitative" as const, title: t("chart.differencesAxis"), scale, axis: { format: "+.0%" } },
        color: colour,
        fill: { field: "marker", type: "nominal" as const, legend: null, scale: { domain: ["better", "worse", "unclear"], range: [VERDICT_COLOURS.better, VERDICT_COLOURS.worse, "#ffffff"] } },
        tooltip,
      },
    },
    {
      mark: { type: "text" as const, align: "left" as const, dx: 8, fontSize: 11 },
      encoding: {
        y,
        x: { field: "drawHi", type: "quantitative" as const, scale },
        text: { field: "rel", type: "quantitative" as const, format: "+.0%" },
        color: colour,
        opacity: { condition: { test: "datum.verdict !== 'unclear'", value: 1 }, value: 0.7 },
      },
    },
  ];
}

/** Builds the paired-difference chart; null for a single run or when no KPI qualifies. */
export function buildKpiDifferencesSpec(context: ChartContext): TopLevelSpec | null {
  const found = rowsOf(context);
  if (!found.length) return null;
  const domain = domainOf(found);
  const rows = found.map((r) => (r.drawLo === -Infinity ? { ...r, drawLo: domain[0], drawHi: domain[1] } : r));
  const labels = [...new Set([...rows].sort((a, b) => a.order - b.order).map((r) => r.kpi))];
  const proposals = [...new Set(rows.map((r) => r.proposal))];
  const height = Math.max(60, labels.length * 22);
  const subtitle = [
    t("chart.differencesPaired"),
    t("chart.differencesFilled"),
  ];
  const base = { ...frame(t("chart.differences"), subtitle), data: { values: rows } };
  if (proposals.length === 1) {
    return { ...base, width: 560, height, layer: layers(labels, domain) } as TopLevelSpec;
  }
  return {
    ...base,
    facet: { row: { field: "proposal", type: "nominal", sort: proposals, title: null, header: { labelAngle: 0, labelAlign: "left", labelAnchor: "start", labelOrient: "top" } } },
    spec: { width: 420, height, layer: layers(labels, domain) },
    resolve: { scale: { x: "shared" } },
  } as TopLevelSpec;
}

/** Registry record of the paired-difference chart (comparisons only). */
export const kpiDifferencesChart: ChartBuilder = { id: "differences", title: "What changes", wide: true, build: buildKpiDifferencesSpec };
