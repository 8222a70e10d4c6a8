/**
 * The run-time state of batch steps: their release rules as typed arrays, the batch each is
 * collecting, and per batch its member list, phase and pending timer.
 *
 * "File vouchers" closes a batch at 20 vouchers or at 16:00. The first voucher of the day to
 * reach it opens batch #k (k = batches opened so far at that step, the batch's ordinal for its
 * random draws) and sets its timer to 16:00; vouchers 2 … 20 are appended to its member list.
 * A batch occupies a slot of the case table (so it can wait in a line for the filing clerk
 * like a case) but is never reported to the observer as a case.
 * NOTE: created only for models with batch steps; per-slot arrays grow by doubling with the
 * case table, never per event.
 */
import { growInt32 } from "../engine/typed-arrays.js";
import { STEP_BATCH, type CompiledModel } from "../model/compile/compiled.js";
import { streamKey, STREAM_PURPOSES } from "../random/streams.js";
import { stepSourceElement } from "./draws.js";

/** The batch is collecting cases. */
export const PHASE_COLLECTING = 0;
/** The batch is closed and waits in its step's line for resources. */
export const PHASE_WAITING = 1;
/** The batch is being processed. */
export const PHASE_PROCESSING = 2;

/** Why a batch was closed (the observer's `trigger`): its size was reached. */
export const TRIGGER_SIZE = 0;
/** One of its `at` times of day came. */
export const TRIGGER_AT = 1;
/** Its oldest case had waited `maxWait`. */
export const TRIGGER_MAX_WAIT = 2;
/** Nothing else could happen any more (a size rule alone, arrivals over): released at the end of the run. */
export const TRIGGER_END = 3;

const MINUTES_PER_DAY = 1440;
const INITIAL_SLOTS = 64;

/** Element name of a batch step's own streams: the step names itself as the source. */
export function batchElement(stepName: string): string {
  return stepSourceElement(stepName, `batch:${stepName}`);
}

/** See the module comment. */
export class BatchState {
  /** By step: the size rule (0 = none), maxWait (Infinity = none), durations per item (1). */
  readonly size: Int32Array;
  readonly maxWait: Float64Array;
  readonly perItem: Uint8Array;
  /** By step: the batch being collected (its slot), or -1. */
  readonly open: Int32Array;
  /** By step: batches opened so far (the next batch's ordinal). */
  readonly opened: Float64Array;
  /** By step: cases collected or in closed batches waiting for resources. */
  readonly waitingCases: Int32Array;
  /** By step: duration stream key pair of its batches. */
  readonly keys: Int32Array;
  /** By batch slot: first and last member, member count, phase, pending timer, TRIGGER_* of the timer. */
  first = new Int32Array(INITIAL_SLOTS);
  last = new Int32Array(INITIAL_SLOTS);
  count = new Int32Array(INITIAL_SLOTS);
  phase = new Int32Array(INITIAL_SLOTS);
  timer = new Int32Array(INITIAL_SLOTS);
  timerTrigger = new Int32Array(INITIAL_SLOTS);
  /** By case slot: the next member of its batch, or -1. */
  nextMember = new Int32Array(INITIAL_SLOTS);
  /** Where a batch's drawn duration is written (no boxing). */
  readonly drawn = new Float64Array(1);
  private readonly at: readonly Float64Array[];
  /** Working days of the model calendar (Mon..Sun), or null for 24/7. */
  private readonly days: readonly boolean[] | null;

  private constructor(compiled: CompiledModel, replication: number) {
    const { steps, model } = compiled;
    const n = steps.count;
    this.size = new Int32Array(n);
    this.maxWait = new Float64Array(n).fill(Infinity);
    this.perItem = new Uint8Array(n);
    this.open = new Int32Array(n).fill(-1);
    this.opened = new Float64Array(n);
    this.waitingCases = new Int32Array(n);
    this.keys = new Int32Array(2 * n);
    const at: Float64Array[] = [];
    model.steps.forEach((step, s) => {
      const rule = step.batch;
      at.push(Float64Array.from(rule?.at ?? []));
      if (steps.kind[s] !== STEP_BATCH) return;
      if (rule === undefined || rule === null) throw new Error(`batch step "${step.name}" has no batch rules`);
      this.size[s] = rule.size ?? 0;
      this.maxWait[s] = rule.maxWait ?? Infinity;
      this.perItem[s] = rule.durationPer === "item" ? 1 : 0;
      this.keys.set(streamKey(model.run.seed, replication, STREAM_PURPOSES.duration, batchElement(step.name)), 2 * s);
    });
    this.at = at;
    this.days = compiled.calendar.always ? null : compiled.calendar.days;
  }

  /** The batch state of a model with batch steps; null for a model without (nothing to pay). */
  static forModel(compiled: CompiledModel, replication: number): BatchState | null {
    return compiled.steps.kind.includes(STEP_BATCH) ? new BatchState(compiled, replication) : null;
  }

  /**
   * When a batch of step `s` opened at `t` is due by the clock: the first `at` time on a
   * working day after t (at t itself when `inclusive`: that instant's release has not run
   * yet), or t + maxWait if earlier. Sets `dueTrigger`; Infinity when neither rule is given.
   */
  dueTime(s: number, t: number, inclusive: boolean): number {
    const byWait = t + this.maxWait[s];
    const byClock = this.nextAt(s, t, inclusive);
    this.dueTrigger = byClock <= byWait ? TRIGGER_AT : TRIGGER_MAX_WAIT;
    return Math.min(byWait, byClock);
  }

  /** TRIGGER_* of the last `dueTime`. */
  dueTrigger = TRIGGER_AT;

  private nextAt(s: number, t: number, inclusive: boolean): number {
    const times = this.at[s];
    if (times.length === 0) return Infinity;
    const today = Math.floor(t / MINUTES_PER_DAY);
    // From yesterday: its "24:00" is today's midnight. At most a week on, every weekday has been seen.
    for (let day = today - 1; day <= today + 8; day++) {
      if (this.days !== null && !this.days[((day % 7) + 7) % 7]) continue;
      for (let i = 0; i < times.length; i++) {
        const due = day * MINUTES_PER_DAY + times[i];
        if (due > t || (inclusive && due === t)) return due;
      }
    }
    return Infinity;
  }

  /** Makes the per-slot arrays hold `slot`. */
  ensure(slot: number): void {
    if (slot < this.first.length) return;
    let size = this.first.length;
    while (size <= slot) size *= 2;
    this.first = growInt32(this.first, size);
    this.last = growInt32(this.last, size);
    this.count = growInt32(this.count, size);
    this.phase = growInt32(this.phase, size);
    this.timer = growInt32(this.timer, size);
    this.timerTrigger = growInt32(this.timerTrigger, size);
    this.nextMember = growInt32(this.nextMember, size);
  }

  /** Appends case `c` to batch `b`'s members. */
  append(b: number, c: number): void {
    this.ensure(c);
    this.nextMember[c] = -1;
    if (this.count[b] === 0) this.first[b] = c;
    else this.nextMember[this.last[b]] = c;
    this.last[b] = c;
    this.count[b]++;
  }
}
