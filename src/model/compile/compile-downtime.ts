/**
 * Unplanned downtime compiled: per pool, whether it fails, its up-time and repair samplers,
 * and whether interrupted activities restart rather than resume.
 *
 * The RPA bots (pool 3) fail every exponential(6h) and take uniform(10, 40) minutes to fix:
 * fails[3] = 1, between[3] and repair[3] are their compiled samplers, restart[3] = 0. A model
 * whose pools never fail compiles to null and schedules no downtime event. With `interrupted:
 * send, sendTo: manual keying` sendTo[3] is the index of manual keying (-1 where work stays).
 */
import { compileSampler, type Sampler } from "../../random/dists.js";
import type { Model } from "./model.js";

/** The downtime table, by pool id. */
export interface CompiledDowntime {
  /** 1 where the pool fails at random. */
  readonly fails: Uint8Array;
  /** 1 where activities interrupted by a failure start over; 0 = they resume. */
  readonly restart: Uint8Array;
  /** Up-time and repair samplers; null where the pool never fails. */
  readonly between: readonly (Sampler | null)[];
  readonly repair: readonly (Sampler | null)[];
  /** Scheduled outages by pool as [from0, to0, from1, to1, …] minutes; null for random failures. */
  readonly outages: readonly (Float64Array | null)[];
  /** Step the interrupted cases go to (interrupted: send), by pool; -1 = they stay. */
  readonly sendTo: Int32Array;
  /** 1 where the cases waiting for the pool at a failure are sent to sendTo too. */
  readonly sendWaiting: Uint8Array;
}

/** The downtime table of a model; null when no pool has downtime. */
export function compileDowntime(model: Model): CompiledDowntime | null {
  const pools = model.resources;
  if (!pools.some((pool) => pool.downtime)) return null;
  return {
    fails: Uint8Array.from(pools, (pool) => (pool.downtime ? 1 : 0)),
    restart: Uint8Array.from(pools, (pool) => (pool.downtime?.interrupted === "restart" ? 1 : 0)),
    between: pools.map((pool) => (pool.downtime?.between ? compileSampler(pool.downtime.between) : null)),
    repair: pools.map((pool) => (pool.downtime?.repair ? compileSampler(pool.downtime.repair) : null)),
    outages: pools.map((pool) => (pool.downtime?.outages ? Float64Array.from(pool.downtime.outages.flatMap((o) => [o.from, o.to])) : null)),
    sendTo: Int32Array.from(pools, (pool) => (pool.downtime?.interrupted === "send" ? model.steps.findIndex((step) => step.name === pool.downtime?.sendTo) : -1)),
    sendWaiting: Uint8Array.from(pools, (pool) => (pool.downtime?.interrupted === "send" && pool.downtime.sendWaiting === true ? 1 : 0)),
  };
}
