/**
 * The house look of every procsim chart: colours, fonts, number formats and axis titles.
 *
 * When a branch manager sees "Account opening today" in grey and "RPA data entry" in blue on
 * one slide, and the same grey and blue on the next, she reads the deck without a legend.
 * Current is always grey; proposals take the palette in order. Good news is green, bad news
 * red, "no detectable change" neutral grey.
 */
import type { Config } from "vega-lite";
import type { KpiUnit } from "../../stats/result-types.js";
import { t } from "../i18n/translate.js";
import { HOURS_FROM_MINUTES } from "../format.js";

/** Colour of the current (as-is) model in every chart. */
export const CURRENT_COLOUR = "#8a939c";

/** Colours of the proposals, in order (colour-blind safe, print friendly). */
export const PROPOSAL_COLOURS: readonly string[] = ["#1f6fb4", "#e07a1f", "#2e9e6a", "#8a5cc2", "#c4457a", "#4aa3c9"];

/** Colours for the verdict of a paired difference. */
export const VERDICT_COLOURS = { better: "#2e9e6a", worse: "#d1483f", unclear: "#9aa3ab" } as const;

/** Colours for parts of a whole: waiting vs processing, busy vs idle vs fixed cost. */
export const PART_COLOURS = {
  waiting: "#e8a33d",
  processing: "#1f6fb4",
  away: "#9aa3ad",
  afterLeft: "#c9d3dd",
  busy: "#1f6fb4",
  idle: "#a9c6e3",
  fixed: "#6b7580",
} as const;

/** Font stack used in the browser; resvg picks the first family it has a file for. */
export const FONT_STACK = "Liberation Sans, Helvetica, Arial, DejaVu Sans, sans-serif";

/** Default width and height of a single panel, pixels. */
export const PANEL = { wide: 520, width: 460, height: 260, smallWidth: 250, smallHeight: 110 } as const;

/** Shared Vega-Lite config: quiet grid, left-aligned titles, readable sizes. */
export const CHART_CONFIG: Config = {
  font: FONT_STACK,
  background: "#ffffff",
  padding: 12,
  view: { stroke: null },
  title: { anchor: "start", fontSize: 15, fontWeight: 600, color: "#1d2530", subtitleFontSize: 12, subtitleColor: "#5b6672", offset: 12 },
  axis: {
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 500,
    titleColor: "#3a4450",
    labelColor: "#3a4450",
    gridColor: "#e6e9ed",
    domainColor: "#b8bfc7",
    tickColor: "#b8bfc7",
    // NOTE: labels closer than this are thinned out (every other one): a call centre's 08:00-22:00
    // on a half-width panel has no room for every hour, and touching labels read "08:0009:00".
    labelSeparation: 4,
  },
  // NOTE: Vega-Lite right-aligns the last label of a continuous axis to its end ("flush"),
  // which on a narrow panel ran it into its neighbour ("350400"); centred on their ticks,
  // labels keep their spacing (the chart's padding makes room for the half that overhangs).
  axisQuantitative: { labelFlush: false },
  axisTemporal: { labelFlush: false },
  legend: { labelFontSize: 11, labelLimit: 480, titleFontSize: 11, titleFontWeight: 500, orient: "bottom", direction: "horizontal" },
  header: { labelFontSize: 12, labelFontWeight: 600, titleFontSize: 12 },
  concat: { spacing: 28 },
};

/** d3-format string for a value in this unit. */
export function formatOf(unit: KpiUnit): string {
  switch (unit) {
    case "share":
      return ".0%";
    case "count":
    case "cases":
      return ",.1f";
    case "currency":
      return ",.2f";
    default:
      return ",.1f";
  }
}

/** d3-format string for axis ticks in this unit (coarser than value labels). */
export function axisFormatOf(unit: KpiUnit): string {
  if (unit === "share") return ".0%";
  return ",~r";
}

/**
 * Axis title suffix naming the unit, e.g. "minutes", "cases per hour", "%" (in the language in
 * use); money in the model's `currency` ("CNY") when it declares one, else "cost units".
 */
export function unitTitle(unit: KpiUnit, currency: string | null = null): string {
  switch (unit) {
    case "min":
      return t("chart.unitMinutes");
    case "perHour":
      return t("chart.unitPerHour");
    case "share":
      return t("chart.unitShare");
    case "count":
    case "cases":
      return t("chart.unitCases");
    case "currency":
      return currency ?? t("chart.unitCost");
    case "casesPerStaffHour":
      return t("chart.unitPerStaffHour");
  }
}

/** Time axis unit: minutes, or hours when values run past 10 hours (multi-day loan cases). */
export function timeScaleFor(maxMinutes: number): { readonly divisor: number; readonly title: string } {
  return maxMinutes > HOURS_FROM_MINUTES ? { divisor: 60, title: t("chart.unitHours") } : { divisor: 1, title: t("chart.unitMinutes") };
}

/** "Mean cycle time (minutes)", "Total cost (CNY)". */
export function titleWithUnit(label: string, unit: KpiUnit, currency: string | null = null): string {
  return t("chart.withUnit", { title: label, unit: unitTitle(unit, currency) });
}
