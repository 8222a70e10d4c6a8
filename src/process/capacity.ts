/**
 * Capacity over time: how many units of a pool are rostered at each simulated minute.
 *
 * Four tellers 09:00-12:00 and six 12:00-14:00 on weekdays, none at night, is a weekly step
 * function; the engine asks for its value at time 0 and then wakes at each change point
 * (an EVENT_CAPACITY in the first same-time band).
 */

/** A piecewise-constant function of simulated time (minutes), as the engine consumes it. */
export interface CapacityTimeline {
  /** Units rostered at time t. */
  valueAt(t: number): number;
  /** The first time > t at which the value changes; Infinity when it never does. */
  nextChange(t: number): number;
}

/** A pool whose capacity never changes (24/7 operation without shifts). */
export class ConstantCapacity implements CapacityTimeline {
  /** `units` rostered at all times. */
  constructor(private readonly units: number) {}

  valueAt(): number {
    return this.units;
  }

  nextChange(): number {
    return Infinity;
  }
}
