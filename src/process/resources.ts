/**
 * Resource pools at run time: rostered capacity and busy units per pool, and the
 * all-or-nothing seize/release of a step's needs.
 *
 * The back office has 4 clerks 08:00-12:00 and 2 afterwards. At 12:00 capacity drops to 2
 * while 3 clerks are still busy: nobody is interrupted; each finishes the case in hand and
 * then leaves, so `busy` may exceed `capacity` until enough of them have finished. A step
 * that needs one clerk and one manager seizes both at once or waits for both.
 * INVARIANT: a seize happens only when busy + units ≤ capacity for every pool it needs.
 */
import type { SimObserver } from "../stats/observer.js";
import type { CompiledSteps } from "../model/compiled.js";

/** Busy units and capacity per pool, reporting every change to the observer. */
export class PoolLevels {
  /** Rostered capacity per pool (units). */
  readonly capacity: Float64Array;
  /** Units currently held per pool. */
  readonly busy: Float64Array;
  private readonly steps: CompiledSteps;
  private readonly observer: SimObserver;

  /** All pools start idle with capacity 0 until `setCapacity` is called. */
  constructor(poolCount: number, steps: CompiledSteps, observer: SimObserver) {
    this.capacity = new Float64Array(poolCount);
    this.busy = new Float64Array(poolCount);
    this.steps = steps;
    this.observer = observer;
  }

  /** True when every need of `step` fits into its pool's free capacity now. */
  canSeize(step: number): boolean {
    const { needStart, needPool, needUnits } = this.steps;
    for (let i = needStart[step], end = needStart[step + 1]; i < end; i++) {
      const pool = needPool[i];
      if (this.busy[pool] + needUnits[i] > this.capacity[pool]) return false;
    }
    return true;
  }

  /** Takes every need of `step` (the caller checked `canSeize`). */
  seize(t: number, step: number): void {
    const { needStart, needPool, needUnits } = this.steps;
    for (let i = needStart[step], end = needStart[step + 1]; i < end; i++) {
      const pool = needPool[i];
      this.busy[pool] += needUnits[i];
      this.observer.onPoolLevel(t, pool, this.busy[pool], this.capacity[pool]);
    }
  }

  /** Gives back every need of `step`. */
  release(t: number, step: number): void {
    const { needStart, needPool, needUnits } = this.steps;
    for (let i = needStart[step], end = needStart[step + 1]; i < end; i++) {
      const pool = needPool[i];
      this.busy[pool] -= needUnits[i];
      this.observer.onPoolLevel(t, pool, this.busy[pool], this.capacity[pool]);
    }
  }

  /** Sets the rostered capacity of `pool` (busy units are never interrupted). */
  setCapacity(t: number, pool: number, capacity: number): void {
    this.capacity[pool] = capacity;
    this.observer.onPoolLevel(t, pool, this.busy[pool], capacity);
  }
}
