/**
 * Worker-thread entry: runs replications of the jobs the pool in `thread-pool.ts` sends.
 *
 * A worker serving the loan-factory comparison receives a job such as "current model,
 * replications 0-29, claim positions from this shared counter"; it claims positions one at a
 * time and posts each result back, tagged with the job id and position, until nothing is
 * left to claim (`worker-protocol.ts`). The batch runner is a module URL given in
 * `workerData` (normally `replication-batch`), so the pool mechanics can be tested with a
 * light stand-in runner.
 */
import { parentPort, workerData } from "node:worker_threads";
import { claimNext } from "./replication-claims.js";
import { runPosition, type BatchRunnerModule, type WorkerJob, type WorkerSetup } from "./worker-protocol.js";

const setup = workerData as WorkerSetup;
const runner = ((await import(setup.runnerUrl)) as BatchRunnerModule).runReplicationBatch;

// NOTE: a job runs to the end synchronously; jobs sent meanwhile wait in the port's queue.
parentPort?.on("message", (job: WorkerJob) => {
  const count = job.replications.length;
  for (let position = claimNext(job.claims, count); position >= 0; position = claimNext(job.claims, count)) {
    parentPort?.postMessage(runPosition(runner, job, position));
  }
});
