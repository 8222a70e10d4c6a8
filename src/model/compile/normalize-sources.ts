/**
 * Counts and scheduled drops in normal form.
 *
 * `count: { 20: 50%, 40: 50% }` becomes { values: [20, 40], shares: [0.5, 0.5] }; `count:
 * 30` becomes { values: [30], shares: [1] }; the courier's `{ at: "10:00", count: 30 }`
 * becomes a drop at minute 600 of every working day, checked against the opening hours.
 */
import type { Calendar, ModelPath } from "./model.js";
import type { CountSpec, ScheduledDrop } from "./source-types.js";
import type { RawCount, RawDrops } from "../schema/schema-sources.js";
import { error, type IssueDraft } from "../source/issues.js";
import { formatTimeOfDay, timeOfDayToMinutes, toShare } from "../schema/units.js";

/** A count in normal form; problems go to `issues` (the placeholder is then one case). */
export function normalizeCount(raw: RawCount, path: ModelPath, issues: IssueDraft[]): CountSpec {
  const placeholder: CountSpec = { values: [1], shares: [1] };
  let values: number[];
  let weights: number[];
  if (typeof raw === "number") {
    if (raw === 0) issues.push(error("countAlwaysZero", path));
    return { values: [raw], shares: [1] };
  }
  if ("empirical" in raw && typeof raw.empirical === "object") {
    values = [...raw.empirical.values];
    weights = raw.empirical.weights ? [...raw.empirical.weights] : values.map(() => 1);
    if (weights.length !== values.length || !(weights.reduce((a, b) => a + b, 0) > 0)) {
      issues.push(error("countWeights", [...path, "empirical", "weights"]));
      return placeholder;
    }
  } else {
    const entries = Object.entries(raw as Record<string, number | string>);
    values = entries.map(([k]) => Number(k));
    weights = entries.map(([, share]) => toShare(share));
    const total = weights.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-9) {
      issues.push(error("countSharesSum", path, { total }));
      return placeholder;
    }
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => w / total);
  if (values.every((k, i) => k === 0 || shares[i] === 0)) issues.push(error("countAlwaysZero", path));
  return { values, shares };
}

/** The drops of a source; a drop outside the calendar's opening hours is an error. */
export function normalizeDrops(raw: RawDrops, calendar: Calendar, path: ModelPath, issues: IssueDraft[]): ScheduledDrop[] {
  return raw.map((drop, i) => {
    const at = timeOfDayToMinutes(drop.at);
    const where = [...path, i];
    if (!calendar.always && (at < calendar.open || at >= calendar.close)) {
      issues.push(error("dropOutsideHours", [...where, "at"], { at: drop.at, open: formatTimeOfDay(calendar.open), close: formatTimeOfDay(calendar.close) }));
    }
    return { at, count: normalizeCount(drop.count, [...where, "count"], issues), path: where };
  });
}
