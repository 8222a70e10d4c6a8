/**
 * KPIs of one step: waiting and handling time, queue length, visits, and the share of the
 * time in process spent at the step (the bottleneck indicator).
 *
 * If loan files spend on average 3 of their 10 hours in process waiting for or being handled
 * by credit review, credit review's share is 0.3 (by Little's law: time-average cases at the
 * step over time-average cases in process).
 */
import type { StepFacts } from "./facts.js";
import { finiteOrNull, ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";
import { NON_NEGATIVE_RANGE } from "../value-range.js";

/** The step family, in report order. */
export const STEP_KPIS = kpiRecords<StepFacts>([
  { metric: "waitTime.mean", label: "Mean wait at {s}", labelZh: "{s}平均等待时间", unit: "min", better: "lower",
    definition: "Mean wait before service at the step, counted at the start of service.",
    value: (s) => finiteOrNull(s.waits.meanOrNull() ?? NaN) },
  { metric: "serviceTime.mean", label: "Mean handling time at {s}", labelZh: "{s}平均处理时长", unit: "min", better: "lower",
    definition: "Mean handling time at the step, counted at the end of service.",
    value: (s) => finiteOrNull(s.services.meanOrNull() ?? NaN) },
  { metric: "queue.mean", label: "Mean queue at {s}", labelZh: "{s}平均排队长度", unit: "cases", better: "lower",
    definition: "Time-average number of cases waiting at the step.",
    value: (s) => finiteOrNull(s.queue.mean(s.window.endTime) ?? NaN) },
  { metric: "queue.max", label: "Longest queue at {s}", labelZh: "{s}最长排队长度", unit: "cases", better: "lower",
    definition: "Most cases waiting at the step at one moment of the observation window.",
    value: (s) => (s.window.endTime > s.window.warmup ? s.queue.max : null) },
  { metric: "visits", label: "Visits to {s}", labelZh: "{s}访问次数", unit: "count", better: "neither",
    definition: "Starts of service at the step (a case sent back counts again).",
    value: (s) => s.visits },
  { metric: "cycleTime.share", label: "Share of time in process spent at {s}", labelZh: "{s}占在办时间比例", unit: "share", better: "neither",
    // Two parts of a fork may start at the same step, so one case can count twice there; a step
    // outside every fork's branches is cut at 1 by the summary (kpiRangeInLayout, layout.branchSteps).
    range: NON_NEGATIVE_RANGE,
    definition: "Time-average cases waiting or in service at the step divided by time-average cases in process. A late part of a first-of join counts only until the join releases its case (the rest is work after the case left).",
    value: (s) => ratioOrNull(s.queue.area + s.inService.area, s.wipArea) },
]);
