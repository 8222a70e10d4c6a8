/**
 * Growing typed arrays: the case table and the event heap double their columns when a busy
 * day outgrows them (amortised, never per event), keeping what was stored.
 */

/** A copy of `array` in a new Int32Array of `size` elements (size ≥ array.length). */
export function growInt32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/** A copy of `array` in a new Float64Array of `size` elements (size ≥ array.length). */
export function growFloat64(array: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(size);
  bigger.set(array);
  return bigger;
}
