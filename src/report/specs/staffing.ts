/**
 * Staffing charts: staff required and scheduled per planning interval, and the simulated
 * service level per interval against its target.
 *
 * For the branch day, the first chart shows the Erlang requirement (dashed), the requirement
 * after simulation (line) and the roster's staff (steps) rising to the lunch peak; the second
 * puts each interval's service level with its 95% interval above or below the 80% line.
 */
import type { TopLevelSpec } from "vega-lite";
import { frame, tidy } from "./common.js";
import { CURRENT_COLOUR, PANEL, PROPOSAL_COLOURS, VERDICT_COLOURS } from "./theme.js";
import { t } from "../i18n/translate.js";
import { tooltipField } from "./tooltip-field.js";

/** What the staffing charts draw. */
export interface StaffingChartData {
  readonly model: string;
  readonly pool: string;
  readonly width: number;
  readonly target: { readonly share: number; readonly maxWait: number };
  readonly intervals: readonly {
    readonly start: number;
    readonly analyticRequired: number;
    /** The staff the simulation showed enough; null where none was (and for a scored roster). */
    readonly required: number | null;
    readonly scheduled: number;
    readonly serviceLevel: { readonly mean: number | null; readonly lo: number | null; readonly hi: number | null };
    readonly misses: boolean;
    /** Misses whatever its staff (the planner stopped raising it); absent: false. */
    readonly beyondStaffing?: boolean;
  }[];
}

/** An interval's verdict in the chart's legend: meets, misses, or misses whatever its staff. */
function verdictOf(row: StaffingChartData["intervals"][number]): string {
  if (row.beyondStaffing === true) return t("chart.beyondStaffing");
  return row.misses ? t("chart.missesTarget") : t("chart.meetsTarget");
}

const hourOf = (minutes: number) => tidy(minutes / 60);
const timeAxis = { tickMinStep: 1, labelExpr: "format(floor(datum.value), '02d') + ':' + format(round((datum.value % 1) * 60), '02d')" };

/** Colour and dash of each series of the staff chart. */
const STYLE = {
  analyticRequired: { colour: CURRENT_COLOUR, dash: [4, 3] },
  required: { colour: PROPOSAL_COLOURS[1], dash: [1, 0] },
  scheduled: { colour: PROPOSAL_COLOURS[0], dash: [1, 0] },
} as const;

/** Required (Erlang and simulated) and scheduled staff per interval. */
export function buildStaffingSpec(data: StaffingChartData): TopLevelSpec {
  const all = [
    { name: t("chart.requiredErlang"), field: "analyticRequired" as const },
    { name: t("chart.requiredSimulated"), field: "required" as const },
    { name: t("chart.scheduled"), field: "scheduled" as const },
  ];
  // A scored roster was never searched: it has no simulated requirement to draw.
  const series = data.intervals.some((row) => row.required !== null) ? all : all.filter((s) => s.field !== "required");
  const values = data.intervals.flatMap((row) => series.flatMap((s) => row[s.field] === null ? [] : [
    { series: s.name, hour: hourOf(row.start), staff: row[s.field] },
    { series: s.name, hour: hourOf(row.start + data.width), staff: row[s.field] },
  ]));
  const x = { field: "hour", type: "quantitative" as const, title: t("chart.timeOfDay"), scale: { zero: false, nice: false }, axis: timeAxis };
  return {
    ...frame(t("chart.staffTitle", { pool: data.pool }), t("chart.staffSubtitle", { model: data.model, width: data.width })),
    width: PANEL.wide,
    height: PANEL.height,
    data: { values },
    mark: { type: "line", strokeWidth: 2.2 },
    encoding: {
      x,
      y: { field: "staff", type: "quantitative", title: t("chart.staffOnDuty") },
      color: { field: "series", type: "nominal", title: null, scale: { domain: series.map((s) => s.name), range: series.map((s) => STYLE[s.field].colour) } },
      strokeDash: { field: "series", type: "nominal", title: null, scale: { domain: series.map((s) => s.name), range: series.map((s) => STYLE[s.field].dash) } },
      tooltip: [tooltipField("series", t("chart.series")), tooltipField("staff", t("chart.staff"))],
    },
  } as TopLevelSpec;
}

/** The simulated service level per interval with its 95% interval, against the target. */
export function buildServiceLevelSpec(data: StaffingChartData): TopLevelSpec | null {
  const values = data.intervals.flatMap((row) => {
    const sl = row.serviceLevel;
    if (sl.mean === null) return [];
    return [{ hour: hourOf(row.start + data.width / 2), mean: tidy(sl.mean), lo: tidy(sl.lo ?? sl.mean), hi: tidy(sl.hi ?? sl.mean), verdict: verdictOf(row) }];
  });
  if (values.length === 0) return null;
  // The axis spans the planning window (09:00-17:00), not only the intervals' midpoints.
  const window = [hourOf(data.intervals[0].start), hourOf((data.intervals.at(-1)?.start ?? 0) + data.width)];
  const x = { field: "hour", type: "quantitative" as const, title: t("chart.timeOfDay"), scale: { zero: false, nice: false, domain: window }, axis: timeAxis };
  // The third verdict is in the legend only when an interval has it.
  const beyond = data.intervals.some((row) => row.beyondStaffing === true) ? [[t("chart.beyondStaffing"), VERDICT_COLOURS.unclear]] : [];
  const verdicts = [[t("chart.meetsTarget"), VERDICT_COLOURS.better], [t("chart.missesTarget"), VERDICT_COLOURS.worse], ...beyond];
  const colour = { field: "verdict", type: "nominal" as const, title: null, scale: { domain: verdicts.map(([name]) => name), range: verdicts.map(([, colour]) => colour) } };
  const subtitle = t("chart.serviceLevelDaySubtitle", { wait: data.target.maxWait, share: Math.round(data.target.share * 100) });
  return {
    ...frame(t("chart.serviceLevelDayTitle"), subtitle),
    width: PANEL.wide,
    height: PANEL.height,
    data: { values },
    layer: [
      { mark: { type: "rule", strokeWidth: 1.5, clip: true }, encoding: { x, y: { field: "lo", type: "quantitative", title: t("chart.servedWithinTarget"), scale: { domain: [0, 1] }, axis: { format: ".0%" } }, y2: { field: "hi" }, color: colour } },
      { mark: { type: "point", filled: true, size: 45 }, encoding: { x, y: { field: "mean", type: "quantitative" }, color: colour, tooltip: [tooltipField("hour", t("chart.hour"), ".2f"), tooltipField("mean", t("chart.mean"), ".1%"), { field: "lo", title: t("chart.ciLow"), format: ".1%" }, { field: "hi", title: t("chart.ciHigh"), format: ".1%" }] } },
      { mark: { type: "rule", strokeDash: [5, 4], color: "#333" }, encoding: { y: { datum: data.target.share } } },
    ],
  } as TopLevelSpec;
}
