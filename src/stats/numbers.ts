/**
 * Clean numbers for result records: every value a report shows is finite or null.
 *
 * A branch where nobody completed a loan has no mean cycle time; the record says `null`,
 * never `NaN`, and a cost difference of "minus zero" prints as 0.
 */

/** `x` if finite (with -0 turned into 0), otherwise null. */
export function finiteOrNull(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  return x === 0 ? 0 : x;
}

/** `num / den`, or null when `den` is 0 or the result is not finite. */
export function ratioOrNull(num: number, den: number): number | null {
  if (den === 0) return null;
  return finiteOrNull(num / den);
}

/** `x` with -0 turned into 0 (for values known to be finite). */
export function positiveZero(x: number): number {
  return x === 0 ? 0 : x;
}
