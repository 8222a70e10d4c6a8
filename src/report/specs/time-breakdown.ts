/**
 * Where the time goes: for each step, mean waiting and mean processing per visit, stacked,
 * one panel per model, with each step's share of all time cases spend in the process.
 *
 * The share is the step's time-average of cases (waiting or in service) over the time-average
 * of cases in process (Little's law), not minutes per visit over the mean cycle time: a step
 * that one case in five visits, for three days each time, would otherwise read 151%. Shares
 * of the steps add up to at most 100% (the rest is time between steps), except where a case's
 * parts work in parallel before their join.
 *
 * Cases sent home at closing that come back (sendAway with comeBack) add a third part, the
 * time away, so that wait + processing + away per visit explains the cycle time; the time
 * away is outside the share (the case is in process, but not at the step).
 *
 * A late part of a first-of join (need 1 of 2) finishes the work in hand after the join let
 * its case go (or the batch it is collected in): that work after the case left is a fourth
 * part, also outside the share, so a step's share never counts time its case was no longer
 * in process.
 *
 * Today an application spends 32 minutes at data entry, 18 of them in the queue; with RPA
 * the bar almost vanishes and the approval queue becomes the longest. Waiting is amber,
 * processing blue, in every model.
 */
import type { TopLevelSpec } from "vega-lite";
import { frame, tidy, type ChartBuilder, type ChartContext } from "./common.js";
import { findKpi, subjectsWith, summaryOf } from "./kpi-select.js";
import { PART_COLOURS } from "./theme.js";
import type { Variant } from "./variants.js";
import { t } from "../i18n/translate.js";

/** One stacked segment: waiting or processing at a step in a model. */
interface SegmentRow {
  readonly variant: string;
  readonly step: string;
  readonly part: string;
  readonly order: number;
  readonly minutes: number;
  readonly total: number;
  /** Share of all time in process spent at the step (cycleTime.share KPI); null when unknown. */
  readonly share: number | null;
  readonly label: string;
}

/** The optional parts some model has: every bar then gets them (0 where none); the last part carries the label. */
interface ExtraParts {
  /** Time away (sent home at closing, coming back). */
  readonly away: boolean;
  /** Work after the case left (late parts of a first-of join). */
  readonly late: boolean;
}

function rowsOf(variant: Variant, steps: readonly string[], extra: ExtraParts): SegmentRow[] {
  return steps.flatMap((step) => {
    const wait = findKpi(variant.result, "step", "waitTime", step)?.summary?.mean ?? null;
    const work = findKpi(variant.result, "step", "processingTime", step)?.summary?.mean ?? null;
    if (wait === null && work === null) return [];
    const away = summaryOf(variant.result, `step/${step}/awayTime.mean`)?.mean ?? null;
    const late = summaryOf(variant.result, `step/${step}/lateWork.mean`)?.mean ?? null;
    const total = tidy((wait ?? 0) + (work ?? 0) + (away ?? 0));
    const stepShare = summaryOf(variant.result, `step/${step}/cycleTime.share`)?.mean ?? null;
    const share = stepShare === null ? null : tidy(stepShare);
    // NOTE: a call centre's 0.5-minute IVR reads "0.5 min", not "1 min"; long steps in whole minutes.
    const minutes = total < 10 ? String(tidy(Math.round(total * 10) / 10)) : String(Math.round(total));
    const label = share === null ? t("chart.stepLabel", { minutes }) : t("chart.stepLabelShare", { minutes, share: Math.round(share * 100) });
    const base = { variant: variant.name, step, total, share, label };
    // Work after the case left is the tail of a visit: processing, and for a part collected in
    // a batch at the release also the end of its wait (exact per visit, read here from the means).
    const lateWait = Math.max(0, (late ?? 0) - (work ?? 0));
    const rows: SegmentRow[] = [
      { ...base, part: t("chart.processing"), order: 0, minutes: tidy((work ?? 0) - (late ?? 0) + lateWait) },
      { ...base, part: t("chart.waiting"), order: 1, minutes: tidy((wait ?? 0) - lateWait) },
    ];
    if (extra.away) rows.push({ ...base, part: t("chart.away"), order: 2, minutes: tidy(away ?? 0) });
    if (extra.late) rows.push({ ...base, part: t("chart.afterLeft"), order: 3, minutes: tidy(late ?? 0) });
    return rows;
  });
}

/** Builds the time breakdown; null when no step has waiting or processing KPIs. */
export function buildTimeBreakdownSpec(context: ChartContext): TopLevelSpec | null {
  const { variants } = context;
  const results = variants.map((v) => v.result);
  const steps = [...new Set([...subjectsWith(results, "step", "waitTime"), ...subjectsWith(results, "step", "processingTime")])];
  const hasStepKpi = (metric: string) => results.some((r) => r.kpiDefs.some((d) => d.key.startsWith("step/") && d.key.endsWith(`/${metric}`)));
  const extra = { away: hasStepKpi("awayTime.mean"), late: hasStepKpi("lateWork.mean") };
  const rows = variants.flatMap((v) => rowsOf(v, steps, extra));
  if (!rows.length) return null;
  const y = { field: "step", type: "nominal" as const, sort: steps, title: null, axis: { labelFontSize: 12, labelLimit: 320 } };
  // A model with parallel branches gets a second line: its shares add up to more than 100%.
  const parallel = results.some((r) => r.kpiDefs.some((d) => d.key.endsWith("/join.parallelTime")));
  const { away, late } = extra;
  const notes = [
    t("chart.timeBreakdownSubtitle"), ...(parallel ? [t("chart.timeBreakdownParallel")] : []),
    ...(away ? [t("chart.timeBreakdownAway")] : []), ...(late ? [t("chart.timeBreakdownAfterLeft")] : []),
  ];
  const subtitle = notes.length === 1 ? notes[0] : notes;
  const domain = [t("chart.processing"), t("chart.waiting"), ...(away ? [t("chart.away")] : []), ...(late ? [t("chart.afterLeft")] : [])];
  const range = [PART_COLOURS.processing, PART_COLOURS.waiting, ...(away ? [PART_COLOURS.away] : []), ...(late ? [PART_COLOURS.afterLeft] : [])];
  const labelPart = late ? 3 : away ? 2 : 1;
  return {
    ...frame(t("chart.time-breakdown"), subtitle),
    data: { values: rows },
    facet: {
      column: { field: "variant", type: "nominal", sort: variants.map((v) => v.name), title: null, header: { labelFontSize: 12, labelFontWeight: 600, labelAnchor: "start" } },
    },
    spec: {
      width: variants.length > 1 ? 260 : 440,
      height: { step: 30 },
      layer: [
        {
          mark: { type: "bar", cornerRadius: 1 },
          encoding: {
            y,
            x: { field: "minutes", type: "quantitative", stack: "zero", title: t("chart.minutesPerVisit"), axis: { format: ",~r" } },
            color: {
              field: "part",
              type: "nominal",
              title: null,
              scale: { domain, range },
            },
            order: { field: "order", type: "quantitative" },
            tooltip: [
              { field: "variant", title: t("chart.model") },
              { field: "step", title: t("chart.step") },
              { field: "part", title: t("chart.part") },
              { field: "minutes", title: t("chart.minutesTip"), format: ",.1f" },
              { field: "share", title: t("chart.shareOfTime"), format: ".0%" },
            ],
          },
        },
        {
          transform: [{ filter: `datum.order === ${labelPart}` }],
          mark: { type: "text", align: "left", dx: 5, fontSize: 11, color: "#3a4450" },
          encoding: { y, x: { field: "total", type: "quantitative" }, text: { field: "label", type: "nominal" } },
        },
      ],
    },
    resolve: { scale: { x: "shared" } },
  } as TopLevelSpec;
}

/** Registry record of the time breakdown chart. */
export const timeBreakdownChart: ChartBuilder = { id: "time-breakdown", title: "Where the time goes", wide: true, build: buildTimeBreakdownSpec };
