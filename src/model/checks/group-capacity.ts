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
 * (`simplex.ts`).
 */
import { maximise } from "./simplex.js";

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
  // Variables: per step and option the fraction of the step's visits it serves, then the carried share.
  const columns = offered.flatMap((s, i) => s.options.map((o) => ({ step: i, pool: o.pool, minutes: o.minutes * s.visits })));
  const n = columns.length + 1;
  const rows: number[][] = [];
  const rhs: number[] = [];
  offered.forEach((_, i) => {
    // carried − Σ fractions of step i ≤ 0: every visit counted as carried is served by some option.
    const row = new Array<number>(n).fill(0);
    columns.forEach((col, j) => (row[j] = col.step === i ? -1 : 0));
    row[n - 1] = 1;
    rows.push(row);
    rhs.push(0);
  });
  spare.forEach((minutes, p) => {
    // Σ pool-minutes of its options ≤ its spare time (scaled to 1 when it has any).
    const scale = minutes > 0 ? minutes : 1;
    rows.push([...columns.map((col) => (col.pool === p ? col.minutes / scale : 0)), 0]);
    rhs.push(minutes > 0 ? 1 : 0);
  });
  const objective = [...columns.map(() => 0), 1];
  return maximise(objective, rows, rhs)?.value ?? null;
}
