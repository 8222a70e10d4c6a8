/**
 * Time away KPIs: the time cases sent home at closing (end-of-day rule sendAway with comeBack)
 * spend away before they come back at the next opening — the part of the cycle time that is
 * neither a wait in a line nor handling.
 *
 * A courier drop of 10 files at 16:00 meets one clerk at 10 minutes a file: 6 are handled by
 * 17:00, 4 are sent home after waiting 60 minutes and come back at 09:00 (16 hours, 960
 * minutes, away). Over the 10 files: mean wait 45 (the 4 count their 60 minutes of the
 * evening and their morning wait), handling 10, time away 4 × 960 / 10 = 384 — together the
 * mean cycle time of 439. The 4 files are 4 cases come back per closing at the clerk's step.
 */
import { ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** Minutes away of the cases that came back (in the window), and what they are divided by. */
export interface AwayFacts {
  /** Sum of the minutes away, counted when the case comes back. */
  readonly awaySum: number;
  /** Completed cases (overall scope) or visits to the step (step scope). */
  readonly per: number;
}

/** Time away from one step, and how many cases came back to it per closing. */
export interface StepAwayFacts extends AwayFacts {
  /** Cases that came back to the step (in the window), and the step's closings. */
  readonly cameBack: number;
  readonly closings: number;
}

/** Time away of all cases (scope overall). */
export const AWAY_KPIS = kpiRecords<AwayFacts>([
  { metric: "awayTime.mean", label: "Mean time away, sent home and coming back ({s})", labelZh: "被请离后返回前的平均离开时间（{s}）", unit: "min", better: "lower",
    definition: "Minutes cases sent away at closing spent away before coming back at the next opening (sendAway with comeBack), divided by the completed cases. Mean wait + handling + time away (+ time between steps) = mean cycle time.",
    value: (f) => ratioOrNull(f.awaySum, f.per) },
]);

/** Time away from a step (scope step). */
export const STEP_AWAY_KPIS = kpiRecords<StepAwayFacts>([
  { metric: "awayTime.mean", label: "Mean time away per visit to {s} (sent home, coming back)", labelZh: "{s}每次访问的平均离开时间（被请离后返回）", unit: "min", better: "lower",
    definition: "Minutes cases sent away from the step at closing spent away before coming back to it, divided by the visits to the step; the wait before being sent away is in the step's wait.",
    value: (f) => ratioOrNull(f.awaySum, f.per) },
  { metric: "comeBack.perClosing", label: "Cases sent home per closing that come back to {s}", labelZh: "{s}每次营业结束被请离并于下次营业返回的业务数", unit: "cases", better: "lower",
    definition: "Cases sent away from the step at closing (waiting then, or reaching it while closed) that came back at its next opening, divided by the step's closings (the come-back work each night). Their visit's service level is filed by when they first reached the step, so work that reached it after closing belongs to no time slot.",
    value: (f) => ratioOrNull(f.cameBack, f.closings) },
]);
