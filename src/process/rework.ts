/**
 * Errors and rework at run time: which errors a case carries, whether a visit's work is
 * wrong, whether a checking step finds a pending error, and where the case goes then.
 *
 * Application #812 leaves data entry (errors 3%, to correction) with its error draw 0.011:
 * its work there is wrong, and it carries a pending data-entry error. At the end of review
 * (detects data entry with p = 0.9) the detection draw is 0.42 < 0.9: the error is found and
 * cleared, and #812 goes to correction instead of review's own next step; its rework time
 * runs until it enters review again. A case that leaves still carrying an error reports it
 * as escaped. Draws come from the streams ("error", [step, source]) at (ordinal, visit) and
 * ("detect", [checking step, origin, source]) at (ordinal, visit), so a case gets the same
 * error and detection numbers in the current and the proposed model. A fork's part starts
 * with no pending error; a step in its branch finds only that branch's errors, and at the
 * join the part's errors and rework become its case's (a withdrawn part's work is dropped).
 * NOTE: one instance per replication, created only for models with errors; every array is
 * sized by case slot and grows with the case table, so nothing is allocated per event.
 */
import { uniform01 } from "../random/counter-rng.js";
import { streamKey, STREAM_PURPOSES } from "../random/streams.js";
import type { CompiledModel } from "../model/compile/compiled.js";
import type { CompiledRework } from "../model/compile/compile-rework.js";
import { growFloat64, growInt32 } from "../engine/typed-arrays.js";
import type { Simulation } from "./simulation.js";

/** `afterStep`'s answer when no error was found: the step's own route applies. */
export const NO_REWORK = -2;

const INITIAL_SLOTS = 64;

/** Per-case error state of one replication; see the module comment. */
export class ReworkRun {
  readonly table: CompiledRework;
  /** 1 where case slot c carries a pending error of step s: index c * steps + s. */
  private pending: Uint8Array;
  /** Times each case was sent to rework. */
  private reworks: Int32Array;
  /** The step a case in rework returns to (the one that first found its error); -1 = not in rework. */
  private returnStep: Int32Array;
  private reworkSince: Float64Array;
  private reworkTime: Float64Array;
  private readonly stepCount: number;
  private readonly sourceCount: number;
  /** Keys by step * sourceCount + source: [k0, k1] pairs (signed, see draws.ts). */
  private readonly errorKeys: Int32Array;
  /** Keys by detect entry * sourceCount + source. */
  private readonly detectKeys: Int32Array;

  /** Derives the error and detection streams of replication `replication` (allocates; once per run). */
  constructor(compiled: CompiledModel, table: CompiledRework, replication: number) {
    this.table = table;
    const { steps, sources, run } = compiled;
    this.stepCount = steps.count;
    this.sourceCount = sources.length;
    this.errorKeys = new Int32Array(2 * steps.count * sources.length);
    this.detectKeys = new Int32Array(2 * table.detectFrom.length * sources.length);
    const element = (...names: string[]): string => JSON.stringify(names);
    sources.forEach((source, src) => {
      for (let s = 0; s < steps.count; s++) {
        if (table.hasErrors[s] !== 0) {
          const key = streamKey(run.seed, replication, STREAM_PURPOSES.error, element(steps.names[s], source.name));
          this.errorKeys.set(key, 2 * (s * sources.length + src));
        }
        for (let i = table.detectStart[s]; i < table.detectStart[s + 1]; i++) {
          const origin = steps.names[table.detectFrom[i]];
          const detect = streamKey(run.seed, replication, STREAM_PURPOSES.detect, element(steps.names[s], origin, source.name));
          this.detectKeys.set(detect, 2 * (i * sources.length + src));
        }
      }
    });
    this.pending = new Uint8Array(INITIAL_SLOTS * this.stepCount);
    this.reworks = new Int32Array(INITIAL_SLOTS);
    this.returnStep = new Int32Array(INITIAL_SLOTS);
    this.reworkSince = new Float64Array(INITIAL_SLOTS);
    this.reworkTime = new Float64Array(INITIAL_SLOTS);
  }

  /** A new case occupies slot `c`: it carries no error and has no rework yet. */
  arrive(c: number): void {
    if (c >= this.reworks.length) this.grow(2 * Math.max(c + 1, this.reworks.length));
    const pending = this.pending;
    for (let i = c * this.stepCount, end = i + this.stepCount; i < end; i++) pending[i] = 0;
    this.reworks[c] = 0;
    this.returnStep[c] = -1;
    this.reworkTime[c] = 0;
  }

  /**
   * Case `c` has finished its visit to step `s`: draws its error (if `s` makes errors), then
   * checks each pending error `s` detects. Returns the step the first error found sends it to,
   * or NO_REWORK.
   */
  afterStep(sim: Simulation, c: number, s: number): number {
    const table = this.table;
    const cases = sim.cases;
    const n = this.stepCount;
    const source = cases.source[c];
    const ordinal = cases.ordinal[c];
    const visit = cases.visits[c * n + s] - 1;
    // A fork's part draws with its part number folded into the visit word (docs/architecture.md).
    const drawVisit = visit + cases.visitOffset[c];
    if (table.hasErrors[s] !== 0) {
      const at = 2 * (s * this.sourceCount + source);
      const wrong = uniform01(this.errorKeys[at], this.errorKeys[at + 1], ordinal, drawVisit, 0, 0) < table.errorRate[s];
      if (wrong) this.pending[c * n + s] = 1;
      sim.observer.onStepError(sim.now, c, cases.cls[c], s, visit, wrong);
    }
    let target = NO_REWORK;
    for (let i = table.detectStart[s], end = table.detectStart[s + 1]; i < end; i++) {
      const origin = table.detectFrom[i];
      if (this.pending[c * n + origin] === 0) continue;
      const at = 2 * (i * this.sourceCount + source);
      if (!(uniform01(this.detectKeys[at], this.detectKeys[at + 1], ordinal, drawVisit, 0, 0) < table.detectP[s])) continue;
      this.pending[c * n + origin] = 0;
      sim.observer.onErrorFound(sim.now, c, cases.cls[c], s, origin);
      if (target === NO_REWORK) target = table.errorTo[origin];
    }
    if (target !== NO_REWORK) this.sendToRework(sim.now, c, s);
    return target;
  }

  private sendToRework(t: number, c: number, s: number): void {
    this.reworks[c]++;
    if (this.returnStep[c] >= 0) return;
    this.returnStep[c] = s;
    this.reworkSince[c] = t;
  }

  /** Case `c` enters step `s`: back at the step that sent it to rework, its rework ends. */
  entered(sim: Simulation, c: number, s: number): void {
    if (this.returnStep[c] !== s) return;
    this.reworkTime[c] += sim.now - this.reworkSince[c];
    this.returnStep[c] = -1;
  }

  /**
   * Part `p` is back at its join: its pending errors become its case `c`'s (a part's wrong
   * work is the case's), and its rework loops and time (a loop still open ends now) are added.
   */
  partJoined(t: number, p: number, c: number): void {
    const n = this.stepCount;
    const pending = this.pending;
    for (let s = 0; s < n; s++) if (pending[p * n + s] !== 0) pending[c * n + s] = 1;
    if (this.returnStep[p] >= 0) {
      this.reworkTime[p] += t - this.reworkSince[p];
      this.returnStep[p] = -1;
    }
    this.reworks[c] += this.reworks[p];
    this.reworkTime[c] += this.reworkTime[p];
  }

  /** Case `c` is leaving done: reports its escaped errors and its rework summary. */
  leave(sim: Simulation, c: number): void {
    const t = sim.now;
    const cls = sim.cases.cls[c];
    const n = this.stepCount;
    const visits = sim.cases.visits;
    let total = 0;
    for (let s = 0; s < n; s++) {
      total += visits[c * n + s];
      if (this.pending[c * n + s] !== 0) sim.observer.onErrorEscaped(t, c, cls, s);
    }
    if (this.returnStep[c] >= 0) this.entered(sim, c, this.returnStep[c]);
    sim.observer.onCaseRework(t, c, cls, total, this.reworks[c], this.reworkTime[c]);
  }

  private grow(size: number): void {
    const pending = new Uint8Array(size * this.stepCount);
    pending.set(this.pending);
    this.pending = pending;
    this.reworks = growInt32(this.reworks, size);
    this.returnStep = growInt32(this.returnStep, size);
    this.reworkSince = growFloat64(this.reworkSince, size);
    this.reworkTime = growFloat64(this.reworkTime, size);
  }
}
