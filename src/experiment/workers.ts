/**
 * The replication pool: spreads replications over worker threads and merges the results
 * by replication index.
 *
 * Forty replications of the branch-counter model on four cores become batches of a few
 * replications each; an idle worker takes the next batch. Whatever order the batches
 * finish in, result k is replication k, so the output is byte-identical for 1 and N
 * workers. A pool of size 1 runs in-process (no thread start-up cost).
 *
 * Built on node:worker_threads directly rather than tinypool: the pool needs a
 * per-process choice of entry file and loader (built .js, or .ts through tsx under the
 * test runner), results keyed by task, and nothing else; this is ~150 lines without a
 * second scheduling layer to configure.
 */
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RepResult } from "../stats/result-types.js";
import type { BatchRunnerModule, WorkerReply, WorkerSetup, WorkerTask } from "./replication-worker.js";

/** Called after each finished batch with the number of replications done so far. */
export type BatchProgress = (done: number, total: number) => void;

/** Runs replications of serialised models; see `createReplicationPool`. */
export interface ReplicationPool {
  /** Number of worker threads (1 = in-process). */
  readonly size: number;
  /**
   * Runs the given replications of `modelJson` (`JSON.stringify(model)`) and returns their
   * results in the order of `replications`. Rejects with the first failure.
   */
  run(modelJson: string, replications: readonly number[], onProgress?: BatchProgress): Promise<RepResult[]>;
  /** Stops the worker threads. The pool cannot be used afterwards. */
  close(): Promise<void>;
}

/** The default number of workers: the cores Node may use (at least 1). */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** How to build a pool. */
export interface PoolOptions {
  /** Worker threads (clamped to ≥ 1); 1 runs in-process. Default: available cores. */
  readonly workers?: number;
  /**
   * Module exporting `runReplicationBatch` (default: `replication-batch`). A stand-in lets
   * tests exercise the pool without the engine.
   */
  readonly runnerUrl?: URL;
}

/** Creates a replication pool; threads start on first use. */
export function createReplicationPool(options: PoolOptions = {}): ReplicationPool {
  const size = Math.max(1, Math.floor(options.workers ?? defaultWorkerCount()));
  const runnerUrl = options.runnerUrl ?? siblingModule("replication-batch");
  return size === 1 ? inProcessPool(runnerUrl) : new ThreadPool(size, runnerUrl);
}

/** Splits indices into batches small enough to balance load, large enough to amortise messages. */
export function splitIntoBatches(replications: readonly number[], workers: number): number[][] {
  const batchSize = Math.max(1, Math.floor(replications.length / (workers * 4)));
  const batches: number[][] = [];
  for (let i = 0; i < replications.length; i += batchSize) batches.push(replications.slice(i, i + batchSize));
  return batches;
}

/** The URL of a module next to this one, in this module's flavour (.js built, .ts source). */
function siblingModule(name: string): URL {
  const extension = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  return new URL(`./${name}${extension}`, import.meta.url);
}

function inProcessPool(runnerUrl: URL): ReplicationPool {
  return {
    size: 1,
    async run(modelJson, replications, onProgress) {
      const { runReplicationBatch } = (await import(runnerUrl.href)) as BatchRunnerModule;
      const results: RepResult[] = [];
      for (const replication of replications) {
        results.push(...runReplicationBatch({ modelJson, replications: [replication] }));
        onProgress?.(results.length, replications.length);
        // NOTE: yield so a progress display can redraw between replications.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      return results;
    },
    async close() {},
  };
}

/**
 * Starts a worker on the entry module. Built (.js): directly. From .ts sources (tests, tsx):
 * through a two-line bootstrap that loads the entry with tsx's `tsImport`, because Node 20
 * does not apply an `--import` loader to a worker's own entry file.
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

interface Pending {
  resolve(results: RepResult[]): void;
  reject(error: Error): void;
}

class ThreadPool implements ReplicationPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: WorkerTask[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextTaskId = 0;
  private failure: Error | null = null;

  constructor(
    readonly size: number,
    private readonly runnerUrl: URL,
  ) {}

  async run(modelJson: string, replications: readonly number[], onProgress?: BatchProgress): Promise<RepResult[]> {
    this.startWorkers();
    const batches = splitIntoBatches(replications, this.size);
    let done = 0;
    const parts = await Promise.all(
      batches.map((batch) =>
        this.submit({ id: this.nextTaskId++, batch: { modelJson, replications: batch } }).then((results) => {
          done += results.length;
          onProgress?.(done, replications.length);
          return results;
        }),
      ),
    );
    return mergeInRequestedOrder(replications, parts.flat());
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private startWorkers(): void {
    if (this.workers.length > 0) return;
    const entry = siblingModule("replication-worker");
    const setup: WorkerSetup = { runnerUrl: this.runnerUrl.href };
    for (let i = 0; i < this.size; i++) {
      const worker = startWorker(entry, setup);
      worker.on("message", (reply: WorkerReply) => this.settle(worker, reply));
      worker.on("error", (error) => this.failAll(error));
      worker.on("exit", (code) => {
        if (this.workers.includes(worker)) this.failAll(new Error(`replication worker stopped unexpectedly (exit code ${code})`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private submit(task: WorkerTask): Promise<RepResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(task.id, { resolve, reject });
      this.queue.push(task);
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      worker.postMessage(this.queue.shift());
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.idle.push(worker);
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

/** Rebuilds a worker's failure as an Error with the same name and message (e.g. SimulationError). */
function workerFailure(reply: Extract<WorkerReply, { ok: false }>): Error {
  const failure = new Error(reply.message);
  failure.name = reply.name;
  if (reply.stack) failure.stack = reply.stack;
  return failure;
}

/**
 * Orders results as requested.
 * INVARIANT: every requested replication has exactly one result; merging is by index, never
 * by completion order.
 */
export function mergeInRequestedOrder(replications: readonly number[], results: readonly RepResult[]): RepResult[] {
  const byIndex = new Map<number, RepResult>();
  for (const result of results) byIndex.set(result.replication, result);
  return replications.map((replication) => {
    const result = byIndex.get(replication);
    if (!result) throw new Error(`invariant violated: replication ${replication} has no result`);
    return result;
  });
}
