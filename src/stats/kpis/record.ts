/**
 * The shape of one KPI: a record that carries its metric name, label, unit, better direction,
 * a definition in words and the function that computes its value from a replication's
 * collected data (the "facts" of its scope).
 *
 * "Mean wait at the counter" is the record of metric `waitTime.mean` in the step family: label
 * "Mean wait at {s}", unit min, lower is better, and `value` reads the counter's wait
 * accumulator. A record without `value` does not type-check, so no KPI can be listed in a
 * report without a calculation behind it.
 */
import type { KpiDef, KpiUnit } from "../result-types.js";
import type { ValueRange } from "../value-range.js";

/** Which direction is an improvement. */
export type Better = KpiDef["better"];

/** One KPI of a family whose subjects are described by facts of type F. */
export interface KpiRecord<F> {
  /** Metric name, unique within its scope, e.g. `waitTime.mean`. */
  readonly metric: string;
  /** Label template; `{s}` is replaced by the subject ("all cases", "class walk-in", a step name). */
  readonly label: string;
  /** The label in Simplified Chinese, same `{s}` ("{s}平均等待时间"); a test requires it on every record. */
  readonly labelZh?: string;
  readonly unit: KpiUnit;
  /**
   * The values the KPI can take where its unit's range (`unitRange`) does not hold: a share
   * that passes 1, like occupancy with overtime. Absent: the unit's range.
   */
  readonly range?: ValueRange;
  readonly better: Better;
  /** What the number is, in words, for docs/kpis.md. */
  readonly definition: string;
  /** The value for one subject of one replication; null where undefined (nothing observed). */
  readonly value: (facts: F) => number | null;
}

/** Identity helper that fixes the facts type of a list of records. */
export function kpiRecords<F>(records: readonly KpiRecord<F>[]): readonly KpiRecord<F>[] {
  return records;
}
