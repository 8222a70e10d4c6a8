/**
 * KPIs of parallel work (fork and join steps): per join, how long finished parts wait there
 * for their siblings and how long the parallel section takes; per branch, how long its
 * parts take and how often it is the critical one (the last back, which set the pace).
 *
 * The credit check and the valuation of a loan file run in parallel from "checks" to "checks
 * done": a mean parallel time of 3.2 h with a synchronisation delay of 1.1 h per part, and
 * the valuation critical in 80% of the files, says that shortening the valuation (not the
 * credit check) shortens the file's cycle time.
 */
import type { Welford } from "../welford.js";
import { finiteOrNull, ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** What one join observed in the window. */
export interface JoinFacts {
  /** Fork-to-release times of the cases the join released. */
  readonly spans: Welford;
  /** Total minutes the counted parts waited at the join, and how many parts were counted. */
  readonly syncDelay: number;
  readonly parts: number;
  /** Late parts withdrawn (k-of-n joins). */
  readonly withdrawn: number;
}

/** What one branch (by its first step) observed in the window. */
export interface BranchFacts {
  /** Fork-to-join times of its parts that reached the join. */
  readonly times: Welford;
  /** Releases of its join made by a part of this branch (the last part needed), and all releases of its join. */
  readonly critical: number;
  readonly releases: number;
}

/** The join family (scope step, subjects: join steps). */
export const JOIN_KPIS = kpiRecords<JoinFacts>([
  { metric: "join.parallelTime", label: "Mean time from the fork to {s}", labelZh: "从分支点到{s}的平均时间", unit: "min", better: "lower",
    definition: "Mean time from a case's fork to its release by the join (the parallel section of its cycle time), counted at the release.",
    value: (j) => finiteOrNull(j.spans.meanOrNull() ?? NaN) },
  { metric: "join.syncDelay", label: "Mean synchronisation delay at {s}", labelZh: "{s}平均同步等待时间", unit: "min", better: "lower",
    definition: "Mean time a part that counted for the join waited there for its siblings (0 for the part that released the case).",
    value: (j) => ratioOrNull(j.syncDelay, j.parts) },
  { metric: "join.withdrawn", label: "Late parts withdrawn at {s}", labelZh: "{s}撤回的迟到子任务数", unit: "count", better: "neither",
    definition: "Parts still under way when a first-k-of-n join released their case: withdrawn from their line, or after the activity in hand.",
    value: (j) => j.withdrawn },
]);

/** The branch family (scope step, subjects: the first steps of branches). */
export const BRANCH_KPIS = kpiRecords<BranchFacts>([
  { metric: "branch.time", label: "Mean time of the branch starting at {s}", labelZh: "始于{s}的分支平均时间", unit: "min", better: "lower",
    definition: "Mean time from the fork to the join of the parts of the branch that starts at the step (waits and work), counted when they reach the join.",
    value: (b) => finiteOrNull(b.times.meanOrNull() ?? NaN) },
  { metric: "branch.critical", label: "Share of joins decided by the branch starting at {s}", labelZh: "由始于{s}的分支决定汇合的比例", unit: "share", better: "neither",
    definition: "Share of the join's releases made by a part of this branch: the last part the join needed (the critical branch: its time set the case's).",
    value: (b) => ratioOrNull(b.critical, b.releases) },
]);
