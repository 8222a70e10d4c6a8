/**
 * KPIs of work sent elsewhere by outages (docs/model-language.md, Unplanned downtime, `interrupted:
 * send`): the activities a pool's failures took away to the `sendTo` step, their share of the
 * activities started on the pool, and the waiting cases sent along.
 *
 * The RPA bots failed 4 times in a week with 9 of the 1,200 payment files they started in
 * progress: 9 went on to manual keying (share 0.75%), and with `sendWaiting: true` the 23 files
 * in the bots' line too.
 */
import { ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** Work a sending pool's failures moved elsewhere in the observation window. */
export interface SentElsewhereFacts {
  /** Activities started at the steps that need the pool. */
  readonly started: number;
  /** Activities sent out of the pool to the sendTo step. */
  readonly sentActive: number;
  /** Cases sent out of the lines of the pool's steps (sendWaiting). */
  readonly sentWaiting: number;
}

/** The sent-elsewhere family (scope pool). */
export const SENT_ELSEWHERE_KPIS = kpiRecords<SentElsewhereFacts>([
  { metric: "sentElsewhere", label: "Activities sent elsewhere by outages of {s}", labelZh: "{s}停机转出作业数", unit: "count", better: "lower",
    definition: "Activities in progress on the pool when it failed that went on to its sendTo step (counted among the activities interrupted).",
    value: (f) => f.sentActive },
  { metric: "sentElsewhere.share", label: "Share of activities at {s} sent elsewhere", labelZh: "{s}停机转出作业占比", unit: "share", better: "lower",
    definition: "Activities sent elsewhere divided by the activities started at the steps that need the pool, both in the window: θ/(θ+μ) for exponential up times (rate θ) and services (rate μ).",
    value: (f) => ratioOrNull(f.sentActive, f.started) },
  { metric: "sentElsewhere.waiting", label: "Waiting cases sent elsewhere by outages of {s}", labelZh: "{s}停机转出排队案件数", unit: "count", better: "lower",
    definition: "Cases waiting in the lines of the pool's steps when it failed that went on to its sendTo step (sendWaiting: true).",
    value: (f) => f.sentWaiting },
]);
