/**
 * A batch step's `batch:` block in normal form: times of day in minutes, sorted; maxWait in
 * minutes; the duration rule explicit.
 *
 * `batch: { size: 20, at: ["16:00", "11:00"], maxWait: 2h }` on "file vouchers" becomes size
 * 20, at [660, 960], maxWait 120, durationPer "batch". A block with no rule at all, a time
 * given twice or a maxWait of 0 is reported here, each at its own YAML path.
 */
import type { BatchRule, ModelPath } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import type { RawBatch } from "../schema/schema-batch.js";
import { timeOfDayToMinutes, toMinutes, type TimeUnit } from "../schema/units.js";

/** Normalises the batch block of the step at `stepPath`; problems are appended to `issues`. */
export function normalizeBatch(raw: RawBatch, stepPath: ModelPath, unit: TimeUnit, issues: IssueDraft[]): BatchRule {
  const path: ModelPath = [...stepPath, "batch"];
  if (raw.size === undefined && raw.at === undefined && raw.maxWait === undefined) issues.push(error("batchNoRule", path));
  return {
    size: raw.size ?? null,
    at: normalizeTimes(raw.at ?? [], [...path, "at"], issues),
    maxWait: raw.maxWait === undefined ? null : normalizeMaxWait(raw.maxWait, unit, [...path, "maxWait"], issues),
    durationPer: raw.durationPer ?? "batch",
    path,
  };
}

function normalizeTimes(times: readonly string[], path: ModelPath, issues: IssueDraft[]): number[] {
  const seen = new Map<number, string>();
  times.forEach((time, i) => {
    const minutes = timeOfDayToMinutes(time);
    const first = seen.get(minutes % 1440);
    if (first !== undefined) issues.push(error("batchAtDuplicate", [...path, i], { time, other: first }));
    else seen.set(minutes % 1440, time);
  });
  return [...seen.keys()].sort((a, b) => a - b);
}

function normalizeMaxWait(value: number | string, unit: TimeUnit, path: ModelPath, issues: IssueDraft[]): number {
  const minutes = toMinutes(value, unit);
  if (!(minutes > 0)) {
    issues.push(error("tooSmall", path, { found: value, minimum: 0, inclusive: false }));
    return 1;
  }
  return minutes;
}
