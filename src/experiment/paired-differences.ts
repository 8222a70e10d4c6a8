/**
 * Paired differences of two simulations run on common random numbers, with the precision
 * the pairing bought.
 *
 * Replication k of "account opening today" and replication k of "RPA data entry" saw the
 * same customers arrive with the same needs; the difference of their mean waits varies
 * far less from replication to replication than either wait does, so the paired interval
 * is much narrower than an unpaired one. `varianceReduction` says by how much: the
 * unpaired half-width divided by the paired one (3 means the pairing bought the precision
 * of 9× as many replications).
 */
import type { KpiDifference } from "../stats/result-types.js";
import { compareRuns } from "../stats/summarise.js";
import type { Simulation } from "./simulate.js";

/** A paired KPI difference with the precision bought by pairing. */
export interface PairedKpiDifference extends KpiDifference {
  /**
   * Unpaired (Welch) half-width / paired half-width: > 1 when common random numbers helped.
   * Null when either is undefined or the paired half-width is 0 (identical replications).
   */
  readonly varianceReduction: number | null;
}

/** Unpaired / paired half-width; null when undefined or the paired width is 0. */
export function varianceReductionOf(difference: KpiDifference): number | null {
  const paired = difference.diff.halfWidth;
  const unpaired = difference.unpairedHalfWidth;
  if (unpaired === null || paired === null || paired === 0) return null;
  return unpaired / paired;
}

/**
 * Differences (proposed − current) for every KPI the two runs share, in the current run's
 * KPI order; KPIs only one side has (a removed step's waits) are left out.
 * INVARIANT: both runs hold the same replication indices in the same order.
 */
export function pairedDifferences(current: Simulation, proposed: Simulation): PairedKpiDifference[] {
  const sameReps =
    current.repResults.length === proposed.repResults.length &&
    current.repResults.every((rep, i) => rep.replication === proposed.repResults[i].replication);
  if (!sameReps) throw new Error("invariant violated: paired runs must hold the same replication indices");
  const differences = compareRuns({ result: current, reps: current.repResults }, { result: proposed, reps: proposed.repResults });
  return differences.map((difference) => ({ ...difference, varianceReduction: varianceReductionOf(difference) }));
}
