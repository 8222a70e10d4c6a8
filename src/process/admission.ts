/**
 * Admission at run time: trunk lines held from arrival to departure, step limits
 * (maxWaiting, maxInSystem) and balking, checked when a case reaches a step.
 *
 * A call arrives while all 40 trunk lines are busy: it hears a busy signal (blocked; it
 * leaves, or tries again under its retry rule). Otherwise it holds a line until it leaves.
 * At the agent step, with 10 callers already waiting and `maxWaiting: 10`, it is blocked
 * (lost, or sent to the overflow step); with `balk: { p: [0, 0.1, 0.3] }` and 2 waiting it
 * refuses to join with probability 0.3, drawn from the stream ("balk", [step, source]) at
 * counters (case ordinal, visit), so the same caller makes the same choice in both models.
 * NOTE: exists only for models that declare admission rules (Simulation.admission is null
 * otherwise); per-slot arrays grow with the case table, nothing is allocated per event.
 */
import { growInt32 } from "../engine/typed-arrays.js";
import { uniform01 } from "../random/counter-rng.js";
import { streamKey } from "../random/streams.js";
import type { CompiledAdmission } from "../model/compile/compile-admission.js";
import type { CompiledModel } from "../model/compile/compiled.js";
import type { Simulation } from "./simulation.js";
import { stepSourceElement } from "./draws.js";
import { seizeOrJoin } from "./steps/service.js";
import { STATUS_DIVERT, STATUS_WAITING } from "./step-status.js";
import { RetrialDraws, leaveUnserved } from "./retrial.js";
import { messageKeys } from "./message-offer.js";

/** Stream purpose of balking decisions. */
const BALK_STREAM = "balk";

/** Run-time admission state of one replication; see the module comment. */
export class AdmissionState {
  readonly rules: CompiledAdmission;
  readonly retrials: RetrialDraws;
  /** Cases in service at each step (counted at steps with maxInSystem only). */
  readonly inService: Int32Array;
  /** Trunk lines held, by line group. */
  readonly linesHeld: Float64Array;
  /** Line group + 1 a case holds (0 = none), by case slot. */
  caseLine = new Int32Array(64);
  /** Retrials a case has made, by case slot. */
  attempts = new Int32Array(64);
  /** Pending message-offer event, by case slot (-1 = none). */
  messageEvent = new Int32Array(64).fill(-1);
  /** Stream keys of the message decisions (message-offer.ts). */
  readonly messageKeys: Int32Array;
  private readonly sourceCount: number;
  private readonly balkKeys: Int32Array;

  constructor(compiled: CompiledModel, rules: CompiledAdmission, replication: number) {
    this.rules = rules;
    const { steps, sources, run } = compiled;
    this.sourceCount = sources.length;
    this.inService = new Int32Array(steps.count);
    this.linesHeld = new Float64Array(rules.lineCapacity.length);
    this.balkKeys = new Int32Array(2 * steps.count * sources.length);
    for (let s = 0; s < steps.count; s++) {
      if (rules.balkP[s] === null) continue;
      for (let src = 0; src < sources.length; src++) {
        this.balkKeys.set(streamKey(run.seed, replication, BALK_STREAM, stepSourceElement(steps.names[s], sources[src].name)), 2 * (s * sources.length + src));
      }
    }
    this.retrials = new RetrialDraws(compiled, rules, replication);
    this.messageKeys = messageKeys(compiled, replication);
  }

  /** A new case took slot `c`: clears its admission state (and grows the per-slot arrays). */
  arrived(c: number): void {
    if (c >= this.caseLine.length) this.grow(2 * c + 2);
    this.caseLine[c] = 0;
    this.attempts[c] = 0;
    this.messageEvent[c] = -1;
  }

  /**
   * Case `c` (new, or trying again) takes a trunk line of its source, if it has any. Returns
   * false when every line is busy: the case got a busy signal and has left (or will retry).
   */
  takeLine(sim: Simulation, c: number): boolean {
    const source = sim.cases.source[c];
    const group = this.rules.lineGroup[source];
    if (group < 0) return true;
    if (this.linesHeld[group] >= this.rules.lineCapacity[group]) {
      sim.observer.onBlocked(sim.now, c, sim.cases.cls[c], -1, false);
      leaveUnserved(sim, c, this.rules.sourceRetry[source]);
      return false;
    }
    this.linesHeld[group]++;
    this.caseLine[c] = group + 1;
    return true;
  }

  /** Case `c` leaves (or leaves a message): frees its trunk line. */
  releaseLine(c: number): void {
    const held = this.caseLine[c];
    if (held === 0) return;
    this.linesHeld[held - 1]--;
    this.caseLine[c] = 0;
  }

  /**
   * Case `c` reaches service step `s`, which has a limit or balking: blocked when full,
   * balks by its rule, else starts or joins as usual. Returns a STATUS_* code.
   */
  enter(sim: Simulation, c: number, s: number): number {
    const rules = this.rules;
    const waiting = sim.lines.length[s];
    if (this.inService[s] + waiting >= rules.maxInSystem[s] || this.poolFull(sim, s, true)) return this.blocked(sim, c, s);
    if (waiting > 0 || !sim.pools.canSeize(s)) {
      if (waiting >= rules.maxWaiting[s] || this.poolFull(sim, s, false)) return this.blocked(sim, c, s);
      if (this.balks(sim, c, s, waiting)) {
        sim.observer.onBalk(sim.now, c, sim.cases.cls[c], s);
        leaveUnserved(sim, c, this.retryAt(sim, c, s));
        return STATUS_WAITING;
      }
    }
    seizeOrJoin(sim, c, s);
    return STATUS_WAITING;
  }

  /** The retry rule for a case of `c`'s source failing at step `s`: the step's, else the source's. */
  retryAt(sim: Simulation, c: number, s: number): CompiledAdmission["stepRetry"][number] {
    return this.rules.stepRetry[s] ?? this.rules.sourceRetry[sim.cases.source[c]];
  }

  /**
   * True when a pool step `s` needs has reached its limit: with `inSystem`, its maxInSystem
   * (waiting plus in service over its steps), else its maxWaiting (waiting over its steps).
   */
  private poolFull(sim: Simulation, s: number, inSystem: boolean): boolean {
    const { needStart, needPool } = sim.steps;
    const limits = inSystem ? this.rules.poolMaxInSystem : this.rules.poolMaxWaiting;
    for (let i = needStart[s], end = needStart[s + 1]; i < end; i++) {
      const pool = needPool[i];
      const limit = limits[pool];
      if (limit === Infinity) continue;
      const using = sim.compiled.pools[pool].steps;
      let count = 0;
      for (let k = 0; k < using.length; k++) count += sim.lines.length[using[k]] + (inSystem ? this.inService[using[k]] : 0);
      if (count >= limit) return true;
    }
    return false;
  }

  private blocked(sim: Simulation, c: number, s: number): number {
    const overflow = this.rules.overflow[s];
    sim.observer.onBlocked(sim.now, c, sim.cases.cls[c], s, overflow >= 0);
    if (overflow >= 0) {
      sim.guards.noteHop(c, overflow, "overflow");
      sim.divertTo = overflow;
      return STATUS_DIVERT;
    }
    leaveUnserved(sim, c, this.retryAt(sim, c, s));
    return STATUS_WAITING;
  }

  /** Whether case `c` balks at `s`, finding `waiting` cases in line. */
  private balks(sim: Simulation, c: number, s: number, waiting: number): boolean {
    if (waiting > this.rules.balkAbove[s]) return true;
    const p = this.rules.balkP[s];
    if (p === null) return false;
    const chance = p[waiting < p.length ? waiting : p.length - 1];
    if (chance <= 0) return false;
    const cases = sim.cases;
    const source = cases.source[c];
    const at = 2 * (s * this.sourceCount + source);
    const visit = cases.visits[c * sim.steps.count + s] - 1 + cases.visitOffset[c];
    return uniform01(this.balkKeys[at], this.balkKeys[at + 1], cases.ordinal[c], visit, 0, 0) < chance;
  }

  private grow(size: number): void {
    this.caseLine = growInt32(this.caseLine, size);
    this.attempts = growInt32(this.attempts, size);
    const events = new Int32Array(size).fill(-1);
    events.set(this.messageEvent);
    this.messageEvent = events;
  }
}
