/**
 * A small dense simplex method: maximise c·x subject to A x ≤ b, x ≥ 0, with b ≥ 0.
 *
 * The load check asks how much of the mortgage-advice work one specialist and ten universal
 * agents can carry when each pool serves only what its own staff can: a linear programme of
 * a few variables (one per step and pool option, and the carried fraction) and a row per
 * pool and step. b ≥ 0 makes the origin a starting vertex; Bland's rule (lowest index enters
 * and leaves) rules out cycling on the degenerate rows the step balances give.
 */

/** Reduced costs and ratios this close to 0 count as 0. */
const EPS = 1e-9;

/** Pivots before giving up (far more than a load check's programme needs). */
const MAX_PIVOTS = 10_000;

/** The optimum of a linear programme: its value and a solution. */
export interface LpOptimum {
  readonly value: number;
  readonly x: readonly number[];
}

/**
 * Maximises `c`·x subject to `a` x ≤ `b`, x ≥ 0 (every b ≥ 0). Returns the optimum, or an
 * infinite value when the objective is unbounded; null when the pivot limit is reached.
 */
export function maximise(c: readonly number[], a: readonly (readonly number[])[], b: readonly number[]): LpOptimum | null {
  const n = c.length;
  const m = b.length;
  const width = n + m + 1;
  const rows = a.map((row, i) => {
    const r = new Float64Array(width);
    row.forEach((v, j) => (r[j] = v));
    r[n + i] = 1;
    r[width - 1] = b[i];
    return r;
  });
  const objective = new Float64Array(width);
  c.forEach((v, j) => (objective[j] = -v));
  const basis = Array.from({ length: m }, (_, i) => n + i);
  for (let pivots = 0; pivots < MAX_PIVOTS; pivots++) {
    let enter = -1;
    for (let j = 0; j < n + m && enter < 0; j++) if (objective[j] < -EPS) enter = j;
    if (enter < 0) {
      const x = new Array<number>(n).fill(0);
      basis.forEach((v, i) => {
        if (v < n) x[v] = rows[i][width - 1];
      });
      return { value: objective[width - 1], x };
    }
    let leave = -1;
    for (let i = 0; i < m; i++) {
      if (!(rows[i][enter] > EPS)) continue;
      if (leave < 0) {
        leave = i;
        continue;
      }
      const ratio = rows[i][width - 1] / rows[i][enter];
      const best = rows[leave][width - 1] / rows[leave][enter];
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leave])) leave = i;
    }
    if (leave < 0) return { value: Number.POSITIVE_INFINITY, x: new Array<number>(n).fill(0) };
    pivot(rows, objective, leave, enter);
    basis[leave] = enter;
  }
  return null;
}

function pivot(rows: Float64Array[], objective: Float64Array, leave: number, enter: number): void {
  const row = rows[leave];
  const p = row[enter];
  for (let j = 0; j < row.length; j++) row[j] /= p;
  const eliminate = (r: Float64Array): void => {
    const f = r[enter];
    if (f === 0) return;
    for (let j = 0; j < r.length; j++) r[j] -= f * row[j];
  };
  rows.forEach((r, i) => {
    if (i !== leave) eliminate(r);
  });
  eliminate(objective);
}
