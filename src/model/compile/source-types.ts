/**
 * Source kinds beyond a rate in the normalised model: a recording replayed as it happened,
 * drops at fixed times, and the number of cases an arrival brings.
 *
 * Last Tuesday at the Riverside branch (212 customers, each with its segment) becomes one
 * `RecordedArrivals`: arrival k came on recording day day[k] at time[k] minutes after
 * midnight; the courier's 10:00 delivery of 30 files is one `ScheduledDrop` with count
 * { values: [30], shares: [1] }.
 */
import type { ModelPath } from "./model.js";

/** A number of cases: `values[i]` with probability `shares[i]` (shares add up to 1). */
export interface CountSpec {
  readonly values: readonly number[];
  readonly shares: readonly number[];
}

/** One attribute column of a recording: a value per arrival, null where the cell is empty. */
export interface RecordedColumn {
  readonly attribute: string;
  /** Numbers for a numeric attribute, category names for a categorical one. */
  readonly values: readonly (number | string | null)[];
}

/** Arrivals replayed from a CSV file, sorted by (day, time), ties in file order. */
export interface RecordedArrivals {
  /** The file as written in the model. */
  readonly file: string;
  /** Days the recording covers (the last recorded day number). */
  readonly days: number;
  /** Per arrival: its recording day, 0-based. */
  readonly day: readonly number[];
  /** Per arrival: minutes after midnight. */
  readonly time: readonly number[];
  readonly columns: readonly RecordedColumn[];
  readonly afterRecording: "stop" | "repeat";
  /** True when afterRecording was left out (stop by default). */
  readonly afterRecordingDefault?: boolean;
  readonly path: ModelPath;
}

/** Cases dropped at a time of day on every working day of the calendar. */
export interface ScheduledDrop {
  /** Minutes after midnight. */
  readonly at: number;
  readonly count: CountSpec;
  readonly path: ModelPath;
}

/** Mean and second moment of a count: E[K] and E[K²]. */
export function countMoments(count: CountSpec): { mean: number; second: number } {
  let mean = 0;
  let second = 0;
  count.values.forEach((k, i) => {
    mean += k * count.shares[i];
    second += k * k * count.shares[i];
  });
  return { mean, second };
}
