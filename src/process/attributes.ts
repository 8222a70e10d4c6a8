/**
 * Case attributes at run time: drawn once per case when it arrives, stored per case slot in
 * one typed array, read by routes, priorities and durations.
 *
 * Loan application #812 of source "online" gets its amount from the stream (seed,
 * replication, "attribute", ["online", "amount"]) at counter 812 and its segment from the
 * stream of ["online", "segment"]: adding an attribute, a source or a step elsewhere changes
 * neither number, and the application has the same amount in the current and the proposed
 * model. A recorded source's columns give the values instead (the n-th recorded arrival's
 * cells; compile-recorded.ts). A categorical value is stored as its category code (-1: the source does not draw
 * it); a numeric one as the number (NaN: not drawn). Nothing is allocated per case.
 */
import { streamKey, STREAM_PURPOSES } from "../random/streams.js";
import { uniform01 } from "../random/counter-rng.js";
import type { CompiledAttributes } from "../model/compile/compile-attributes.js";
import type { RecordedValues } from "../model/compile/compile-recorded.js";
import type { CompiledModel } from "../model/compile/compiled.js";
import type { SimObserver } from "../stats/observer.js";
import { growFloat64 } from "../engine/typed-arrays.js";

const INITIAL_SLOTS = 64;

/** Element name of the stream of one attribute of one source. */
export function attributeElement(source: string, attribute: string): string {
  return JSON.stringify([source, attribute]);
}

/** The attribute values of every case in the system; see the module comment. */
export class CaseAttributes {
  /** Value of attribute a of the case in slot c at index c * count + a. */
  values: Float64Array;
  readonly count: number;
  private readonly table: CompiledAttributes;
  /** Stream keys by draw (as in the compiled draw table): [k0, k1] pairs, signed. */
  private readonly keys: Int32Array;
  /** By attribute: its index among the categorical attributes (the observer's numbering), or -1. */
  private readonly categoricalIndex: Int32Array;
  /** Values a case of each source starts with: NaN for numbers, -1 for categories. */
  private readonly blank: Float64Array;
  private readonly drawn = new Float64Array(1);
  /** By source: the values its recording gives (recorded sources with columns only). */
  private readonly recorded: readonly (RecordedValues | null)[] | null;

  /** Derives the stream keys of replication `replication` (allocates; once per run). */
  constructor(compiled: CompiledModel, table: CompiledAttributes, replication: number) {
    this.table = table;
    this.count = table.count;
    this.values = new Float64Array(INITIAL_SLOTS * table.count);
    this.keys = new Int32Array(2 * table.drawAttribute.length);
    compiled.sources.forEach((source, src) => {
      for (let d = table.drawStart[src]; d < table.drawStart[src + 1]; d++) {
        const element = attributeElement(source.name, table.names[table.drawAttribute[d]]);
        this.keys.set(streamKey(compiled.run.seed, replication, STREAM_PURPOSES.attribute, element), 2 * d);
      }
    });
    let k = 0;
    this.categoricalIndex = Int32Array.from(table.categorical, (c) => (c === 1 ? k++ : -1));
    this.blank = Float64Array.from(table.categorical, (c) => (c === 1 ? -1 : NaN));
    this.recorded = table.recorded?.some((r) => r !== null) ? table.recorded : null;
  }

  /**
   * Draws the attributes of the case in slot `c` (case `ordinal` of `source`), reports its
   * categories to the observer and returns its priority (`fixed` unless read from an attribute).
   */
  arrive(t: number, c: number, source: number, ordinal: number, fixed: number, observer: SimObserver): number {
    const table = this.table;
    const n = this.count;
    const base = c * n;
    if (base + n > this.values.length) this.values = growFloat64(this.values, Math.max(2 * this.values.length, base + n));
    const values = this.values;
    values.set(this.blank, base);
    for (let d = table.drawStart[source], end = table.drawStart[source + 1]; d < end; d++) {
      const a = table.drawAttribute[d];
      const sampler = table.drawSampler[d];
      if (sampler !== null) {
        sampler.sampleInto(this.drawn, 0, this.keys[2 * d], this.keys[2 * d + 1], ordinal, 0, 0);
        values[base + a] = this.drawn[0];
        continue;
      }
      const code = pickCategory(table.drawCumulative[d] as Float64Array, uniform01(this.keys[2 * d], this.keys[2 * d + 1], ordinal, 0, 0, 0));
      values[base + a] = code;
      observer.onCategory(t, c, this.categoricalIndex[a], code);
    }
    if (this.recorded !== null && this.recorded[source] !== null) this.fromRecording(t, c, this.recorded[source] as RecordedValues, ordinal, observer);
    return this.priorityOf(c, source, fixed);
  }

  /** Sets the recorded attributes of the case in slot `c`, arrival `ordinal` of its (replayed) recording. */
  private fromRecording(t: number, c: number, recording: RecordedValues, ordinal: number, observer: SimObserver): void {
    const base = c * this.count;
    for (let j = 0; j < recording.attributes.length; j++) {
      const a = recording.attributes[j];
      const column = recording.values[j];
      const value = column[ordinal % column.length];
      this.values[base + a] = value;
      if (this.categoricalIndex[a] >= 0 && value >= 0) observer.onCategory(t, c, this.categoricalIndex[a], value);
    }
  }

  /** Gives the case in slot `part` the attribute values of the case in slot `c` (a fork part). */
  copy(c: number, part: number): void {
    const n = this.count;
    if ((part + 1) * n > this.values.length) this.values = growFloat64(this.values, Math.max(2 * this.values.length, (part + 1) * n));
    this.values.copyWithin(part * n, c * n, c * n + n);
  }

  /** Value of attribute `a` of the case in slot `c`. */
  value(c: number, a: number): number {
    return this.values[c * this.count + a];
  }

  private priorityOf(c: number, source: number, fixed: number): number {
    const a = this.table.priorityAttribute[source];
    if (a < 0) return fixed;
    const v = this.values[c * this.count + a];
    const byCategory = this.table.priorityTable[source];
    if (byCategory === null) return v === v ? v : fixed;
    return byCategory[v >= 0 ? v : byCategory.length - 1];
  }
}

/** The category code whose cumulative share first exceeds `u`. */
export function pickCategory(cumulative: Float64Array, u: number): number {
  const last = cumulative.length - 1;
  for (let k = 0; k < last; k++) if (u < cumulative[k]) return k;
  return last;
}
