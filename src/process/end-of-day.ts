/**
 * End-of-day rules at run time: what happens to the waiting line of a service step when the
 * step closes (a pool it needs goes to 0 rostered units) and when it opens again.
 *
 * The counter closes at 17:00 with three customers in line. `serve`: the five tellers on
 * duty stay (overtime capacity) until the line is empty, and a customer who took a ticket
 * at 16:59 and reaches the line at 17:00:30 is still served. `sendAway`: the three leave
 * unserved — or, with comeBack, return at 09:00 as the same cases (same draws: common random
 * numbers hold) ahead of the morning's walk-ins; a case reaching the closed counter later
 * is sent away at once. `carryOver` (and a line without a declared rule): they wait for
 * 09:00; the closing reports each one (its age) so the backlog carried over is measured and
 * undeclared overnight waits can be warned about.
 * NOTE: closings and openings are capacity events (a few per day); the per-event cost is
 * one counter test while staff are in overtime, nothing otherwise.
 */
import {
  EOD_SEND_AWAY, EOD_SERVE, STEP_BATCH, type CompiledModel,
} from "../model/compile/compiled.js";
import type { Simulation } from "./simulation.js";
import { CASE_AWAY, CASE_WAITING } from "./case-states.js";
import { leaveLine, rejoin, seizeOrJoin } from "./steps/service.js";
import { STATUS_WAITING } from "./step-status.js";
import { releaseOnLeaving } from "./held.js";

/** Per-run end-of-day state: which steps are closed, which pools work overtime, who is away. */
export class EndOfDayState {
  /** By step: 1 while closed (a pool it needs has 0 rostered units). */
  readonly closed: Uint8Array;
  /** By step: time of its last closing. */
  readonly closedAt: Float64Array;
  /** By pool: rostered units just before its last closing (the staff who can stay). */
  readonly staffAtClosing: Float64Array;
  /** By pool: 1 while staff stay in overtime. */
  readonly inOvertime: Uint8Array;
  /** Pools in overtime now. */
  overtimePools = 0;
  /** By step: cases sent away that come back at the next opening, in line order. */
  private readonly away: number[][];
  /** By case slot while away: when it was sent away, and how long it had waited in line before. */
  private readonly sentAt = new Map<number, number>();
  private readonly waitedBefore = new Map<number, number>();

  constructor(compiled: CompiledModel) {
    const steps = compiled.steps.count;
    this.closed = new Uint8Array(steps);
    this.closedAt = new Float64Array(steps);
    this.staffAtClosing = new Float64Array(compiled.pools.length);
    this.inOvertime = new Uint8Array(compiled.pools.length);
    this.away = Array.from({ length: steps }, () => []);
  }

  /** Marks every service step closed whose pools start the run with 0 rostered units. */
  initialise(sim: Simulation): void {
    for (let s = 0; s < sim.steps.count; s++) this.closed[s] = isOpen(sim, s) ? 0 : 1;
  }

  /** Pool `pool`'s rostered units went from `before` to its current level (capacity event). */
  capacityChanged(sim: Simulation, pool: number, before: number): void {
    const after = sim.pools.rostered[pool];
    if (this.inOvertime[pool] !== 0) this.endOvertime(pool);
    const using = sim.compiled.pools[pool].steps;
    if (before > 0 && after === 0) {
      this.staffAtClosing[pool] = before;
      for (let i = 0; i < using.length; i++) if (this.closed[using[i]] === 0) this.close(sim, using[i]);
    } else if (before === 0 && after > 0) {
      for (let i = 0; i < using.length; i++) if (this.closed[using[i]] !== 0 && isOpen(sim, using[i])) this.open(sim, using[i]);
    }
  }

  /** Ends the overtime of pools whose lines are all empty (call after each event while `overtimePools` > 0). */
  releaseIdleOvertime(sim: Simulation): void {
    for (let pool = 0; pool < this.inOvertime.length; pool++) {
      if (this.inOvertime[pool] === 0 || hasWaiting(sim, pool)) continue;
      this.endOvertime(pool);
      sim.pools.setOvertime(pool, sim.pools.rostered[pool]);
    }
  }

  /**
   * Case `c` enters closed service step `s`: the rule acts on it as if it had been waiting
   * at the closing (staff in overtime serve it if it arrived before the closing; it is sent
   * away at once; or it joins the carried-over line). Returns STATUS_WAITING.
   */
  reachedClosed(sim: Simulation, c: number, s: number): number {
    const rule = sim.steps.endOfDay[s];
    if (rule === EOD_SERVE && sim.cases.arrival[c] < this.closedAt[s]) this.startOvertime(sim, s);
    seizeOrJoin(sim, c, s);
    if (sim.cases.state[c] !== CASE_WAITING) return STATUS_WAITING;
    if (rule === EOD_SEND_AWAY) this.sendAway(sim, c, s);
    else if (rule !== EOD_SERVE) sim.observer.onCarryOver(sim.now, c, sim.cases.cls[c], s, sim.now - sim.cases.arrival[c]);
    return STATUS_WAITING;
  }

  private close(sim: Simulation, s: number): void {
    const t = sim.now;
    this.closed[s] = 1;
    this.closedAt[s] = t;
    // A batch step's line holds closed batches: they wait for the next opening (steps/batch.ts).
    if (sim.steps.kind[s] === STEP_BATCH) return;
    const waiting = sim.lines.members(s);
    sim.observer.onStepClosed(t, s, waiting.length);
    const rule = sim.steps.endOfDay[s];
    if (rule === EOD_SERVE) {
      if (waiting.length > 0) this.startOvertime(sim, s);
      return;
    }
    for (const c of waiting) {
      if (rule === EOD_SEND_AWAY) this.sendAway(sim, c, s);
      else sim.observer.onCarryOver(t, c, sim.cases.cls[c], s, t - sim.cases.arrival[c]);
    }
  }

  private open(sim: Simulation, s: number): void {
    this.closed[s] = 0;
    const returning = this.away[s];
    if (returning.length === 0) return;
    this.away[s] = [];
    const t = sim.now;
    for (const c of returning) {
      const waited = this.waitedBefore.get(c) ?? 0;
      sim.observer.onComeBack(t, c, sim.cases.cls[c], s, t - (this.sentAt.get(c) ?? t));
      this.sentAt.delete(c);
      this.waitedBefore.delete(c);
      rejoin(sim, c, s, waited);
    }
  }

  private sendAway(sim: Simulation, c: number, s: number): void {
    const cases = sim.cases;
    const waited = leaveLine(sim, c, s);
    const returns = sim.steps.comeBack[s] !== 0;
    sim.observer.onSendAway(sim.now, c, cases.cls[c], s, waited, returns);
    if (!returns) {
      if (sim.admission !== null) {
        sim.admission.releaseLine(c);
        sim.observer.onLost(sim.now, c, cases.cls[c]);
      }
      cases.release(c);
      if (sim.compiled.holds !== null) releaseOnLeaving(sim, s);
      return;
    }
    cases.state[c] = CASE_AWAY;
    // Its wait so far belongs to this visit: counted (with the rest) when it starts at `s`.
    cases.waited[c] -= waited;
    this.sentAt.set(c, sim.now);
    this.waitedBefore.set(c, waited);
    this.away[s].push(c);
  }

  /** The staff on duty at closing stay for the pools of `s` that are closed. */
  private startOvertime(sim: Simulation, s: number): void {
    const { needStart, needPool } = sim.steps;
    for (let i = needStart[s]; i < needStart[s + 1]; i++) {
      const pool = needPool[i];
      if (sim.pools.rostered[pool] > 0 || this.inOvertime[pool] !== 0) continue;
      this.inOvertime[pool] = 1;
      this.overtimePools++;
      sim.pools.setOvertime(pool, this.staffAtClosing[pool]);
    }
  }

  private endOvertime(pool: number): void {
    this.inOvertime[pool] = 0;
    this.overtimePools--;
  }
}

/** True when every pool step `s` needs has rostered units (a delay step is always open). */
function isOpen(sim: Simulation, s: number): boolean {
  const { needStart, needPool } = sim.steps;
  for (let i = needStart[s]; i < needStart[s + 1]; i++) if (sim.pools.rostered[needPool[i]] === 0) return false;
  return true;
}

/** True when a case waits in the line of any step that uses `pool`. */
function hasWaiting(sim: Simulation, pool: number): boolean {
  const using = sim.compiled.pools[pool].steps;
  for (let i = 0; i < using.length; i++) if (sim.lines.length[using[i]] > 0) return true;
  return false;
}
