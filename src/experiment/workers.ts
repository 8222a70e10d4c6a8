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
 * test runner), the main thread working alongside the workers, and results keyed by task;
 * that is two small files without a second scheduling layer to configure.
 */
import { availableParallelism } from "node:os";
import { maxWorkerCount } from "./worker-limit.js";
import type { RepResult } from "../stats/result-types.js";
import type { BatchRunnerModule } from "./replication-worker.js";
import { ThreadPool } from "./thread-pool.js";

/** Called after each finished batch with the number of replications done so far. */
export type BatchProgress = (done: number, total: number) => void;

/** Runs replications of serialised models; see `createReplicationPool`. */
export interface ReplicationPool {
  /** Threads of execution: the main thread plus size − 1 worker threads (1 = in-process only). */
  readonly size: number;
  /**
   * Runs the given replications of `modelJson` (`JSON.stringify(model)`) and returns their
   * results in the order of `replications`. Rejects with the first failure, or with the
   * signal's reason when `signal` aborts (checked between replications: a replication in
   * progress finishes first).
   */
  run(modelJson: string, replications: readonly number[], onProgress?: BatchProgress, signal?: AbortSignal): Promise<RepResult[]>;
  /** Stops the worker threads. The pool cannot be used afterwards. */
  close(): Promise<void>;
}

/** The default number of workers: the cores Node may use (at least 1). */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** How to build a pool. */
export interface PoolOptions {
  /**
   * Worker threads, clamped to 1 … LIMITS.workersPerCore × cores (more threads only add
   * memory, as `--workers` says); 1 runs in-process. Default: available cores.
   */
  readonly workers?: number;
  /**
   * Module exporting `runReplicationBatch` (default: `replication-batch`). A stand-in lets
   * tests exercise the pool without the engine.
   */
  readonly runnerUrl?: URL;
}

/** Creates a replication pool; threads start on first use. */
export function createReplicationPool(options: PoolOptions = {}): ReplicationPool {
  const size = Math.min(maxWorkerCount(), Math.max(1, Math.floor(options.workers ?? defaultWorkerCount())));
  const runnerUrl = options.runnerUrl ?? siblingModule("replication-batch");
  return size === 1 ? inProcessPool(runnerUrl) : threadPool(size, runnerUrl);
}

/**
 * Splits indices into batches that shrink as the work runs out (guided self-scheduling):
 * large first batches amortise messages and the cold start of each thread, and the last
 * batches hold one replication each, so no thread is left finishing a big batch alone.
 */
export function splitIntoBatches(replications: readonly number[], workers: number): number[][] {
  const batches: number[][] = [];
  for (let i = 0; i < replications.length; ) {
    const size = Math.max(1, Math.ceil((replications.length - i) / (2 * workers)));
    batches.push(replications.slice(i, i + size));
    i += size;
  }
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
    async run(modelJson, replications, onProgress, signal) {
      const { runReplicationBatch } = (await import(runnerUrl.href)) as BatchRunnerModule;
      const results: RepResult[] = [];
      for (const replication of replications) {
        signal?.throwIfAborted();
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

/** The pool of size ≥ 2: the main thread plus size − 1 worker threads. */
function threadPool(size: number, runnerUrl: URL): ReplicationPool {
  const threads = new ThreadPool(size - 1, siblingModule("replication-worker"), runnerUrl);
  return {
    size,
    async run(modelJson, replications, onProgress, signal) {
      let done = 0;
      const batches = splitIntoBatches(replications, size);
      threads.reserve(batches.length - 1);
      const parts = await Promise.all(
        threads.submitAll(modelJson, batches, signal).map((batch) =>
          batch.then((results) => {
            done += results.length;
            onProgress?.(done, replications.length);
            return results;
          }),
        ),
      );
      return mergeInRequestedOrder(replications, parts.flat());
    },
    close: () => threads.close(),
  };
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
