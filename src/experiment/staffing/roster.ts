/**
 * Shift rules, the shift types they allow, and rosters: how many people on which shift.
 *
 * "8-hour and 4-hour shifts starting on the half hour between opening and closing, 30 an
 * hour" allows 09:00-17:00, 09:00-13:00, 09:30-13:30, …; a roster such as
 * `5@09:00-17:00,3@11:00-15:00` puts 5 people on the first and 3 on the second, which gives
 * 5 tellers until 11:00, 8 until 15:00 and 5 until close (roster-windows.ts: the capacity
 * windows the simulation runs with). A 24/7 fraud line may also roster across midnight:
 * `3@22:00-06:00` is three agents from 22:00 to 06:00 of the next morning.
 */
import type { ShiftColumn } from "./cover.js";

/** Minutes in a day. */
const DAY = 1440;

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
  /**
   * Start of the break, on the shift's own times (minutes after the midnight before the
   * shift starts: past 1440 in a shift that crosses midnight), and its length (absent: no break).
   */
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
 * start. A shift with a break appears once per allowed break placement. With `overnight` (a
 * day with no closing: open 0, close 1440) a shift may run past midnight into the next day.
 */
export function shiftColumns(rules: ShiftRules, open: number, close: number, overnight = false): ShiftColumn[] {
  const lengths = [...new Set(rules.lengths)].sort((a, b) => a - b);
  const columns: ShiftColumn[] = [];
  for (let start = open; start < close; start += rules.startEvery) {
    for (const length of lengths) {
      if (overnight ? length > DAY : start + length > close) continue;
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

/**
 * `5@09:00-17:00/12:00-12:30,3@11:00-15:00` → roster lines (a break after the slash); a message
 * naming every malformed line otherwise. With `overnight` (a calendar with no closing) a shift
 * may end before its start time, on the next day: `3@22:00-06:00/02:00-02:30`.
 */
export function parseRoster(text: string, overnight = false): RosterShift[] | string {
  const parsed = text.split(",").map((part) => rosterLine(part, overnight));
  const problems = parsed.filter((line): line is string => typeof line === "string");
  return problems.length > 0 ? problems.join("; ") : (parsed as RosterShift[]);
}

/** One roster line, or what is wrong with it. */
function rosterLine(part: string, overnight: boolean): RosterShift | string {
  const match = /^\s*(\d+)\s*@\s*([\d:]+)\s*-\s*([\d:]+)\s*(?:\/\s*([\d:]+)\s*-\s*([\d:]+)\s*)?$/.exec(part);
  const [from, end] = match ? [minutesOf(match[2]), minutesOf(match[3])] : [Number.NaN, Number.NaN];
  if (!match || Number.isNaN(from) || Number.isNaN(end)) return `"${part.trim()}" is not COUNT@HH:MM-HH:MM (e.g. 5@09:00-17:00, with a break 5@09:00-17:00/12:00-12:30)`;
  if (!(end > from) && !(overnight && end < from)) {
    const night = overnight ? "" : "; a shift past midnight (e.g. 22:00-06:00) needs a calendar with no closing (calendar: always)";
    return `"${part.trim()}": the shift must end after it starts${night}`;
  }
  // A shift past midnight runs on the next day's clock: its own times go on past 1440.
  const own = (minute: number) => (end < from && minute < from ? minute + DAY : minute);
  const to = own(end);
  const line = { start: from, length: to - from, count: Number(match[1]) };
  if (match[4] === undefined) return line;
  const [breakFrom, breakTo] = [own(minutesOf(match[4])), own(minutesOf(match[5]))];
  if (!(breakTo > breakFrom && breakFrom >= from && breakTo <= to)) return `"${part.trim()}": the break must lie inside the shift and end after it starts`;
  return { ...line, breakStart: breakFrom, breakLength: breakTo - breakFrom };
}

/**
 * The roster as text, e.g. `5@09:00-17:00/12:00-12:30,3@11:00-15:00` (lines with nobody left
 * out); a shift past midnight reads `3@22:00-06:00`.
 */
export function formatRoster(roster: readonly RosterShift[]): string {
  // A shift's own times past midnight are the next day's clock; an end at midnight stays 24:00.
  const from = (minute: number) => clockOf(minute >= DAY ? minute - DAY : minute);
  const to = (minute: number) => clockOf(minute > DAY ? minute - DAY : minute);
  const breakText = (r: RosterShift) => (r.breakStart === undefined ? "" : `/${from(r.breakStart)}-${to(r.breakStart + (r.breakLength ?? 0))}`);
  return roster.filter((r) => r.count > 0).map((r) => `${r.count}@${from(r.start)}-${to(r.start + r.length)}${breakText(r)}`).join(",");
}
