/**
 * Shift rules, the shift types they allow, and rosters: how many people on which shift.
 *
 * "8-hour and 4-hour shifts starting on the half hour between opening and closing, 30 an
 * hour" allows 09:00-17:00, 09:00-13:00, 09:30-13:30, …; a roster such as
 * `5@09:00-17:00,3@11:00-15:00` puts 5 people on the first and 3 on the second, which gives
 * 5 tellers until 11:00, 8 until 15:00 and 5 until close: the capacity windows the
 * simulation runs with.
 */
import type { ShiftColumn } from "./cover.js";

/** What shifts may be rostered. */
export interface ShiftRules {
  /** Allowed shift lengths, minutes. */
  readonly lengths: readonly number[];
  /** Shifts start on multiples of this many minutes after opening. */
  readonly startEvery: number;
  /** Cost of one person for one hour. */
  readonly costPerHour: number;
  /** Fewest people on duty in any interval of the open hours. */
  readonly minStaff: number;
  /** Most people on duty in any interval. */
  readonly maxStaff: number;
}

/** One line of a roster. */
export interface RosterShift {
  readonly start: number;
  readonly length: number;
  readonly count: number;
}

/** Every allowed shift inside [open, close), in canonical order: start, then length. */
export function shiftColumns(rules: ShiftRules, open: number, close: number): ShiftColumn[] {
  const lengths = [...new Set(rules.lengths)].sort((a, b) => a - b);
  const columns: ShiftColumn[] = [];
  for (let start = open; start < close; start += rules.startEvery) {
    for (const length of lengths) if (start + length <= close) columns.push({ start, length, cost: (rules.costPerHour * length) / 60 });
  }
  return columns;
}

/** Capacity windows of a roster over the intervals: consecutive equal staffing merged, zeros left out. */
export function rosterWindows(intervalStarts: readonly number[], width: number, staffing: readonly number[]): { from: number; to: number; capacity: number }[] {
  const windows: { from: number; to: number; capacity: number }[] = [];
  intervalStarts.forEach((start, i) => {
    const last = windows[windows.length - 1];
    if (staffing[i] === 0) return;
    if (last && last.to === start && last.capacity === staffing[i]) last.to = start + width;
    else windows.push({ from: start, to: start + width, capacity: staffing[i] });
  });
  return windows;
}

const clockPattern = /^(\d{1,2}):(\d{2})$/;
const minutesOf = (text: string) => {
  const match = clockPattern.exec(text.trim());
  return match && Number(match[1]) <= 24 && Number(match[2]) < 60 ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

/** "HH:MM" of minutes after midnight. */
export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(Math.round(minutes % 60)).padStart(2, "0")}`;
}

/** `5@09:00-17:00,3@11:00-15:00` → roster lines; a message when malformed. */
export function parseRoster(text: string): RosterShift[] | string {
  const lines: RosterShift[] = [];
  for (const part of text.split(",")) {
    const match = /^\s*(\d+)\s*@\s*([\d:]+)\s*-\s*([\d:]+)\s*$/.exec(part);
    const [from, to] = match ? [minutesOf(match[2]), minutesOf(match[3])] : [Number.NaN, Number.NaN];
    if (!match || !(to > from)) return `"${part.trim()}" is not COUNT@HH:MM-HH:MM (e.g. 5@09:00-17:00) with the end after the start`;
    lines.push({ start: from, length: to - from, count: Number(match[1]) });
  }
  return lines;
}

/** The roster as text, e.g. `5@09:00-17:00,3@11:00-15:00` (lines with nobody left out). */
export function formatRoster(roster: readonly RosterShift[]): string {
  return roster.filter((r) => r.count > 0).map((r) => `${r.count}@${clockOf(r.start)}-${clockOf(r.start + r.length)}`).join(",");
}
