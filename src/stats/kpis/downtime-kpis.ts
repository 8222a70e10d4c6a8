/**
 * Unplanned downtime KPIs of a pool that fails at random (docs/model-language.md, Unplanned
 * downtime): availability, failures, activities interrupted and the work they lost waiting
 * for repairs.
 *
 * The core banking system was down 3 times for 62 minutes in a 5-day week (7,200 minutes):
 * availability 99.1%; the 14 applications being keyed in when it failed waited 4.1 hours in
 * all for the repairs.
 */
import { positiveZero, ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** Downtime of one pool in the observation window. */
export interface DowntimeFacts {
  /** Minutes down within the window. */
  readonly downMinutes: number;
  /** Length of the window, minutes. */
  readonly windowMinutes: number;
  readonly failures: number;
  readonly interrupted: number;
  /** Minutes the interrupted activities waited for repairs. */
  readonly delayMinutes: number;
}

/** The downtime family (scope pool). */
export const DOWNTIME_KPIS = kpiRecords<DowntimeFacts>([
  { metric: "availability", label: "Availability of {s}", labelZh: "{s}可用率", unit: "share", better: "higher",
    definition: "Share of the observation window (clock time, closed hours included) in which the pool was not down.",
    value: (f) => (f.windowMinutes > 0 ? positiveZero(1 - f.downMinutes / f.windowMinutes) : null) },
  { metric: "failures", label: "Failures of {s}", labelZh: "{s}故障次数", unit: "count", better: "lower",
    definition: "Times the pool failed in the observation window.",
    value: (f) => f.failures },
  { metric: "downtime.mean", label: "Mean repair time of {s}", labelZh: "{s}平均修复时间", unit: "min", better: "lower",
    definition: "Minutes down in the window divided by the failures in it.",
    value: (f) => ratioOrNull(f.downMinutes, f.failures) },
  { metric: "interrupted", label: "Activities interrupted at {s}", labelZh: "{s}被中断作业数", unit: "count", better: "lower",
    definition: "Activities in progress on the pool when it failed (they resume or restart after the repair).",
    value: (f) => f.interrupted },
  { metric: "outageDelay.hours", label: "Work hours held up by outages of {s}", labelZh: "{s}停机延误工时", unit: "count", better: "lower",
    definition: "Hours the interrupted activities waited for repairs, summed over activities (counted when the repair ends).",
    value: (f) => positiveZero(f.delayMinutes / 60) },
]);
