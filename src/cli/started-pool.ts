/**
 * The replication pool of one command, its first worker thread started before the models load.
 *
 * `procsim compare account-opening.yaml account-opening-rpa-proposed.yaml` on two cores: the
 * worker thread starts and loads the engine (about 150 ms) while the main thread reads and
 * checks the two files, instead of after; it then takes its first replication as soon as the
 * main thread takes its own. The pool closes as soon as the simulation ends, before the
 * report is written, so an idle thread does not hold memory meanwhile.
 */
import { createWorkerPool, type ReplicationPool } from "../api/simulate.js";

/** Runs `work` on a pool of `workers` threads (default: cores) whose first worker starts now; closes it after. */
export async function onStartedPool<T>(workers: number | undefined, work: (pool: ReplicationPool) => Promise<T>): Promise<T> {
  const pool = createWorkerPool(workers);
  pool.warmUp();
  try {
    return await work(pool);
  } finally {
    await pool.close();
  }
}
