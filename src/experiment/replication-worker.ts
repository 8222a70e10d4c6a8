/**
 * Worker-thread entry: runs replication batches sent by the pool in `workers.ts`.
 *
 * A worker serving the loan-factory comparison receives batches such as "current model,
 * replications 0-4", runs them with the same code as the in-process path and posts the
 * results back tagged with the task id. A failure is posted back as data, never thrown
 * across the thread boundary, so the pool can report it with the replication context.
 * The batch runner is a module URL given in `workerData` (normally `replication-batch`),
 * so the pool mechanics can be tested with a light stand-in runner.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ReplicationBatch } from "./replication-batch.js";
import type { RepResult } from "../stats/result-types.js";

/** A task sent from the pool to a worker. */
export interface WorkerTask {
  readonly id: number;
  readonly batch: ReplicationBatch;
}

/** A worker's answer to one task. */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly results: RepResult[] }
  | { readonly id: number; readonly ok: false; readonly name: string; readonly message: string; readonly stack: string | null };

/** What `workerData` carries: the URL of a module exporting `runReplicationBatch`. */
export interface WorkerSetup {
  readonly runnerUrl: string;
}

/** The shape of a batch runner module. */
export interface BatchRunnerModule {
  runReplicationBatch(batch: ReplicationBatch): RepResult[];
}

const setup = workerData as WorkerSetup;
const runner = (await import(setup.runnerUrl)) as BatchRunnerModule;

function handle(task: WorkerTask): WorkerReply {
  try {
    return { id: task.id, ok: true, results: runner.runReplicationBatch(task.batch) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const name = error instanceof Error ? error.name : "Error";
    const stack = error instanceof Error && error.stack ? error.stack : null;
    return { id: task.id, ok: false, name, message, stack };
  }
}

parentPort?.on("message", (task: WorkerTask) => {
  parentPort?.postMessage(handle(task));
});
