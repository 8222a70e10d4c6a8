/**
 * Work after the case left: in a first-of join (need 1 of 2, or k of n), the late parts that
 * are at work when the join releases the case finish the activity in hand, and those collected
 * in a batch go through it (their wait for the batch to start, then its processing). That work is real
 * (staff are busy) but is not the case's time in process, so it is kept out of the step's
 * share and reported here.
 *
 * A loan file forks into a credit check and a valuation (each 60 minutes on average,
 * exponential) and goes on when the first is back (30 minutes on average). The other part's
 * remaining 30 minutes on average are work after the file left: each step reads 30 minutes
 * per visit after the case left, and a share of 30 / 40 = 75% of the file's 40 minutes.
 */
import type { StepFacts } from "./facts.js";
import { ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** Late work at a step (scope step; models with a first-of join). */
export const LATE_WORK_KPIS = kpiRecords<StepFacts>([
  { metric: "lateWork.mean", label: "Work after the case left per visit to {s}", labelZh: "{s}每次访问中业务离开后的处理时间", unit: "min", better: "neither",
    definition: "Minutes at the step of late parts of a first-of join after the join released their case (they finish the work in hand, or go through the batch they are collected in), divided by the visits to the step; not in the step's share of time in process.",
    value: (s) => ratioOrNull(s.lateWork.area, s.visits) },
]);
