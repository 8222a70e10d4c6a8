/**
 * Admission KPIs (docs/model-language.md, Admission): blocked and balking customers, busy
 * signals, messages, retrials, customers lost for good and the share eventually served, for
 * all cases and per class; per step the blocked, overflowing, balking and abandoning cases,
 * the mean time to abandon and the messages left there. Reported only by models that
 * declare admission rules.
 *
 * 1,000 calls, 50 busy signals, 30 of them retried, 120 hang-ups of which 80 retry, 20
 * messages left: 1,110 attempts, blocked share 50/1,110 = 4.5%; customers lost for good
 * 20 + 40 = 60; eventually served 940 / (940 + 60) = 94%.
 */
import type { Welford } from "../welford.js";
import type { CaseFacts } from "./facts.js";
import { finiteOrNull, ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** Admission counts of one group of cases (all cases, or one class), in the window. */
export interface AdmissionGroupFacts {
  /** Arrivals plus retrials. */
  readonly attempts: number;
  /** Attempts blocked at a full step or by busy trunk lines (overflowed ones included). */
  readonly blocked: number;
  /** Attempts that found every trunk line busy. */
  readonly busySignals: number;
  /** Blocked attempts sent on to an overflow step. */
  readonly overflowed: number;
  readonly balked: number;
  readonly messages: number;
  readonly retrials: number;
  /** Customers who left unserved for good. */
  readonly lost: number;
}

/** Admission facts of a group with its case tally (completions). */
export interface AdmissionCaseFacts {
  readonly admission: AdmissionGroupFacts;
  readonly cases: CaseFacts;
}

/** Admission counts and accumulators of one step, in the window. */
export interface AdmissionStepFacts {
  readonly starts: number;
  readonly blocked: number;
  readonly overflowed: number;
  readonly balked: number;
  readonly abandoned: number;
  /** How long the cases that abandoned this step's line had waited there. */
  readonly abandonWaits: Welford;
  readonly messages: number;
  /** How long the callers who left a message had waited. */
  readonly messageWaits: Welford;
}

const meanOf = (w: Welford): number | null => finiteOrNull(w.meanOrNull() ?? NaN);

/** Scopes overall and class. */
export const ADMISSION_KPIS = kpiRecords<AdmissionCaseFacts>([
  { metric: "attempts", label: "Attempts, arrivals and retrials ({s})", labelZh: "尝试次数（到达与重试，{s}）", unit: "count", better: "neither",
    definition: "Arrivals plus retrials in the observation window: every call attempt.",
    value: ({ admission }) => admission.attempts },
  { metric: "blocked", label: "Blocked attempts ({s})", labelZh: "被拒尝试次数（{s}）", unit: "count", better: "lower",
    definition: "Attempts that found a step full (maxWaiting, maxInSystem) or every trunk line busy, including those sent to an overflow step.",
    value: ({ admission }) => admission.blocked },
  { metric: "blocked.share", label: "Share of attempts blocked ({s})", labelZh: "尝试被拒比例（{s}）", unit: "share", better: "lower",
    definition: "Blocked attempts divided by attempts.",
    value: ({ admission }) => ratioOrNull(admission.blocked, admission.attempts) },
  { metric: "busySignals", label: "Busy signals ({s})", labelZh: "忙音次数（{s}）", unit: "count", better: "lower",
    definition: "Attempts that found every trunk line busy.",
    value: ({ admission }) => admission.busySignals },
  { metric: "busySignal.share", label: "Busy-signal rate ({s})", labelZh: "忙音率（{s}）", unit: "share", better: "lower",
    definition: "Busy signals divided by attempts.",
    value: ({ admission }) => ratioOrNull(admission.busySignals, admission.attempts) },
  { metric: "balked", label: "Balking attempts ({s})", labelZh: "见队放弃次数（{s}）", unit: "count", better: "lower",
    definition: "Attempts that refused to join a line (balk rule).",
    value: ({ admission }) => admission.balked },
  { metric: "balk.share", label: "Share of attempts balking ({s})", labelZh: "见队放弃比例（{s}）", unit: "share", better: "lower",
    definition: "Balking attempts divided by attempts.",
    value: ({ admission }) => ratioOrNull(admission.balked, admission.attempts) },
  { metric: "messages", label: "Messages left ({s})", labelZh: "留言数（{s}）", unit: "count", better: "neither",
    definition: "Callers who accepted the offer to leave a message (they wait at the callback step instead).",
    value: ({ admission }) => admission.messages },
  { metric: "retrials", label: "Retrials ({s})", labelZh: "重试次数（{s}）", unit: "count", better: "lower",
    definition: "Attempts by customers trying again after a block, a balk or an abandonment.",
    value: ({ admission }) => admission.retrials },
  { metric: "lost", label: "Customers lost for good ({s})", labelZh: "永久流失客户数（{s}）", unit: "count", better: "lower",
    definition: "Customers who left unserved with no retrial left: blocked, balked, abandoned or sent away at closing.",
    value: ({ admission }) => admission.lost },
  { metric: "served.eventually.share", label: "Share of customers eventually served ({s})", labelZh: "最终获得服务的客户比例（{s}）", unit: "share", better: "higher",
    definition: "Completed cases divided by completed plus lost cases: of the customers whose fate is known, the share served, on any attempt.",
    value: ({ admission, cases }) => ratioOrNull(cases.tally.completions, cases.tally.completions + admission.lost) },
]);

/** Scope step. */
export const STEP_ADMISSION_KPIS = kpiRecords<AdmissionStepFacts>([
  { metric: "blocked", label: "Cases blocked at {s}", labelZh: "{s}被拒业务数", unit: "count", better: "lower",
    definition: "Cases that found the step full (maxWaiting or maxInSystem), lost, retrying or sent to its overflow step.",
    value: (f) => f.blocked },
  { metric: "overflowed", label: "Cases sent to overflow from {s}", labelZh: "{s}转溢出业务数", unit: "count", better: "lower",
    definition: "Blocked cases sent on to the step's overflow step (whenFull: { to }).",
    value: (f) => f.overflowed },
  { metric: "balked", label: "Cases balking at {s}", labelZh: "{s}见队放弃业务数", unit: "count", better: "lower",
    definition: "Cases that refused to join the step's line.",
    value: (f) => f.balked },
  { metric: "abandonments", label: "Cases abandoning {s}", labelZh: "{s}放弃业务数", unit: "count", better: "lower",
    definition: "Cases that gave up waiting in the step's line.",
    value: (f) => f.abandoned },
  { metric: "abandonment.share", label: "Abandonment rate at {s}", labelZh: "{s}放弃率", unit: "share", better: "lower",
    definition: "Cases abandoning the step's line divided by those plus the cases starting service there.",
    value: (f) => ratioOrNull(f.abandoned, f.abandoned + f.starts) },
  { metric: "waitTime.abandoned.mean", label: "Mean time to abandon at {s}", labelZh: "{s}平均放弃前等待时间", unit: "min", better: "neither",
    definition: "Mean time the cases that abandoned the step's line had waited there.",
    value: (f) => meanOf(f.abandonWaits) },
  { metric: "messages", label: "Messages left at {s}", labelZh: "{s}留言数", unit: "count", better: "neither",
    definition: "Callers who left the step's line to leave a message.",
    value: (f) => f.messages },
  { metric: "waitTime.message.mean", label: "Mean wait before leaving a message at {s}", labelZh: "{s}留言前平均等待时间", unit: "min", better: "neither",
    definition: "Mean time callers who left a message had waited in the step's line.",
    value: (f) => meanOf(f.messageWaits) },
]);
