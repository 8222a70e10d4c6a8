/**
 * KPIs of work sent elsewhere by outages (docs/model-language.md, Unplanned downtime, `interrupted:
 * send`): the activities a pool's failures took away to the `sendTo` step, their share of the
 * activities interrupted, and the waiting cases sent along.
 *
 * The RPA bots failed 4 times in a week with 9 payment files in progress: all 9 went on to
 * manual keying (share 100%), and with `sendWaiting: true` the 23 files in the bots' line too.
 */
import { ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** Work a sending pool's failures moved elsewhere in the observation window. */
export interface SentElsewhereFacts {
  /** Activities in progress at its failures (sent or not). */
  readonly interrupted: number;
  /** Activities sent out of the pool to the sendTo step. */
  readonly sentActive: number;
  /** Cases sent out of the lines of the pool's steps (sendWaiting). */
  readonly sentWaiting: number;
}

/** The sent-elsewhere family (scope pool). */
export const SENT_ELSEWHERE_KPIS = kpiRecords<SentElsewhereFacts>([
  { metric: "sentElsewhere", label: "Activities sent elsewhere by outages of {s}", unit: "count", better: "lower",
    definition: "Activities in progress on the pool when it failed that went on to its sendTo step (counted among the activities interrupted).",
    value: (f) => f.sentActive },
  { metric: "sentElsewhere.share", label: "Share of interrupted activities sent elsewhere from {s}", unit: "share", better: "lower",
    definition: "Activities sent elsewhere divided by the activities interrupted by the pool's failures.",
    value: (f) => ratioOrNull(f.sentActive, f.interrupted) },
  { metric: "sentElsewhere.waiting", label: "Waiting cases sent elsewhere by outages of {s}", unit: "count", better: "lower",
    definition: "Cases waiting in the lines of the pool's steps when it failed that went on to its sendTo step (sendWaiting: true).",
    value: (f) => f.sentWaiting },
]);
