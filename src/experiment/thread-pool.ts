/**
 * The multi-threaded replication pool: the main thread and N−1 worker threads share one
 * queue of replication batches.
 *
 * With `--workers 2` on the account-opening comparison, the main thread and one worker
 * thread each take the next batch as they become free. The main thread takes part because a
 * worker costs a fixed start-up (thread, module loading, JIT warm-up of the event loop);
 * one fewer worker is that much less overhead for the same parallelism. Each worker is kept
 * two batches ahead so it never idles while the main thread is busy with a batch of its own.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RepResult } from "../stats/result-types.js";
import type { BatchRunnerModule, WorkerReply, WorkerSetup, WorkerTask } from "./replication-worker.js";

/** NOTE: batches sent ahead to each worker, so it has work while the main thread runs one. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Starts a worker on the entry module. Built (.js): directly. From .ts sources (tests, tsx):
 * through a bootstrap that loads the entry with tsx's `tsImport`, because Node 20 does not
 * apply an `--import` loader to a worker's own entry file.
 */
function startWorker(entry: URL, setup: WorkerSetup): Worker {
  // NOTE: no inherited execArgv: a parent run through a loader (tsx) would make every worker
  // start that loader too, which costs seconds per worker.
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData: setup, execArgv: [] });
  const tsxRoot = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsxApi = pathToFileURL(join(tsxRoot, "dist/esm/api/index.mjs")).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}));`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

/** Rebuilds a worker's failure as an Error with the same name and message (e.g. SimulationError). */
function workerFailure(reply: Extract<WorkerReply, { ok: false }>): Error {
  const failure = new Error(reply.message);
  failure.name = reply.name;
  if (reply.stack) failure.stack = reply.stack;
  return failure;
}

interface Pending {
  resolve(results: RepResult[]): void;
  reject(error: Error): void;
}

/** Runs batches on the main thread and `threads` worker threads. */
export class ThreadPool {
  private readonly workers: Worker[] = [];
  private readonly inFlight = new Map<Worker, number>();
  private readonly queue: WorkerTask[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextTaskId = 0;
  private failure: Error | null = null;
  private localBusy = false;

  constructor(
    private readonly threads: number,
    private readonly workerEntry: URL,
    private readonly runnerUrl: URL,
  ) {}

  /**
   * Starts worker threads until `count` are running (at most the pool's thread count), so
   * 20 replications on a 64-core machine do not start 63 threads.
   */
  reserve(count: number): void {
    const target = Math.min(this.threads, Math.max(0, count));
    while (this.workers.length < target) this.startWorker();
  }

  /**
   * Runs batches somewhere in the pool; one promise per batch, resolving with its results
   * (batch order). When `signal` aborts, batches still queued are dropped and every unsettled
   * promise rejects with the signal's reason; a batch already running finishes, and its result
   * is discarded.
   */
  submitAll(modelJson: string, batches: readonly number[][], signal?: AbortSignal): Promise<RepResult[]>[] {
    if (this.failure) return batches.map(() => Promise.reject(this.failure));
    if (signal?.aborted) return batches.map(() => Promise.reject(signal.reason));
    const tasks = batches.map((replications): WorkerTask => ({ id: this.nextTaskId++, batch: { modelJson, replications } }));
    const promises = tasks.map((task) => new Promise<RepResult[]>((resolve, reject) => this.pending.set(task.id, { resolve, reject })));
    signal?.addEventListener("abort", () => this.cancel(tasks, signal.reason), { once: true });
    this.queue.push(...tasks);
    this.dispatch();
    void this.runLocal();
    return promises;
  }

  /** Drops `tasks` from the queue (those not yet started) and rejects the unsettled ones with `reason`. */
  private cancel(tasks: readonly WorkerTask[], reason: unknown): void {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    for (const task of tasks) {
      const queued = this.queue.indexOf(task);
      if (queued >= 0) this.queue.splice(queued, 1);
      this.pending.get(task.id)?.reject(error);
      this.pending.delete(task.id);
    }
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    this.inFlight.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private startWorker(): void {
    const worker = startWorker(this.workerEntry, { runnerUrl: this.runnerUrl.href });
    worker.on("message", (reply: WorkerReply) => this.settle(worker, reply));
    worker.on("error", (error) => this.failAll(error));
    worker.on("exit", (code) => {
      if (this.workers.includes(worker)) this.failAll(new Error(`replication worker stopped unexpectedly (exit code ${code})`));
    });
    this.workers.push(worker);
    this.inFlight.set(worker, 0);
  }

  /** Sends queued batches to workers with room, least loaded first. */
  private dispatch(): void {
    for (let level = 0; level < IN_FLIGHT_PER_WORKER; level++) {
      for (const worker of this.workers) {
        if (this.queue.length === 0) return;
        if ((this.inFlight.get(worker) ?? 0) > level) continue;
        this.inFlight.set(worker, (this.inFlight.get(worker) ?? 0) + 1);
        worker.postMessage(this.queue.shift());
      }
    }
  }

  /** The main thread's share: takes batches from the queue until it is empty. */
  private async runLocal(): Promise<void> {
    if (this.localBusy) return;
    this.localBusy = true;
    try {
      const runner = (await import(this.runnerUrl.href)) as BatchRunnerModule;
      for (let task = this.queue.shift(); task !== undefined; task = this.queue.shift()) {
        this.settleLocal(task, runner);
        // NOTE: yield so worker replies are handled and new batches dispatched in between.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.localBusy = false;
    }
  }

  private settleLocal(task: WorkerTask, runner: BatchRunnerModule): void {
    const pending = this.pending.get(task.id);
    this.pending.delete(task.id);
    try {
      pending?.resolve(runner.runReplicationBatch(task.batch));
    } catch (error) {
      pending?.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.inFlight.set(worker, Math.max(0, (this.inFlight.get(worker) ?? 1) - 1));
    this.dispatch();
    if (!pending) return;
    if (reply.ok) pending.resolve(reply.results);
    else pending.reject(workerFailure(reply));
  }

  private failAll(error: Error): void {
    this.failure = error;
    this.queue.length = 0;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
