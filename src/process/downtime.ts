/**
 * Unplanned downtime at run time: each failing pool alternates up times and repairs drawn from
 * its own stream; a failure stops the activities in progress on it and a repair lets them go on.
 *
 * The core banking system fails at 11:14 while two clerks are keying in applications that
 * need it, one with 3 minutes of work left, one with 7: their step ends are cancelled, and no
 * case can start a step that needs the system. The repair ends at 11:38: the two resume and
 * end at 11:41 and 11:45 (with `interrupted: restart` they would start over with their full
 * durations), then the waiting cases are served. Up time n of a pool is drawn from the stream
 * ("downtime", pool) at counter (n, 0), its repair at (n, 1): adding a pool or a step changes
 * no failure time. The pool's units stay with the interrupted cases during the repair. A pool
 * with scheduled outages goes down and up at their times instead (the n-th outage is the n-th
 * failure). With `interrupted: send` the interrupted cases go to another step instead
 * (downtime-send.ts).
 * NOTE: failures are rare events, so a failure scans the case slots and the event list
 * (O(cases)); a model without downtime never creates this object.
 */
import { streamKey, STREAM_PURPOSES } from "../random/streams.js";
import type { CompiledModel } from "../model/compile/compiled.js";
import type { CompiledDowntime } from "../model/compile/compile-downtime.js";
import type { Sampler } from "../random/dists.js";
import { growFloat64, growInt32 } from "../engine/typed-arrays.js";
import { CASE_IN_ACTIVITY } from "./case-states.js";
import { EVENT_POOL_DOWN, EVENT_POOL_UP, EVENT_STEP_END } from "./event-kinds.js";
import { serveWaiting } from "./steps/service.js";
import { sendInterrupted, sendWaiting } from "./downtime-send.js";
import type { Simulation } from "./simulation.js";

/** Failure and repair state of one replication's failing pools; see the module comment. */
export class DowntimeRun {
  private readonly table: CompiledDowntime;
  /** Stream keys by pool: [k0, k1] pairs (signed, see draws.ts). */
  private readonly keys: Int32Array;
  /** Failures so far by pool (the counter of the next up time). */
  private readonly failures: Float64Array;
  /** Interrupted cases by pool. */
  private readonly interrupted: Int32Array[];
  private readonly interruptedCount: Int32Array;
  /** Remaining work of each interrupted case slot, minutes. */
  private remaining: Float64Array = new Float64Array(64);
  private readonly drawn = new Float64Array(1);
  /** Cases interrupted by the current failure of a pool that sends them elsewhere. */
  private sending: Int32Array = new Int32Array(8);

  /** Derives the pools' downtime streams for replication `replication` (allocates; once per run). */
  constructor(compiled: CompiledModel, table: CompiledDowntime, replication: number) {
    this.table = table;
    const { pools, run } = compiled;
    this.keys = new Int32Array(2 * pools.length);
    pools.forEach((pool, p) => {
      if (table.fails[p] !== 0) this.keys.set(streamKey(run.seed, replication, STREAM_PURPOSES.downtime, pool.name), 2 * p);
    });
    this.failures = new Float64Array(pools.length);
    this.interrupted = pools.map(() => new Int32Array(8));
    this.interruptedCount = new Int32Array(pools.length);
  }

  /** Schedules each failing pool's first failure. */
  start(sim: Simulation): void {
    for (let p = 0; p < this.failures.length; p++) {
      if (this.table.fails[p] !== 0) this.scheduleFailure(sim, p);
    }
  }

  /** `pool` fails now: interrupts its activities, schedules its repair. */
  down(sim: Simulation, pool: number): void {
    sim.pools.setDown(pool, true);
    const cases = sim.cases;
    const restart = this.table.restart[pool] !== 0;
    const sendTo = this.table.sendTo[pool];
    let count = 0;
    for (let c = 0; c < cases.slotsUsed; c++) {
      if (cases.state[c] !== CASE_IN_ACTIVITY || !needsPool(sim, cases.step[c], pool)) continue;
      const event = sim.queue.findPending(EVENT_STEP_END, c);
      if (event < 0) continue;
      if (sendTo >= 0) {
        sim.queue.remove(event);
        if (count === this.sending.length) this.sending = growInt32(this.sending, 2 * count);
        this.sending[count++] = c;
        continue;
      }
      this.remaining = ensureFloat(this.remaining, c);
      this.remaining[c] = restart ? cases.activity[c] : sim.queue.timeOf(event) - sim.now;
      sim.queue.remove(event);
      this.push(pool, c);
      count++;
    }
    const outages = this.table.outages[pool];
    const upAt = outages !== null
      ? outages[2 * this.failures[pool] + 1]
      : sim.now + this.draw(this.table.repair[pool] as Sampler, pool, this.failures[pool], 1, sim, "repair");
    sim.queue.schedule(upAt, EVENT_POOL_UP, pool);
    sim.observer.onPoolDown(sim.now, pool, count);
    if (sendTo < 0) return;
    sendInterrupted(sim, pool, sendTo, this.sending, count);
    if (this.table.sendWaiting[pool] !== 0) sendWaiting(sim, pool, sendTo);
  }

  /** `pool` is repaired now: its interrupted activities go on, its lines are served. */
  up(sim: Simulation, pool: number): void {
    sim.pools.setDown(pool, false);
    const list = this.interrupted[pool];
    const count = this.interruptedCount[pool];
    this.interruptedCount[pool] = 0;
    let resumed = 0;
    for (let i = 0; i < count; i++) {
      const c = list[i];
      const stillDown = downPoolOf(sim, sim.cases.step[c]);
      if (stillDown >= 0) {
        this.push(stillDown, c);
        continue;
      }
      sim.queue.schedule(sim.now + this.remaining[c], EVENT_STEP_END, c);
      resumed++;
    }
    sim.observer.onPoolUp(sim.now, pool, resumed);
    this.failures[pool]++;
    this.scheduleFailure(sim, pool);
    serveWaiting(sim, pool);
  }

  private scheduleFailure(sim: Simulation, pool: number): void {
    const outages = this.table.outages[pool];
    if (outages !== null) {
      const n = this.failures[pool];
      if (2 * n < outages.length) sim.queue.schedule(outages[2 * n], EVENT_POOL_DOWN, pool);
      return;
    }
    const between = this.draw(this.table.between[pool] as Sampler, pool, this.failures[pool], 0, sim, "time between failures");
    sim.queue.schedule(sim.now + between, EVENT_POOL_DOWN, pool);
  }

  private draw(sampler: Sampler, pool: number, n: number, which: number, sim: Simulation, what: string): number {
    sampler.sampleInto(this.drawn, 0, this.keys[2 * pool], this.keys[2 * pool + 1], n, which, 0);
    const value = this.drawn[0];
    if (!(value >= 0 && value < Infinity)) sim.guards.failBadDraw(-1, -1, what, value);
    return value;
  }

  private push(pool: number, c: number): void {
    if (this.interruptedCount[pool] === this.interrupted[pool].length) {
      this.interrupted[pool] = growInt32(this.interrupted[pool], 2 * this.interrupted[pool].length);
    }
    this.interrupted[pool][this.interruptedCount[pool]++] = c;
  }
}

function ensureFloat(array: Float64Array, index: number): Float64Array {
  return index < array.length ? array : growFloat64(array, 2 * (index + 1));
}

/** True when step `s` seizes `pool`. */
function needsPool(sim: Simulation, s: number, pool: number): boolean {
  const { needStart, needPool } = sim.steps;
  for (let i = needStart[s]; i < needStart[s + 1]; i++) if (needPool[i] === pool) return true;
  return false;
}

/** A pool step `s` needs that is down, or -1. */
function downPoolOf(sim: Simulation, s: number): number {
  const { needStart, needPool } = sim.steps;
  for (let i = needStart[s]; i < needStart[s + 1]; i++) if (sim.pools.down[needPool[i]] !== 0) return needPool[i];
  return -1;
}
