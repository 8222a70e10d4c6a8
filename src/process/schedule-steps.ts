/**
 * Building weekly step functions from time windows: the arithmetic behind shift rosters,
 * opening hours and arrival-rate profiles.
 *
 * "3 tellers Mon-Fri 09:00-17:00 plus 2 more 11:30-14:00" is a list of weekly windows, each
 * adding its value while it lasts; summing them gives the roster as a step function of the
 * minute of the week. A window may run past midnight (a night shift 22:00-06:00) or past
 * Sunday midnight, in which case it wraps to Monday.
 */

import { MINUTES_PER_WEEK } from "../random/profiles.js";

export { MINUTES_PER_WEEK } from "../random/profiles.js";

/** Minutes in a day. */
export const MINUTES_PER_DAY = 24 * 60;

/** A weekly step function: value[i] holds on [starts[i], starts[i+1]) (the last to week end). */
export interface WeeklySteps {
  /** Segment starts in minutes since Monday 00:00; starts[0] = 0, strictly increasing. */
  readonly starts: readonly number[];
  readonly values: readonly number[];
}

/** A time window of the week that adds `value` while it lasts. */
export interface WeeklyWindow {
  /** Minutes since Monday 00:00 (may be ≥ a week: it is taken modulo the week). */
  readonly start: number;
  /** Exclusive end; end − start ≤ one week. */
  readonly end: number;
  readonly value: number;
}

/** Sums windows into a step function; overlapping windows add up. Values are 0 elsewhere. */
export function stepsFromWindows(windows: readonly WeeklyWindow[]): WeeklySteps {
  const deltas = new Map<number, number>();
  const add = (at: number, delta: number): void => {
    deltas.set(at, (deltas.get(at) ?? 0) + delta);
  };
  let atWeekStart = 0;
  for (const w of windows) {
    if (!(w.end > w.start) || w.value === 0) continue;
    const start = mod(w.start, MINUTES_PER_WEEK);
    const end = start + Math.min(w.end - w.start, MINUTES_PER_WEEK);
    add(start, w.value);
    if (end <= MINUTES_PER_WEEK) {
      add(end, -w.value);
    } else {
      // Wraps past Sunday midnight: active from Monday 00:00 to the wrapped end as well.
      atWeekStart += w.value;
      add(end - MINUTES_PER_WEEK, -w.value);
    }
  }
  add(0, atWeekStart);
  const points = [...deltas.keys()].filter((t) => t < MINUTES_PER_WEEK).sort((a, b) => a - b);
  const starts: number[] = [];
  const values: number[] = [];
  let level = 0;
  for (const t of points) {
    level += deltas.get(t) ?? 0;
    starts.push(t);
    values.push(roundLevel(level));
  }
  return mergeEqual({ starts, values });
}

/** Pointwise product of two weekly step functions (e.g. a daily profile times opening hours). */
export function multiplySteps(a: WeeklySteps, b: WeeklySteps): WeeklySteps {
  const points = [...new Set([...a.starts, ...b.starts])].sort((x, y) => x - y);
  const values = points.map((t) => valueOfSteps(a, t) * valueOfSteps(b, t));
  return mergeEqual({ starts: points, values });
}

/** Applies `f` to every value (e.g. "open" = level > 0), merging segments that become equal. */
export function mapSteps(steps: WeeklySteps, f: (value: number) => number): WeeklySteps {
  return mergeEqual({ starts: steps.starts, values: steps.values.map(f) });
}

/** The constant step function. */
export function constantSteps(value: number): WeeklySteps {
  return { starts: [0], values: [value] };
}

/** Value of a step function at a minute of the week (linear scan; build time only). */
export function valueOfSteps(steps: WeeklySteps, minute: number): number {
  let value = steps.values[0];
  for (let i = 0; i < steps.starts.length && steps.starts[i] <= minute; i++) value = steps.values[i];
  return value;
}

/**
 * Drops breakpoints that do not change the value (starts[0] = 0 is always kept; a missing
 * start at 0 is added with value 0).
 */
export function mergeEqual(steps: WeeklySteps): WeeklySteps {
  const starts: number[] = [];
  const values: number[] = [];
  const push = (start: number, value: number): void => {
    if (values.length > 0 && values[values.length - 1] === value) return;
    starts.push(start);
    values.push(value);
  };
  if (steps.starts.length === 0 || steps.starts[0] !== 0) push(0, 0);
  for (let i = 0; i < steps.starts.length; i++) push(steps.starts[i], steps.values[i]);
  return { starts, values };
}

/** Removes float dust from sums of window values (integers stay integers). */
function roundLevel(level: number): number {
  const rounded = Math.round(level);
  return Math.abs(level - rounded) < 1e-9 ? rounded : level;
}

function mod(x: number, m: number): number {
  return ((x % m) + m) % m;
}
