/**
 * The messages between the replication pool (`thread-pool.ts`) and its worker threads
 * (`replication-worker.ts`), and running one claimed position into a reply.
 *
 * The pool sends every worker the job "current account-opening model, replications 0-29,
 * claim positions from this shared counter"; each worker answers position by position with
 * `{ id, position, ok: true, result }`, or with the failure as data (name, message, stack,
 * and a SimulationError's problem and context) so that the main thread can rethrow it as the
 * same kind of error: "replication 3, t = 12.5 min: 2,000,000 cases in the system" is a
 * SimulationError with the same fields whichever thread ran replication 3.
 */
import { SimulationError, type SimulationErrorContext } from "../engine/errors.js";
import type { ReplicationBatch } from "./replication-batch.js";
import type { RepResult } from "../stats/result-types.js";
import type { Claims } from "./replication-claims.js";

/** A job sent from the pool to every worker: replications of one model, claimed through `claims`. */
export interface WorkerJob {
  readonly id: number;
  readonly modelJson: string;
  readonly replications: readonly number[];
  readonly claims: Claims;
}

/** The answer for one claimed position of a job. */
export type WorkerReply =
  | { readonly id: number; readonly position: number; readonly ok: true; readonly result: RepResult }
  | {
      readonly id: number;
      readonly position: number;
      readonly ok: false;
      readonly name: string;
      readonly message: string;
      readonly stack: string | null;
      /** A SimulationError's fields; null for any other error. */
      readonly simulation: { readonly problem: string; readonly context: SimulationErrorContext } | null;
    };

/** What `workerData` carries: the URL of a module exporting `runReplicationBatch`. */
export interface WorkerSetup {
  readonly runnerUrl: string;
}

/** Runs a batch of replications; what a batch runner module exports. */
export type BatchRunner = (batch: ReplicationBatch) => RepResult[];

/** The shape of a batch runner module. */
export interface BatchRunnerModule {
  runReplicationBatch: BatchRunner;
}

/** Runs position `position` of `job` and wraps the outcome (result or failure) as a reply. */
export function runPosition(runner: BatchRunner, job: Omit<WorkerJob, "claims">, position: number): WorkerReply {
  try {
    const [result] = runner({ modelJson: job.modelJson, replications: [job.replications[position]] });
    return { id: job.id, position, ok: true, result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const name = error instanceof Error ? error.name : "Error";
    const stack = error instanceof Error && error.stack ? error.stack : null;
    const simulation = error instanceof SimulationError ? { problem: error.problem, context: { ...error.context } } : null;
    return { id: job.id, position, ok: false, name, message, stack, simulation };
  }
}

/**
 * Rebuilds a failure reply as an error of the same kind: a SimulationError (same message,
 * problem and context), or an Error with the same name and message.
 */
export function replyFailure(reply: Extract<WorkerReply, { ok: false }>): Error {
  const failure = reply.simulation ? new SimulationError(reply.simulation.problem, reply.simulation.context) : new Error(reply.message);
  failure.name = reply.name;
  if (reply.stack) failure.stack = reply.stack;
  return failure;
}
