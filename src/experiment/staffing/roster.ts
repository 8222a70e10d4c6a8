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

/**
 * A break in long shifts: shifts of at least `minShift` minutes take one break of `length`
 * minutes, starting on the planning grid (`every`) no earlier than `earliest` minutes after the
 * shift starts and ending no later than `latestEnd` minutes before it ends. Each allowed
 * placement is a separate shift type, so the cover staggers breaks across the team. Breaks are
 * paid (a shift costs its whole length).
 */
export interface BreakRule {
  readonly length: number;
  readonly minShift: number;
  readonly every: number;
  readonly earliest: number;
  readonly latestEnd: number;
}

/** Part-time shifts (at most `maxLength` minutes) may be at most `maxShare` of the people rostered. */
export interface PartTimeRule {
  readonly maxLength: number;
  readonly maxShare: number;
}

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
  /** A break in long shifts (default none). */
  readonly breaks?: BreakRule;
  /** A cap on part-time shifts (default none). */
  readonly partTime?: PartTimeRule;
}

/** One line of a roster. */
export interface RosterShift {
  readonly start: number;
  readonly length: number;
  readonly count: number;
  /** Start of the break, minutes after midnight, and its length (absent: no break). */
  readonly breakStart?: number;
  readonly breakLength?: number;
}

/** The break starts a shift of `length` from `start` may take (none when it is too short for one). */
function breakStarts(rule: BreakRule | undefined, start: number, length: number): number[] {
  if (!rule || length < rule.minShift) return [];
  const first = start + rule.earliest;
  const last = start + length - rule.latestEnd - rule.length;
  const starts: number[] = [];
  for (let t = Math.ceil((first - start) / rule.every) * rule.every + start; t <= last; t += rule.every) starts.push(t);
  if (starts.length > 0) return starts;
  return [start + Math.floor((length - rule.length) / 2 / rule.every) * rule.every];
}

/**
 * Every allowed shift inside [open, close), in canonical order: start, then length, then break
 * start. A shift with a break appears once per allowed break placement.
 */
export function shiftColumns(rules: ShiftRules, open: number, close: number): ShiftColumn[] {
  const lengths = [...new Set(rules.lengths)].sort((a, b) => a - b);
  const columns: ShiftColumn[] = [];
  for (let start = open; start < close; start += rules.startEvery) {
    for (const length of lengths) {
      if (start + length > close) continue;
      const cost = (rules.costPerHour * length) / 60;
      const partTime = rules.partTime !== undefined && length <= rules.partTime.maxLength;
      const breaks = breakStarts(rules.breaks, start, length);
      if (breaks.length === 0) columns.push({ start, length, cost, partTime });
      for (const breakStart of breaks) columns.push({ start, length, cost, partTime, breakStart, breakLength: rules.breaks?.length });
    }
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

/** `5@09:00-17:00/12:00-12:30,3@11:00-15:00` → roster lines (a break after the slash); a message when malformed. */
export function parseRoster(text: string): RosterShift[] | string {
  const lines: RosterShift[] = [];
  for (const part of text.split(",")) {
    const match = /^\s*(\d+)\s*@\s*([\d:]+)\s*-\s*([\d:]+)\s*(?:\/\s*([\d:]+)\s*-\s*([\d:]+)\s*)?$/.exec(part);
    const [from, to] = match ? [minutesOf(match[2]), minutesOf(match[3])] : [Number.NaN, Number.NaN];
    if (!match || !(to > from)) return `"${part.trim()}" is not COUNT@HH:MM-HH:MM (e.g. 5@09:00-17:00, with a break 5@09:00-17:00/12:00-12:30) with the end after the start`;
    const line = { start: from, length: to - from, count: Number(match[1]) };
    if (match[4] === undefined) {
      lines.push(line);
      continue;
    }
    const [breakFrom, breakTo] = [minutesOf(match[4]), minutesOf(match[5])];
    if (!(breakTo > breakFrom && breakFrom >= from && breakTo <= to)) return `"${part.trim()}": the break must lie inside the shift and end after it starts`;
    lines.push({ ...line, breakStart: breakFrom, breakLength: breakTo - breakFrom });
  }
  return lines;
}

/** The roster as text, e.g. `5@09:00-17:00/12:00-12:30,3@11:00-15:00` (lines with nobody left out). */
export function formatRoster(roster: readonly RosterShift[]): string {
  const breakText = (r: RosterShift) => (r.breakStart === undefined ? "" : `/${clockOf(r.breakStart)}-${clockOf(r.breakStart + (r.breakLength ?? 0))}`);
  return roster.filter((r) => r.count > 0).map((r) => `${r.count}@${clockOf(r.start)}-${clockOf(r.start + r.length)}${breakText(r)}`).join(",");
}
