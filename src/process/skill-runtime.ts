/**
 * The per-replication state of skills-based routing, preemption and escalation timers:
 * per case slot, which pool option serves it, its pending step-end and escalation events,
 * its remaining work when interrupted; per preemptive pool, the cases in service.
 *
 * Mortgage call #40 is served by a universal agent (option 1): at its end option 1's pool is
 * released. VIP call #41 interrupts standard call #38 with 4.2 minutes left: #38's step-end
 * event is removed, 4.2 is kept here until an agent resumes it. A model that uses none of
 * these features allocates only empty arrays here and never touches them again.
 * NOTE: per-case arrays grow by doubling with the case table (`ensure`), never per event.
 */
import type { CompiledModel } from "../model/compile/compiled.js";
import { CHOOSE_LONGEST_IDLE, MODE_PREEMPT, type CompiledSkills } from "../model/compile/compile-skills.js";
import { IdleAgents } from "./idle-agents.js";

/** See the module comment. */
export class SkillRuntime {
  readonly tables: CompiledSkills;
  /** Option serving each case in service at a servedBy step (-1 otherwise). */
  option: Int32Array = new Int32Array(0);
  /** Pending step-end event of a case in service at a preemptive step. */
  endEvent: Int32Array = new Int32Array(0);
  /** Scheduled end and start of that service, minutes. */
  endsAt: Float64Array = new Float64Array(0);
  startedAt: Float64Array = new Float64Array(0);
  /** Remaining work of an interrupted case, minutes. */
  remaining: Float64Array = new Float64Array(0);
  /** Pending escalation event of a waiting case, or -1. */
  escalationEvent: Int32Array = new Int32Array(0);
  /** Index of a case in its pool's in-service list. */
  servicePos: Int32Array = new Int32Array(0);
  /** Cases in service at preemptive steps, by pool (first `inServiceCount[pool]` entries). */
  readonly inService: Int32Array[];
  readonly inServiceCount: Int32Array;
  /** Idle-since rings, only when a step chooses the longest-idle pool. */
  readonly idle: IdleAgents | null;
  /** Interruptions so far (orders interrupted cases ahead of everyone, the latest first). */
  interruptions = 0;

  /** Empty state for one replication of `compiled`. */
  constructor(compiled: CompiledModel) {
    const tables = compiled.skills;
    this.tables = tables;
    const pools = compiled.pools.length;
    const preemptive = (pool: number) => tables.poolSteps[pool].some((s) => (tables.stepMode[s] & MODE_PREEMPT) !== 0);
    this.inService = Array.from({ length: pools }, (_, p) => new Int32Array(preemptive(p) ? 16 : 0));
    this.inServiceCount = new Int32Array(pools);
    this.idle = tables.choose.includes(CHOOSE_LONGEST_IDLE) ? new IdleAgents(pools) : null;
  }

  /** Makes the per-case arrays hold slot `slot`. */
  ensure(slot: number): void {
    if (slot < this.option.length) return;
    let size = Math.max(64, this.option.length);
    while (size <= slot) size *= 2;
    this.option = grownInt(this.option, size, -1);
    this.endEvent = grownInt(this.endEvent, size, -1);
    this.escalationEvent = grownInt(this.escalationEvent, size, -1);
    this.servicePos = grownInt(this.servicePos, size, -1);
    this.endsAt = grownFloat(this.endsAt, size);
    this.startedAt = grownFloat(this.startedAt, size);
    this.remaining = grownFloat(this.remaining, size);
  }

  /** Adds case `c` to the in-service list of `pool`. */
  track(pool: number, c: number): void {
    let list = this.inService[pool];
    const n = this.inServiceCount[pool];
    if (n === list.length) {
      const bigger = new Int32Array(Math.max(16, 2 * n));
      bigger.set(list);
      this.inService[pool] = bigger;
      list = bigger;
    }
    list[n] = c;
    this.servicePos[c] = n;
    this.inServiceCount[pool] = n + 1;
  }

  /** Removes case `c` from the in-service list of `pool`. */
  untrack(pool: number, c: number): void {
    const list = this.inService[pool];
    const last = --this.inServiceCount[pool];
    const at = this.servicePos[c];
    const moved = list[last];
    list[at] = moved;
    this.servicePos[moved] = at;
    this.servicePos[c] = -1;
  }
}

function grownInt(old: Int32Array, size: number, fill: number): Int32Array {
  const next = new Int32Array(size).fill(fill);
  next.set(old);
  return next;
}

function grownFloat(old: Float64Array, size: number): Float64Array {
  const next = new Float64Array(size);
  next.set(old);
  return next;
}
