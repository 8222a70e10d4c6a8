/**
 * The multi-threaded replication pool: the main thread and N−1 worker threads claim the
 * replications of each job from one shared counter (`replication-claims.ts`).
 *
 * With `--workers 2` on the account-opening comparison, the main thread and one worker
 * thread each take the next replication as they become free. The main thread takes part
 * because a worker costs a fixed start-up (thread, module loading, JIT warm-up of the event
 * loop); one fewer worker is that much less overhead for the same parallelism. Claiming
 * through shared memory needs no message round trip, so a worker never waits for the main
 * thread (busy with a replication of its own) to hand it work, and the threads finish within
 * one replication of each other. Results are stored by position in the job.
 */
import type { Worker } from "node:worker_threads";
import type { RepResult } from "../stats/result-types.js";
import { startWorker } from "../threads/start-worker.js";
import { claimNext, createClaims, stopClaims, type Claims } from "./replication-claims.js";
import { replyFailure, runPosition, type BatchRunner, type WorkerJob, type WorkerReply, type WorkerSetup } from "./worker-protocol.js";
import { timerYield } from "./yield-to-timers.js";

/** The error of a run on a pool that was closed. */
export function closedPoolError(): Error {
  return new Error("this worker pool was closed (pool.close()); create a new one with createWorkerPool() to run more replications");
}

/** The part of a job a worker receives (a Job's callbacks cannot cross the thread boundary). */
function jobMessage(job: WorkerJob): WorkerJob {
  return { id: job.id, modelJson: job.modelJson, replications: job.replications, claims: job.claims };
}

/** One `run` call in progress. */
interface Job extends WorkerJob {
  readonly results: (RepResult | undefined)[];
  /** Positions claimed: all of them until claiming stops, then those claimed before the stop. */
  claimed: number;
  settled: number;
  done: number;
  /** The failure of the lowest failed position so far. */
  failure: { readonly position: number; readonly error: Error } | null;
  readonly onResult?: (done: number) => void;
  readonly resolve: (results: RepResult[]) => void;
  readonly reject: (reason: unknown) => void;
}

/** Runs jobs on the main thread and `threads` worker threads. */
export class ThreadPool {
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  /** Jobs the main thread still claims from, oldest first. */
  private readonly local: Job[] = [];
  private nextJobId = 0;
  private crash: Error | null = null;
  private closed = false;
  private localBusy = false;

  constructor(
    private readonly threads: number,
    private readonly workerEntry: URL,
    private readonly runnerUrl: URL,
    private readonly localRunner: () => Promise<BatchRunner>,
  ) {}

  /** Worker threads started and not stopped. */
  get running(): number {
    return this.workers.length;
  }

  /**
   * Starts worker threads until `count` are running (at most the pool's thread count), so
   * 20 replications on a 64-core machine do not start 63 threads. None once closed.
   */
  reserve(count: number): void {
    if (this.closed) return;
    const target = Math.min(this.threads, Math.max(0, count));
    while (this.workers.length < target) this.startWorker();
  }

  /**
   * Runs the replications somewhere in the pool and resolves with their results in the order
   * given. When one fails, claiming stops, the replications already claimed finish, and the
   * run rejects with the failure of the lowest failed position (the one a single thread,
   * running in order, would have met first). When `signal` aborts, claiming stops and the run
   * rejects at once with the signal's reason (as given, like the platform's own APIs);
   * replications already running finish unused. When `onResult` throws, the run stops the same
   * way and rejects with that error. After `close`, a run rejects at once.
   */
  run(modelJson: string, replications: readonly number[], onResult?: (done: number) => void, signal?: AbortSignal): Promise<RepResult[]> {
    if (this.closed) return Promise.reject(closedPoolError());
    if (this.crash) return Promise.reject(this.crash);
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (replications.length === 0) return Promise.resolve([]);
    return new Promise<RepResult[]>((resolve, reject) => {
      const id = this.nextJobId++;
      const claims: Claims = createClaims();
      const onAbort = () => this.cancel(job, signal?.reason as unknown);
      // NOTE: the listener goes when the run settles, so a long-lived signal does not collect one per run.
      const settled = <T>(settle: (value: T) => void) => (value: T) => (signal?.removeEventListener("abort", onAbort), settle(value));
      const job: Job = { id, modelJson, replications, claims, results: [], claimed: replications.length, settled: 0, done: 0, failure: null, onResult, resolve: settled(resolve), reject: settled(reject) };
      this.jobs.set(id, job);
      signal?.addEventListener("abort", onAbort, { once: true });
      const message = jobMessage(job);
      for (const worker of this.workers) worker.postMessage(message);
      this.local.push(job);
      void this.runLocal();
    });
  }

  /** Stops the worker threads; runs still in progress reject, and later runs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.jobs.values()]) this.cancel(job, closedPoolError());
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private startWorker(): void {
    const setup: WorkerSetup = { runnerUrl: this.runnerUrl.href };
    const worker = startWorker(this.workerEntry, setup);
    worker.on("message", (reply: WorkerReply) => this.settle(reply));
    worker.on("error", (error) => this.failAll(error));
    worker.on("exit", (code) => {
      if (this.workers.includes(worker)) this.failAll(new Error(`replication worker stopped unexpectedly (exit code ${code})`));
    });
    this.workers.push(worker);
    for (const job of this.jobs.values()) worker.postMessage(jobMessage(job));
  }

  /** The main thread's share: claims positions of the oldest job until no job has any left. */
  private async runLocal(): Promise<void> {
    if (this.localBusy) return;
    this.localBusy = true;
    try {
      const runner = await this.localRunner().catch((error: unknown) => {
        this.failAll(error instanceof Error ? error : new Error(String(error)));
        return null;
      });
      const yieldToLoop = timerYield();
      for (let job = this.local[0]; runner !== null && job !== undefined; job = this.local[0]) {
        const position = claimNext(job.claims, job.replications.length);
        if (position < 0) {
          this.local.shift();
          continue;
        }
        this.settle(runPosition(runner, job, position));
        // NOTE: yield so worker results, progress, timers and cancellation are handled in between.
        await yieldToLoop();
      }
    } finally {
      this.localBusy = false;
    }
  }

  /** Records one position's outcome; settles the job when every claimed position has one. */
  private settle(reply: WorkerReply): void {
    const job = this.jobs.get(reply.id);
    if (!job) return;
    job.settled++;
    if (reply.ok) {
      job.results[reply.position] = reply.result;
      job.done++;
      // NOTE: the caller's callback may throw; that stops the job and rejects it, never the process.
      if (!this.report(job)) return;
    } else {
      if (job.failure === null || reply.position < job.failure.position) job.failure = { position: reply.position, error: replyFailure(reply) };
      if (job.claimed === job.replications.length) job.claimed = stopClaims(job.claims, job.replications.length);
    }
    if (job.settled === job.claimed) this.finish(job);
  }

  /** Calls the job's progress callback; false (the job cancelled with the error) when it throws. */
  private report(job: Job): boolean {
    try {
      job.onResult?.(job.done);
      return true;
    } catch (error) {
      this.cancel(job, error);
      return false;
    }
  }

  private finish(job: Job): void {
    this.jobs.delete(job.id);
    if (job.failure) return job.reject(job.failure.error);
    const missing = job.replications.findIndex((_, position) => job.results[position] === undefined);
    if (missing >= 0) return job.reject(new Error(`invariant violated: replication ${job.replications[missing]} has no result`));
    job.resolve(job.results as RepResult[]);
  }

  /** Stops claiming for `job` and rejects it with `reason` as given (an abort reason may be any value). */
  private cancel(job: Job, reason: unknown): void {
    if (!this.jobs.delete(job.id)) return;
    stopClaims(job.claims, job.replications.length);
    job.reject(reason);
  }

  /** A worker thread died: every job fails with its error, and so does every later run. */
  private failAll(error: Error): void {
    this.crash = error;
    for (const job of this.jobs.values()) {
      stopClaims(job.claims, job.replications.length);
      job.reject(error);
    }
    this.jobs.clear();
    this.local.length = 0;
  }
}
