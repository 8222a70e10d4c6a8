/**
 * KPIs of a batch step (docs/model-language.md#batch-steps): how many batches it closed,
 * how large they were, why they closed, and how long cases waited for their batch to close.
 *
 * "File vouchers" closing at 20 vouchers or at 16:00 over 20 working days: 31 batches, 1.55 a
 * day, 12.9 vouchers on average (smallest 3, largest 20), 45% full (closed by the size rule),
 * 55% by the 16:00 clock; a voucher waited 2.6 hours on average for its batch to close.
 */
import type { RunWindow } from "./facts.js";
import type { Welford } from "../welford.js";
import { openDaysBetween } from "../business-clock.js";
import { ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** What one batch step collected in the observation window. */
export interface BatchFacts {
  /** Sizes of the batches closed in the window. */
  readonly sizes: Welford;
  /** Batches closed by each trigger: size, time of day, maxWait, end of the run. */
  readonly byTrigger: Float64Array;
  /** Sum over the cases of those batches of the time from joining to the close, minutes. */
  readonly formWaitSum: number;
  readonly window: RunWindow;
}

const batches = (f: BatchFacts): number => f.sizes.count;

/** The batch-step family (scope step, one subject per batch step). */
export const BATCH_KPIS = kpiRecords<BatchFacts>([
  { metric: "batch.count", label: "Batches closed at {s}", labelZh: "{s}成批次数", unit: "count", better: "neither",
    definition: "Batches the batch step closed in the observation window (by any rule).",
    value: (f) => batches(f) },
  { metric: "batch.perDay", label: "Batches per working day at {s}", labelZh: "{s}每工作日成批次数", unit: "count", better: "neither",
    definition: "Batches closed divided by the working days of the calendar in the observation window.",
    value: (f) => ratioOrNull(batches(f), openDaysBetween(f.window.hours, f.window.warmup, f.window.studyEnd)) },
  { metric: "batch.size.mean", label: "Mean batch size at {s}", labelZh: "{s}平均批量", unit: "cases", better: "neither",
    definition: "Cases per batch closed, averaged over the batches.",
    value: (f) => f.sizes.meanOrNull() },
  { metric: "batch.size.min", label: "Smallest batch at {s}", labelZh: "{s}最小批量", unit: "cases", better: "neither",
    definition: "Cases in the smallest batch closed in the window.",
    value: (f) => (batches(f) > 0 ? f.sizes.min : null) },
  { metric: "batch.size.max", label: "Largest batch at {s}", labelZh: "{s}最大批量", unit: "cases", better: "neither",
    definition: "Cases in the largest batch closed in the window.",
    value: (f) => f.sizes.maxOrNull() },
  { metric: "batch.formWait.mean", label: "Mean wait for the batch at {s}", labelZh: "{s}平均等待成批时间", unit: "min", better: "lower",
    definition: "Time from a case joining the batch step to its batch being closed, averaged over the cases (the step's mean wait adds the batch's wait for resources).",
    value: (f) => ratioOrNull(f.formWaitSum, f.sizes.sum) },
  { metric: "batch.full.share", label: "Share of batches closed full at {s}", labelZh: "{s}满批关闭比例", unit: "share", better: "neither",
    definition: "Share of the batches closed because the size rule was reached.",
    value: (f) => ratioOrNull(f.byTrigger[0], batches(f)) },
  { metric: "batch.atTime.share", label: "Share of batches closed by the clock at {s}", labelZh: "{s}按时点关闭批次比例", unit: "share", better: "neither",
    definition: "Share of the batches closed at one of the step's times of day (batch.at).",
    value: (f) => ratioOrNull(f.byTrigger[1], batches(f)) },
  { metric: "batch.maxWait.share", label: "Share of batches closed by maxWait at {s}", labelZh: "{s}因最长等待关闭批次比例", unit: "share", better: "neither",
    definition: "Share of the batches closed because their oldest case had waited batch.maxWait.",
    value: (f) => ratioOrNull(f.byTrigger[2], batches(f)) },
  { metric: "batch.atEnd", label: "Partial batches released at the end at {s}", labelZh: "{s}结束时放行的未满批次数", unit: "count", better: "lower",
    definition: "Batches released only because the run was over (a size rule alone and the arrivals ended): processed at the end of the horizon, not lost.",
    value: (f) => f.byTrigger[3] },
]);
