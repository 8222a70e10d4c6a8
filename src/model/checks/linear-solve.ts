/**
 * A small dense linear solver for the routing traffic equations.
 *
 * A loan factory with a dozen steps gives a 12×12 system; Gaussian elimination with partial
 * pivoting solves it exactly enough. A (near-)singular matrix — routing in which cases can
 * never leave — returns null instead of meaningless numbers.
 */

/** Pivots smaller than this count as zero (the matrix is singular). */
const SINGULAR = 1e-12;

/** Solves A x = b. Does not modify its arguments. Null when A is singular. */
export function solveLinearSystem(matrix: readonly Float64Array[], rhs: Float64Array): Float64Array | null {
  const n = rhs.length;
  const a = matrix.map((row) => Float64Array.from(row));
  const b = Float64Array.from(rhs);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    if (!(Math.abs(a[pivot][col]) > SINGULAR)) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    [b[col], b[pivot]] = [b[pivot], b[col]];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row][col] / a[col][col];
      if (factor === 0) continue;
      for (let k = col; k < n; k++) a[row][k] -= factor * a[col][k];
      b[row] -= factor * b[col];
    }
  }
  const x = new Float64Array(n);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k];
    x[row] = sum / a[row][row];
  }
  return x;
}
