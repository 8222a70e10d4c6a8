/**
 * KPIs of a group of cases, reported for all cases (scope overall) and per class: counts,
 * throughput, waiting and cycle times, cases in process, abandonment.
 *
 * A walk-in customer who arrives at 10:02, waits 6 minutes and leaves at 10:15 adds one
 * arrival and one completion, a wait of 6 and a cycle time of 13 to "all cases" and to
 * "class walk-in". Waits and cycle times count by completion time, from the end of warm-up on.
 */
import type { LogHistogramAccumulator } from "../log-histogram.js";
import type { Welford } from "../welford.js";
import type { CaseFacts } from "./facts.js";
import { openDaysBetween, openMinutesBetween } from "../business-clock.js";
import { finiteOrNull, ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/**
 * A histogram quantile kept inside the observed range, so that a constant handling time of
 * 5 minutes has a median of exactly 5, not the middle of its 1% bin.
 */
function quantileWithin(histogram: LogHistogramAccumulator, p: number, range: Welford): number | null {
  const q = histogram.quantile(p);
  if (q === null || range.count === 0) return q;
  return q > range.max ? range.max : q < range.min ? range.min : q;
}

const meanOf = (w: Welford): number | null => finiteOrNull(w.meanOrNull() ?? NaN);
const hoursOf = ({ window }: CaseFacts): number => (window.endTime - window.warmup) / 60;

/** The case family, in report order. */
export const CASE_KPIS = kpiRecords<CaseFacts>([
  { metric: "arrivals", label: "Arrivals ({s})", labelZh: "到达数（{s}）", unit: "count", better: "neither",
    definition: "Cases that arrived in the observation window.",
    value: ({ tally }) => tally.arrivals },
  { metric: "completions", label: "Completed cases ({s})", labelZh: "完成业务数（{s}）", unit: "count", better: "higher",
    definition: "Cases that left the process done in the observation window.",
    value: ({ tally }) => tally.completions },
  { metric: "abandonments", label: "Abandoned cases ({s})", labelZh: "放弃业务数（{s}）", unit: "count", better: "lower",
    definition: "Cases that gave up waiting (ran out of patience) in the observation window.",
    value: ({ tally }) => tally.abandonments },
  { metric: "throughput.perOpenHour", label: "Throughput per open hour ({s})", labelZh: "每营业小时吞吐量（{s}）", unit: "perHour", better: "higher",
    definition: "Completed cases divided by the open hours of the calendar in the observation window (a terminating day: up to the horizon or the last departure, whichever is later).",
    value: ({ tally, window }) => ratioOrNull(tally.completions, openMinutesBetween(window.hours, window.warmup, window.studyEnd) / 60) },
  { metric: "throughput.perOpenDay", label: "Throughput per open day ({s})", labelZh: "每营业日吞吐量（{s}）", unit: "count", better: "higher",
    definition: "Completed cases divided by the working days of the calendar in the observation window (open hours ÷ open hours of one working day).",
    value: ({ tally, window }) => ratioOrNull(tally.completions, openDaysBetween(window.hours, window.warmup, window.studyEnd)) },
  { metric: "throughput", label: "Throughput per clock hour ({s})", labelZh: "每自然小时吞吐量（{s}）", unit: "perHour", better: "higher",
    definition: "Completed cases divided by the clock hours of the observation window, closed hours included (a terminating day: up to the horizon or the last departure, whichever is later; when every case completes, models differ only by when the last case left).",
    value: (f) => (hoursOf(f) > 0 ? ratioOrNull(f.tally.completions, hoursOf(f)) : null) },
  { metric: "waitTime.mean", label: "Mean wait of served cases ({s})", labelZh: "已服务业务平均等待时间（{s}）", unit: "min", better: "lower",
    definition: "Mean total waiting time of completed (served) cases, all steps of the visit; cases that gave up are not in it.",
    value: ({ tally }) => meanOf(tally.waits) },
  { metric: "waitTime.abandoned.mean", label: "Mean wait of abandoned cases ({s})", labelZh: "放弃业务平均等待时间（{s}）", unit: "min", better: "neither",
    definition: "Mean time cases that gave up waited in the line they gave up in (a caller's time to hang up).",
    value: ({ tally }) => meanOf(tally.abandonWaits) },
  { metric: "waitTime.allArrivals.mean", label: "Mean wait over all arrivals, served and abandoned ({s})", labelZh: "全部到达平均等待时间（含已服务与放弃，{s}）", unit: "min", better: "lower",
    definition: "Waits of served cases and of cases that gave up (until they gave up), averaged together: the contact-centre 'average speed of answer' over all offered calls.",
    value: ({ tally }) => ratioOrNull(tally.waits.sum + tally.abandonWaits.sum, tally.waits.count + tally.abandonWaits.count) },
  { metric: "waitTime.p50", label: "Median wait ({s})", labelZh: "等待时间中位数（{s}）", unit: "min", better: "lower",
    definition: "Median total waiting time of completed cases (from a 1% log-spaced histogram, kept inside the observed range).",
    value: ({ tally }) => quantileWithin(tally.waitHistogram, 0.5, tally.waits) },
  { metric: "waitTime.p90", label: "90th percentile wait ({s})", labelZh: "等待时间第90百分位（{s}）", unit: "min", better: "lower",
    definition: "90th percentile of the total waiting time of completed cases.",
    value: ({ tally }) => quantileWithin(tally.waitHistogram, 0.9, tally.waits) },
  { metric: "waitTime.p95", label: "95th percentile wait ({s})", labelZh: "等待时间第95百分位（{s}）", unit: "min", better: "lower",
    definition: "95th percentile of the total waiting time of completed cases.",
    value: ({ tally }) => quantileWithin(tally.waitHistogram, 0.95, tally.waits) },
  { metric: "waitTime.max", label: "Longest wait ({s})", labelZh: "最长等待时间（{s}）", unit: "min", better: "lower",
    definition: "Longest total waiting time of a completed case.",
    value: ({ tally }) => tally.waits.maxOrNull() },
  { metric: "waitTime.shareWaiting", label: "Share of cases that waited ({s})", labelZh: "需要等待的业务比例（{s}）", unit: "share", better: "lower",
    definition: "Share of completed cases whose total waiting time was above zero.",
    value: ({ tally }) => ratioOrNull(tally.waitedAtAll, tally.completions) },
  { metric: "cycleTime.mean", label: "Mean cycle time ({s})", labelZh: "平均周期时间（{s}）", unit: "min", better: "lower",
    definition: "Mean elapsed time from arrival to completion of completed cases.",
    value: ({ tally }) => meanOf(tally.cycles) },
  { metric: "cycleTime.p50", label: "Median cycle time ({s})", labelZh: "周期时间中位数（{s}）", unit: "min", better: "lower",
    definition: "Median elapsed cycle time of completed cases.",
    value: ({ tally }) => quantileWithin(tally.cycleHistogram, 0.5, tally.cycles) },
  { metric: "cycleTime.p90", label: "90th percentile cycle time ({s})", labelZh: "周期时间第90百分位（{s}）", unit: "min", better: "lower",
    definition: "90th percentile of the elapsed cycle time of completed cases.",
    value: ({ tally }) => quantileWithin(tally.cycleHistogram, 0.9, tally.cycles) },
  { metric: "cycleTime.p95", label: "95th percentile cycle time ({s})", labelZh: "周期时间第95百分位（{s}）", unit: "min", better: "lower",
    definition: "95th percentile of the elapsed cycle time of completed cases.",
    value: ({ tally }) => quantileWithin(tally.cycleHistogram, 0.95, tally.cycles) },
  { metric: "cycleTime.max", label: "Longest cycle time ({s})", labelZh: "最长周期时间（{s}）", unit: "min", better: "lower",
    definition: "Longest elapsed cycle time of a completed case.",
    value: ({ tally }) => tally.cycles.maxOrNull() },
  { metric: "cycleTime.working.mean", label: "Mean cycle time in working time ({s})", labelZh: "平均周期时间（按工作时间，{s}）", unit: "min", better: "lower",
    definition: "Mean cycle time of completed cases counting only the calendar's open hours (a file in Friday 16:00, out Monday 10:00 on a 09:00-17:00 weekday calendar: 120 working minutes). Equal to the elapsed cycle time for a 24/7 operation.",
    value: ({ tally }) => meanOf(tally.workingCycles) },
  { metric: "cycleTime.working.p50", label: "Median cycle time in working time ({s})", labelZh: "周期时间中位数（按工作时间，{s}）", unit: "min", better: "lower",
    definition: "Median working-time cycle time of completed cases.",
    value: ({ tally }) => quantileWithin(tally.workingCycleHistogram, 0.5, tally.workingCycles) },
  { metric: "cycleTime.working.p90", label: "90th percentile cycle time in working time ({s})", labelZh: "周期时间第90百分位（按工作时间，{s}）", unit: "min", better: "lower",
    definition: "90th percentile of the working-time cycle time of completed cases.",
    value: ({ tally }) => quantileWithin(tally.workingCycleHistogram, 0.9, tally.workingCycles) },
  { metric: "cycleTime.working.p95", label: "95th percentile cycle time in working time ({s})", labelZh: "周期时间第95百分位（按工作时间，{s}）", unit: "min", better: "lower",
    definition: "95th percentile of the working-time cycle time of completed cases.",
    value: ({ tally }) => quantileWithin(tally.workingCycleHistogram, 0.95, tally.workingCycles) },
  { metric: "wip.mean", label: "Mean cases in process ({s})", labelZh: "平均在办业务数（{s}）", unit: "cases", better: "lower",
    definition: "Time-average number of cases in the process (waiting or in service) over the observation window.",
    value: ({ tally, window }) => finiteOrNull(tally.wip.mean(window.endTime) ?? NaN) },
  { metric: "abandonment.share", label: "Abandonment rate ({s})", labelZh: "放弃率（{s}）", unit: "share", better: "lower",
    definition: "Abandoned cases divided by completed plus abandoned cases.",
    value: ({ tally }) => ratioOrNull(tally.abandonments, tally.completions + tally.abandonments) },
]);
