/**
 * When a replication's observation starts: the end of the warm-up, or the first moment
 * anything can happen, whichever is later.
 *
 * A branch open 09:00–17:00 from Monday, its tellers rostered from 09:00, simulated from
 * Monday 00:00: nothing can arrive or be rostered before 09:00, so the day's time averages
 * (mean cases in process, mean rostered tellers) are taken from 09:00, not over nine empty
 * hours of the night before. A pool rostered from 08:30 to set up, or a 24/7 pool, moves the
 * start earlier (to 0 for the latter); so does a recorded arrival before opening.
 */
import type { CompiledModel } from "../model/compile/compiled.js";
import type { RunTimelines } from "../process/timelines.js";
import { MINUTES_PER_DAY } from "../model/schema/units.js";

/** Roster changes looked through for a pool's first rostered minute before giving up (start at 0). */
const MAX_CHANGES = 10_000;

/** The first time ≥ 0 at which a capacity timeline is above zero (Infinity: never). */
function firstRostered(capacity: RunTimelines["capacity"][number]): number {
  let t = 0;
  for (let changes = 0; t < Infinity && !(capacity.valueAt(t) > 0); changes++) {
    if (changes >= MAX_CHANGES) return 0;
    t = capacity.nextChange(t);
  }
  return t;
}

/** The first working day (0 = Monday, the run's first day) of a calendar's week; 0 when none is. */
function firstWorkingDay(days: readonly boolean[]): number {
  const d = days.indexOf(true);
  return d < 0 ? 0 : d;
}

/**
 * The earliest time anything can happen in a replication: the calendar's first opening (arrivals
 * come only while it is open), the first rostered minute of each pool, the earliest recorded
 * arrival; 0 for scheduled drops (their times are not read here) or a 24/7 calendar.
 */
export function earliestActivity(compiled: CompiledModel, timelines: RunTimelines): number {
  const { model } = compiled;
  if (timelines.hours === null) return 0;
  let earliest = timelines.hours.nextOpening(0);
  for (const capacity of timelines.capacity) earliest = Math.min(earliest, firstRostered(capacity));
  for (const source of model.arrivals) {
    if (source.drops !== undefined && source.drops.length > 0) return 0;
    const recorded = source.recorded;
    if (recorded !== undefined && recorded !== null && recorded.time.length > 0) {
      earliest = Math.min(earliest, firstWorkingDay(model.calendar.days) * MINUTES_PER_DAY + recorded.time.reduce((a, b) => Math.min(a, b), Infinity));
    }
  }
  return Number.isFinite(earliest) ? Math.max(0, earliest) : 0;
}

/** Where a replication's observation starts: after the warm-up, and not before anything can happen. */
export function observationStart(compiled: CompiledModel, timelines: RunTimelines): number {
  return Math.max(compiled.run.warmup, earliestActivity(compiled, timelines));
}
