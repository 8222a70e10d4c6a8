/**
 * Building blocks of the model schema: strict objects that remember their keys, tagged
 * unions, bounded numbers and the string formats (durations, times of day, percentages).
 *
 * A planner who types `capcity: 3` under `clerks` gets "unknown key "capcity"; did you mean
 * "capacity"?": strict objects tag zod's unrecognized-keys issue with the allowed keys so the
 * issue mapper can suggest the nearest one. Tagged unions let the mapper explain a failed
 * `duration` or `next` in the terms of the alternative the author meant.
 */
import { z } from "zod";
import { DURATION_PATTERN, PERCENT_PATTERN, TIME_OF_DAY_PATTERN } from "./units.js";

/** Prefix of the zod message that carries a strict object's allowed keys (JSON array). */
export const KEYS_TAG = "procsim-keys:";
/** Prefix of the zod message that names a tagged union. */
export const UNION_TAG = "procsim-union:";

/** A strict object: unknown keys are issues, tagged with the allowed keys for did-you-mean. */
export function strict<T extends z.ZodRawShape>(shape: T) {
  const tag = KEYS_TAG + JSON.stringify(Object.keys(shape));
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? tag : undefined),
  });
}

/** A union whose failure is tagged with `label` so the issue mapper can explain it. */
export function taggedUnion<const T extends readonly [z.ZodType, z.ZodType, ...z.ZodType[]]>(options: T, label: string) {
  return z.union(options, {
    error: (issue) => (issue.code === "invalid_union" ? UNION_TAG + label : undefined),
  });
}

/** A finite number in [min, max]. */
export function bounded(min: number, max: number) {
  return z.number().min(min).max(max);
}

/** A whole number in [min, max]. */
export function boundedInt(min: number, max: number) {
  return z.number().int().min(min).max(max);
}

/**
 * Parse options for a schema checked once per file: zod otherwise compiles a parser for each
 * object schema on its first parse (with new Function, which V8's code cache cannot keep),
 * which costs more than it saves when a process checks one model (~18 ms of CPU for the
 * call-centre scenario). The result is the same either way.
 */
export const PARSE_ONCE = { jitless: true } as const;

/** Largest magnitude accepted for any plain number in a model. */
export const MAX_PLAIN_NUMBER = 1e12;

/** A name of a step, pool, source, class or service level. */
export const NameSchema = z.string().min(1).max(200);

/** A duration string such as "30s", "5min", "1.5h", "2d". */
export const DurationString = z
  .string()
  .regex(DURATION_PATTERN)
  .describe('A duration with its unit: "30s", "5min", "1.5h", "2d".');

/** A time value: a duration string, or a bare number in the model's timeUnit. */
export const TimeValue = z
  .union([bounded(-MAX_PLAIN_NUMBER, MAX_PLAIN_NUMBER), DurationString])
  .describe('A time: a duration string such as "5min" or "2h", or a bare number in the model\'s timeUnit.');

/** A time of day "HH:MM", 00:00 to 24:00. */
export const TimeOfDay = z
  .string()
  .regex(TIME_OF_DAY_PATTERN)
  .describe('A time of day "HH:MM" (24-hour clock, "24:00" = midnight at the end of the day).');

/** A share: a number in [0, 1] or a percentage string "0%".."100%". */
export const Share = z
  .union([bounded(0, 1), z.string().regex(PERCENT_PATTERN)])
  .describe('A share: a number from 0 to 1, or a percentage such as "80%".');
