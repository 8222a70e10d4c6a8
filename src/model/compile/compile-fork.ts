/**
 * The fork and join columns of the compiled step table.
 *
 * "checks" (step 3) forks into "credit check" (4) and "collateral valuation" (5) and meets at
 * "checks done" (6) with need 1: forkBranch holds [4, 5] from forkStart[3], partner[3] = 6,
 * partner[6] = 3 and joinNeed[6] = 1 (a join without `need` waits for all its branches).
 * Models without forks get empty branch slices, partner −1 and need 0 everywhere.
 */
import type { ModelPath, Step } from "./model.js";

/** The fork/join columns of `CompiledSteps`. */
export interface CompiledForkColumns {
  readonly forkStart: Int32Array;
  readonly forkBranch: Int32Array;
  readonly partner: Int32Array;
  readonly joinNeed: Int32Array;
}

/**
 * Compiles the forks of `steps`; `stepId` resolves a step name (and throws naming `where` when
 * it does not resolve: validation reports that first).
 */
export function compileForks(steps: readonly Step[], stepId: (name: string, where: ModelPath) => number): CompiledForkColumns {
  const n = steps.length;
  const forkStart = new Int32Array(n + 1);
  const branches: number[] = [];
  const partner = new Int32Array(n).fill(-1);
  const joinNeed = new Int32Array(n);
  steps.forEach((step, s) => {
    forkStart[s] = branches.length;
    if (step.fork === undefined) return;
    for (const name of step.fork.branches) branches.push(stepId(name, step.path));
    const join = stepId(step.fork.join, step.path);
    partner[s] = join;
    partner[join] = s;
    joinNeed[join] = steps[join].need ?? step.fork.branches.length;
  });
  forkStart[n] = branches.length;
  return { forkStart, forkBranch: Int32Array.from(branches), partner, joinNeed };
}
