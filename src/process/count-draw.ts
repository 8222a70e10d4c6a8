/**
 * Drawing a number of cases from a count (process side of source-types.ts CountSpec).
 *
 * A mail-room envelope holding 1, 2 or 3 applications with shares 70/20/10% becomes the
 * cumulative table [0.7, 0.9, 1]; a uniform of 0.83 gives 2 applications.
 */
import type { CountSpec } from "../model/compile/source-types.js";

/** A compiled count: values with cumulative shares (the last exactly 1). */
export class CountDraw {
  private readonly values: Float64Array;
  private readonly cumulative: Float64Array;

  constructor(count: CountSpec) {
    this.values = Float64Array.from(count.values);
    let running = 0;
    this.cumulative = Float64Array.from(count.shares, (share) => (running += share));
    // INVARIANT: the last cumulative share is 1, so a uniform in (0, 1) always lands.
    this.cumulative[this.cumulative.length - 1] = 1;
  }

  /** True when every draw gives the same count. */
  get fixed(): boolean {
    return this.values.length === 1;
  }

  /** The count for uniform `u` in (0, 1). */
  pick(u: number): number {
    const last = this.values.length - 1;
    for (let k = 0; k < last; k++) if (u < this.cumulative[k]) return this.values[k];
    return this.values[last];
  }
}
