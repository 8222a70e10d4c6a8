/**
 * Errors and rework KPIs (docs/model-language.md, Errors and rework): for all cases the
 * first-pass yield, rework rate, rework loops and visits per case, the share of cycle time
 * spent in rework and the share leaving with an undetected error; for each step that makes
 * errors its error rate, first-pass yield and escaped errors; for each checking step the
 * errors it found.
 *
 * 1,000 account applications completed; 70 were sent back at least once (rework rate 7%,
 * first-pass yield 93%), 75 times in all (0.075 loops per case); they visited 4.3 steps
 * each; 2.1% of all cycle time was spent between a review finding an error and the file
 * being back at review.
 */
import type { CaseFacts } from "./facts.js";
import { ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** Rework of the completed cases, counted at completion (from the end of warm-up on). */
export interface ReworkTally {
  readonly completed: number;
  /** Completed cases never sent to rework. */
  readonly firstPass: number;
  /** Times the completed cases were sent to rework. */
  readonly reworks: number;
  readonly visits: number;
  /** Minutes the completed cases spent in rework. */
  readonly reworkTime: number;
  /** Completed cases leaving with at least one undetected error. */
  readonly escaped: number;
}

/** Facts of the overall rework family: the tally and the overall case facts (cycle times). */
export interface ReworkFacts {
  readonly tally: ReworkTally;
  readonly cases: CaseFacts;
}

/** Errors made at one step, counted when its visits end (from the end of warm-up on). */
export interface StepErrorFacts {
  readonly checked: number;
  readonly erroneous: number;
  readonly firstChecked: number;
  readonly firstErroneous: number;
  /** Errors of this step still undetected when their case completed. */
  readonly escaped: number;
}

/** Errors found at one checking step. */
export interface DetectionFacts {
  readonly found: number;
  /** Visits that ended at the step. */
  readonly checked: number;
}

/** Overall rework KPIs (scope overall). */
export const REWORK_KPIS = kpiRecords<ReworkFacts>([
  { metric: "firstPassYield", label: "First-pass yield ({s})", labelZh: "一次通过率（{s}）", unit: "share", better: "higher",
    definition: "Share of completed cases that went through without being sent to rework once (right first time).",
    value: ({ tally }) => ratioOrNull(tally.firstPass, tally.completed) },
  { metric: "rework.rate", label: "Rework rate ({s})", labelZh: "返工率（{s}）", unit: "share", better: "lower",
    definition: "Share of completed cases sent to rework at least once (1 − first-pass yield).",
    value: ({ tally }) => ratioOrNull(tally.completed - tally.firstPass, tally.completed) },
  { metric: "rework.perCase", label: "Rework loops per case ({s})", labelZh: "每笔业务返工次数（{s}）", unit: "cases", better: "lower",
    definition: "Times a completed case was sent to rework, on average (an error found sends it once).",
    value: ({ tally }) => ratioOrNull(tally.reworks, tally.completed) },
  { metric: "visits.perCase", label: "Step visits per case ({s})", labelZh: "每笔业务环节访问次数（{s}）", unit: "cases", better: "lower",
    definition: "Step entries of a completed case, on average, rework included.",
    value: ({ tally }) => ratioOrNull(tally.visits, tally.completed) },
  { metric: "rework.timeShare", label: "Share of cycle time in rework ({s})", labelZh: "返工占周期时间比例（{s}）", unit: "share", better: "lower",
    definition: "Time completed cases spent in rework (from an error being found until the case is back at the step that found it) divided by their total cycle time.",
    value: ({ tally, cases }) => ratioOrNull(tally.reworkTime, cases.tally.cycles.sum) },
  { metric: "errors.escaped", label: "Cases leaving with an undetected error ({s})", labelZh: "带未发现差错离开的业务数（{s}）", unit: "share", better: "lower",
    definition: "Share of completed cases that left carrying at least one error no step found.",
    value: ({ tally }) => ratioOrNull(tally.escaped, tally.completed) },
]);

/** KPIs of a step that makes errors (scope step). */
export const STEP_ERROR_KPIS = kpiRecords<StepErrorFacts>([
  { metric: "errors.rate", label: "Error rate at {s}", labelZh: "{s}差错率", unit: "share", better: "lower",
    definition: "Share of the visits ending at the step whose work was wrong (all visits, rework included).",
    value: (f) => ratioOrNull(f.erroneous, f.checked) },
  { metric: "firstPassYield", label: "First-pass yield of {s}", labelZh: "{s}一次通过率", unit: "share", better: "higher",
    definition: "Share of first visits to the step whose work was right.",
    value: (f) => ratioOrNull(f.firstChecked - f.firstErroneous, f.firstChecked) },
  { metric: "errors.escaped", label: "Errors of {s} never found", labelZh: "{s}未被发现的差错数", unit: "count", better: "lower",
    definition: "Errors made at the step still undetected when their case completed.",
    value: (f) => f.escaped },
]);

/** KPIs of a checking step (scope step). */
export const DETECTION_KPIS = kpiRecords<DetectionFacts>([
  { metric: "errors.found", label: "Errors found at {s}", labelZh: "{s}发现的差错数", unit: "count", better: "neither",
    definition: "Pending errors of earlier steps the step found (each sends its case to rework).",
    value: (f) => f.found },
  { metric: "errors.foundPerVisit", label: "Errors found per visit to {s}", labelZh: "{s}每次访问发现的差错数", unit: "cases", better: "neither",
    definition: "Errors found at the step divided by the visits that ended there (activities finished).",
    value: (f) => ratioOrNull(f.found, f.checked) },
]);
