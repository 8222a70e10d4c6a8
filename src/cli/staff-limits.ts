/**
 * The number options of `procsim staff` held to the limits of the model language: a roster
 * of at most as many people as a pool may have, a non-negative hourly cost no larger than a
 * model's, and a bounded number of simulate-and-re-solve rounds.
 *
 * `procsim staff branch-counter.yaml --cost-per-hour -5` would make the "cheapest" roster the
 * largest one, and `--rounds 1e9` could simulate for days; both stop at once with exit code 2.
 */
import { wholeNumberProblem } from "../experiment/run-overrides.js";
import { LIMITS } from "../model/schema/limits.js";

/** Most simulate-and-re-solve rounds (each round simulates the whole roster once). */
export const MAX_STAFF_ROUNDS = 100;

/** The staff options these limits apply to. */
export interface StaffNumberArgs {
  readonly maxStaff: number;
  readonly rounds: number;
  readonly costPerHour?: number;
}

/** Messages for `--max-staff`, `--rounds` and `--cost-per-hour` outside their ranges (empty when all are valid). */
export function staffLimitProblems(args: StaffNumberArgs): string[] {
  const problems = [wholeNumberProblem("--max-staff", args.maxStaff, 0, LIMITS.capacity), wholeNumberProblem("--rounds", args.rounds, 1, MAX_STAFF_ROUNDS)];
  const cost = args.costPerHour;
  if (cost !== undefined && !(Number.isFinite(cost) && cost >= 0 && cost <= LIMITS.costPerHour)) {
    problems.push(`--cost-per-hour must be a number from 0 to ${LIMITS.costPerHour}, got ${cost}`);
  }
  return problems.filter((problem): problem is string => problem !== null);
}
