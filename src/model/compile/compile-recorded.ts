/**
 * A recording's attribute columns as the engine reads them: per column, the attribute id and
 * one value per recorded arrival (a category code, or the number; -1 / NaN for an empty cell).
 *
 * Tuesday's `segment` column [retail, sme, retail] with segment's codes retail = 0, sme = 1
 * becomes attribute 1 with values [0, 1, 0]; arrival k of the source gets value k (modulo the
 * recording's length when it repeats).
 */
import type { Model } from "./model.js";

/** The recorded attribute values of one source. */
export interface RecordedValues {
  /** Attribute id of each column. */
  readonly attributes: Int32Array;
  /** By column: one value per recorded arrival. */
  readonly values: readonly Float64Array[];
}

/** True when attribute `name` of source `src` comes from its recording (it is then not drawn). */
export function isRecordedAttribute(model: Model, src: number, name: string): boolean {
  return model.arrivals[src].recorded?.columns.some((column) => column.attribute === name) ?? false;
}

/** The recorded values by source (null for sources without a recording with columns). */
export function compileRecordedValues(model: Model, id: (name: string) => number, categories: readonly (readonly string[])[]): (RecordedValues | null)[] {
  return model.arrivals.map((source) => {
    const columns = source.recorded?.columns ?? [];
    if (columns.length === 0) return null;
    return {
      attributes: Int32Array.from(columns, (column) => id(column.attribute)),
      values: columns.map((column) => {
        const codes = categories[id(column.attribute)] ?? [];
        return Float64Array.from(column.values, (value) => {
          if (typeof value === "string") return codes.indexOf(value);
          return value === null ? (codes.length > 0 ? -1 : NaN) : value;
        });
      }),
    };
  });
}
