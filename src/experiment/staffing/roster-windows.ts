/**
 * The capacity windows a roster gives its pool, at the minutes its people come, go and take
 * their breaks: the shift plan the simulation runs with.
 *
 * `5@09:00-17:00/12:15-12:45,3@11:00-15:00` at the branch gives 5 tellers 09:00-11:00, 8 until
 * 12:15, 3 until 12:45 (the five are on their break), 8 until 15:00 and 5 until closing — never
 * a whole planning interval off for a half-hour break. On a 24/7 fraud line, `3@22:00-06:00`
 * puts three agents on 22:00-24:00 and 00:00-06:00 of every day.
 */
import type { Model } from "../../model/compile/model.js";
import { applyEdit } from "../../model/overlays/edits.js";
import { onDutyAt } from "./cover.js";
import type { RosterShift } from "./roster.js";

/** Minutes in a day. */
const DAY = 1440;

/** A stretch of the day with a fixed number of people on duty. */
export interface CapacityWindow {
  readonly from: number;
  readonly to: number;
  readonly capacity: number;
}

/**
 * The day's capacity windows of a roster within [open, close) (0 and 1440 for a day with no
 * closing, where a shift past midnight goes on from 00:00): the people on duty between each
 * two edges of a shift or a break, consecutive equal stretches merged, stretches with nobody
 * left out.
 */
export function rosterCapacityWindows(roster: readonly RosterShift[], open: number, close: number): CapacityWindow[] {
  const edges = roster.flatMap((r) => {
    const own = [r.start, r.start + r.length, ...(r.breakStart === undefined ? [] : [r.breakStart, r.breakStart + (r.breakLength ?? 0)])];
    return own.map((minute) => minute % DAY);
  });
  const cuts = [...new Set([open, close, ...edges.filter((edge) => edge > open && edge < close)])].sort((a, b) => a - b);
  const windows: { from: number; to: number; capacity: number }[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k], cuts[k + 1]];
    const capacity = roster.reduce((sum, r) => sum + (onDutyAt(r, from) ? r.count : 0), 0);
    const last = windows[windows.length - 1];
    if (capacity === 0) continue;
    if (last && last.to === from && last.capacity === capacity) last.to = to;
    else windows.push({ from, to, capacity });
  }
  return windows;
}

/** The hours a roster may cover: the calendar's open hours, or the whole day when it never closes. */
export function rosterDay(model: Model): [number, number] {
  return model.calendar.always ? [0, DAY] : [model.calendar.open, model.calendar.close];
}

/** The model with the roster as the pool's shift plan, at the roster's own minutes (breaks included). */
export function withRoster(model: Model, pool: string, roster: readonly RosterShift[]): Model {
  const [open, close] = rosterDay(model);
  return applyEdit(model, { kind: "poolShifts", pool, shifts: rosterCapacityWindows(roster, open, close) });
}
