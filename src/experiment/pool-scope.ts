/**
 * One replication pool for a whole multi-round experiment.
 *
 * The staffing planner scores a roster, re-solves, and scores again, up to a dozen rounds: on
 * one pool created for the whole plan, the worker threads start, load the engine and warm up
 * its JIT once, instead of once per round.
 */
import { createReplicationPool, defaultWorkerCount, type ReplicationPool } from "./workers.js";

/** What picks the pool: an existing one, or the number of threads of a new one. */
export interface PoolChoice {
  readonly pool?: ReplicationPool;
  readonly workers?: number;
}

/**
 * Runs `work` with options whose `pool` is the given one, or a pool created for it (with
 * `workers` threads, default: available cores) and closed when `work` settles.
 */
export async function withOnePool<O extends PoolChoice, T>(options: O, work: (options: O & { readonly pool: ReplicationPool }) => Promise<T>): Promise<T> {
  if (options.pool) return work({ ...options, pool: options.pool });
  const pool = createReplicationPool({ workers: options.workers ?? defaultWorkerCount() });
  try {
    return await work({ ...options, pool });
  } finally {
    await pool.close();
  }
}
