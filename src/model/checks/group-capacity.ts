/**
 * How much of the servedBy work a group of pools can carry, each pool serving only what its
 * own staff can.
 *
 * Mortgage advice, 20 calls an hour, served by one specialist (6 min) or ten universal agents
 * (66 min): the specialist serves at most 60 / 6 = 10 calls an hour and the agents 10 × 60 /
 * 66 = 9.09, so the pair keeps up with at most 19.09 of the 20 (95.45%): overloaded, although
 * at the specialist's speed the work would need 2 of their 11 servers. In general a shared
 * step's visits are split over its options, a visit by option o taking o's units × mean
 * duration of its pool's time, and the pools' other steps take theirs first; the largest
 * fraction of every shared step's visits that fits in each pool's time is a linear programme
 * (solved by javascript-lp-solver: pure JavaScript, so the check stays synchronous).
 */
import lpSolver, { type SolveResult, type SolverAPI } from "javascript-lp-solver";

// NOTE: the package's types declare its default export for ES modules; under CommonJS
// resolution TypeScript reads it as `.default`, though both loaders hand over the solver itself.
const solver = lpSolver as unknown as SolverAPI;

/** A shared step: its visits a week and, per option, the pool and the pool-minutes a visit takes. */
export interface SharedStepLoad {
  readonly visits: number;
  readonly options: readonly { readonly pool: number; readonly minutes: number }[];
}

/**
 * The largest fraction of each shared step's visits the pools can serve together, with
 * `spare[p]` minutes of pool p's time left by its other work (all ≥ 0): above 1 when they
 * keep up, infinite when the steps take no time; null when the programme does not solve.
 */
export function carriedShare(steps: readonly SharedStepLoad[], spare: readonly number[]): number | null {
  const offered = steps.filter((s) => s.visits > 0);
  if (offered.length === 0) return Number.POSITIVE_INFINITY;
  // Variables: per step and option the fraction of the step's visits it serves, and the carried share.
  const variables: Record<string, Record<string, number>> = { carried: { carried: 1 } };
  const constraints: Record<string, { max: number }> = {};
  offered.forEach((step, i) => {
    // carried − Σ fractions of step i ≤ 0: every visit counted as carried is served by some option.
    variables.carried[`step ${i}`] = 1;
    constraints[`step ${i}`] = { max: 0 };
    step.options.forEach((option, k) => {
      // Σ pool-minutes of its options ≤ its spare time (scaled to 1 when it has any).
      const scale = spare[option.pool] > 0 ? spare[option.pool] : 1;
      variables[`step ${i} option ${k}`] = { [`step ${i}`]: -1, [`pool ${option.pool}`]: (option.minutes * step.visits) / scale };
    });
  });
  spare.forEach((minutes, p) => (constraints[`pool ${p}`] = { max: minutes > 0 ? 1 : 0 }));
  const solution = solver.Solve({ optimize: "carried", opType: "max", constraints, variables }) as SolveResult;
  if (solution.bounded === false) return Number.POSITIVE_INFINITY;
  return solution.feasible ? solution.result : null;
}
