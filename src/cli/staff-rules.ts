/**
 * The shift-rule options of `procsim staff` that take a small syntax: `--break 30min/6h` (a
 * 30-minute break in every shift of 6 hours or more, starting at least 2 hours after the
 * shift starts and ending at least 2 hours before it ends) and `--part-time 4h:30%` (shifts of
 * 4 hours or less are part-time, and part-timers are at most 30% of the people rostered).
 */
import type { BreakRule, PartTimeRule } from "../experiment/staffing/roster.js";
import { toShare } from "../model/schema/units.js";
import { parseHorizon } from "./experiment-options.js";

/** Minutes from the shift's start before a break may begin, and from a break's end to the shift's end. */
const BREAK_MARGIN = 120;

/** `30min/6h` → the break rule on the planning grid of `interval` minutes; a message when malformed. */
export function parseBreak(text: string, interval: number): BreakRule | string {
  const [length, minShift] = text.split("/").map((part) => parseHorizon(part ?? ""));
  if (!(length > 0 && minShift > length) || length % interval !== 0) {
    return `--break expects LENGTH/MIN-SHIFT with the length a whole number of ${interval}-min intervals, e.g. ${interval === 60 ? "1h" : `${interval}min`}/6h; got "${text}"`;
  }
  return { length, minShift, every: interval, earliest: BREAK_MARGIN, latestEnd: BREAK_MARGIN };
}

/** `4h:30%` → the part-time cap; a message when malformed. */
export function parsePartTime(text: string): PartTimeRule | string {
  const [length, share] = text.split(":");
  const rule = { maxLength: parseHorizon(length ?? ""), maxShare: share === undefined ? Number.NaN : toShare(share.trim()) };
  return rule.maxLength > 0 && rule.maxShare >= 0 && rule.maxShare <= 1 ? rule : `--part-time expects MAX-LENGTH:MAX-SHARE, e.g. 4h:30%; got "${text}"`;
}
