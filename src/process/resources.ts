/**
 * Resource pools at run time: rostered capacity and busy units per pool, and the
 * all-or-nothing seize/release of a step's needs.
 *
 * The back office has 4 clerks 08:00-12:00 and 2 afterwards. At 12:00 capacity drops to 2
 * while 3 clerks are still busy: nobody is interrupted; each finishes the case in hand and
 * then leaves, so `busy` may exceed `capacity` until enough of them have finished. A step
 * that needs one clerk and one manager seizes both at once or waits for both.
 * After closing, staff who stay to serve the waiting customers (end-of-day rule `serve`)
 * give the pool an overtime capacity while its rostered capacity is 0: seizes use
 * `capacity`, the observer is told `rostered`, so busy > rostered is the overtime worked.
 * INVARIANT: a seize happens only when busy + units ≤ capacity for every pool it needs.
 * NOTE: levels are reported once per event, net of changes within it (`flush`): a release
 * that is immediately taken up by a waiting case at the same instant is not reported at
 * all. Zero-duration intermediate levels carry no weight in any time-weighted statistic.
 */
import type { SimObserver } from "../stats/observer.js";
import type { CompiledSteps } from "../model/compile/compiled.js";

/** Busy units and capacity per pool, reporting net changes to the observer. */
export class PoolLevels {
  /** Units that may be seized per pool: the rostered capacity, or the staff staying in overtime. */
  readonly capacity: Float64Array;
  /** Rostered capacity per pool (units), as reported to the observer. */
  readonly rostered: Float64Array;
  /** Units currently held per pool. */
  readonly busy: Float64Array;
  /** 1 while a pool is down (unplanned downtime): nothing can seize it, whatever its roster. */
  readonly down: Uint8Array;
  /** Number of pools changed since the last `flush`. */
  changedCount = 0;
  private readonly steps: CompiledSteps;
  private readonly observer: SimObserver;
  private readonly reportedBusy: Float64Array;
  private readonly reportedCapacity: Float64Array;
  private readonly changed: Int32Array;
  private readonly isChanged: Uint8Array;

  /** All pools start idle with capacity 0 until `setCapacity` is called. */
  constructor(poolCount: number, steps: CompiledSteps, observer: SimObserver) {
    this.capacity = new Float64Array(poolCount);
    this.rostered = new Float64Array(poolCount);
    this.busy = new Float64Array(poolCount);
    this.down = new Uint8Array(poolCount);
    this.steps = steps;
    this.observer = observer;
    // NaN never equals a level, so the first flush reports every pool's initial level.
    this.reportedBusy = new Float64Array(poolCount).fill(NaN);
    this.reportedCapacity = new Float64Array(poolCount).fill(NaN);
    this.changed = new Int32Array(poolCount);
    this.isChanged = new Uint8Array(poolCount);
  }

  /** Reports every pool whose level differs from what was last reported, at time t. */
  flush(t: number): void {
    for (let i = 0; i < this.changedCount; i++) {
      const pool = this.changed[i];
      this.isChanged[pool] = 0;
      const busy = this.busy[pool];
      const capacity = this.rostered[pool];
      if (busy === this.reportedBusy[pool] && capacity === this.reportedCapacity[pool]) continue;
      this.reportedBusy[pool] = busy;
      this.reportedCapacity[pool] = capacity;
      this.observer.onPoolLevel(t, pool, busy, capacity);
    }
    this.changedCount = 0;
  }

  private markChanged(pool: number): void {
    if (this.isChanged[pool] !== 0) return;
    this.isChanged[pool] = 1;
    this.changed[this.changedCount++] = pool;
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
  seize(step: number): void {
    const { needStart, needPool, needUnits } = this.steps;
    for (let i = needStart[step], end = needStart[step + 1]; i < end; i++) {
      const pool = needPool[i];
      this.busy[pool] += needUnits[i];
      this.markChanged(pool);
    }
  }

  /** Gives back every need of `step`. */
  release(step: number): void {
    const { needStart, needPool, needUnits } = this.steps;
    for (let i = needStart[step], end = needStart[step + 1]; i < end; i++) {
      const pool = needPool[i];
      this.busy[pool] -= needUnits[i];
      this.markChanged(pool);
    }
  }

  /** Keeps `units` of `pool` busy beyond their step (a seize held across steps). */
  hold(pool: number, units: number): void {
    this.busy[pool] += units;
    this.markChanged(pool);
  }

  /** Takes `units` of one pool (a skills step's chosen pool; the caller checked they are free). */
  seizeUnits(pool: number, units: number): void {
    this.busy[pool] += units;
    this.markChanged(pool);
  }

  /** Gives back `units` of `pool` held across steps. */
  giveBack(pool: number, units: number): void {
    this.busy[pool] -= units;
    this.markChanged(pool);
  }

  /** Gives back `units` of one pool. */
  releaseUnits(pool: number, units: number): void {
    this.busy[pool] -= units;
    this.markChanged(pool);
  }

  /** Sets the rostered capacity of `pool`, ending any overtime (busy units are never interrupted). */
  setCapacity(pool: number, capacity: number): void {
    this.capacity[pool] = this.down[pool] !== 0 ? 0 : capacity;
    this.rostered[pool] = capacity;
    this.markChanged(pool);
  }

  /** Lets `units` staff of `pool` stay beyond the roster (overtime); the rostered level is unchanged. */
  setOvertime(pool: number, units: number): void {
    this.capacity[pool] = this.down[pool] !== 0 ? 0 : units;
  }

  /** Marks `pool` down (nothing can seize it) or up again (its rostered capacity returns). */
  setDown(pool: number, down: boolean): void {
    this.down[pool] = down ? 1 : 0;
    this.capacity[pool] = down ? 0 : this.rostered[pool];
  }
}
