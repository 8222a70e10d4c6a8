/**
 * The replication pool: spreads replications over worker threads and returns the results
 * by replication index.
 *
 * Forty replications of the branch-counter model on four cores: each thread, whenever it is
 * free, claims the next replication (`thread-pool.ts`). Whatever order they finish in,
 * result k is replication k, so the output is byte-identical for 1 and N workers. A pool of
 * size 1 runs in-process (no thread start-up cost).
 *
 * Built on node:worker_threads directly rather than tinypool or piscina: the pool needs a
 * per-process choice of entry file and loader (built .js, or .ts through tsx under the
 * test runner), the main thread working alongside the workers, and replications claimed
 * from shared memory rather than handed out as tasks; that is a few small files without a
 * second scheduling layer to configure.
 */
import { availableParallelism } from "node:os";
import { maxWorkerCount } from "./worker-limit.js";
import type { RepResult } from "../stats/result-types.js";
import type { BatchRunner, BatchRunnerModule } from "./worker-protocol.js";
import { runReplicationBatch } from "./replication-batch.js";
import { closedPoolError, ThreadPool } from "./thread-pool.js";
import { timerYield } from "./yield-to-timers.js";
import { siblingModule } from "../threads/start-worker.js";

/** Called after each finished batch with the number of replications done so far. */
export type BatchProgress = (done: number, total: number) => void;

/** Runs replications of serialised models; see `createReplicationPool`. */
export interface ReplicationPool {
  /** Threads of execution: the main thread plus size − 1 worker threads (1 = in-process only). */
  readonly size: number;
  /**
   * Runs the given replications of `modelJson` (`JSON.stringify(model)`) and returns their
   * results in the order of `replications`. Rejects with the first failure, with the error
   * `onProgress` throws, or with the signal's reason (as given) when `signal` aborts (checked
   * between replications: a replication in progress finishes first); claiming stops then.
   * Rejects at once when the pool is closed.
   */
  run(modelJson: string, replications: readonly number[], onProgress?: BatchProgress, signal?: AbortSignal): Promise<RepResult[]>;
  /**
   * Starts up to `threads` worker threads now (default 1; none for an in-process pool), so they
   * load the engine while the caller loads its models; the others start with the first run.
   */
  warmUp(threads?: number): void;
  /** Stops the worker threads. The pool cannot be used afterwards: a later `run` rejects. */
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
  const runnerUrl = options.runnerUrl ?? siblingModule("replication-batch", import.meta.url);
  const loadRunner = options.runnerUrl ? () => importRunner(runnerUrl) : () => Promise.resolve(runReplicationBatch);
  return size === 1 ? inProcessPool(loadRunner) : threadPool(size, runnerUrl, loadRunner);
}

/**
 * A stand-in runner, loaded by URL. The default runner is imported statically instead: loading
 * `replication-batch` by URL would give the main thread a second copy of the engine (in the
 * bundled CLI, a second set of files to parse and a second JIT warm-up).
 */
async function importRunner(runnerUrl: URL): Promise<BatchRunner> {
  return ((await import(runnerUrl.href)) as BatchRunnerModule).runReplicationBatch;
}

function inProcessPool(loadRunner: () => Promise<BatchRunner>): ReplicationPool {
  let closed = false;
  return {
    size: 1,
    async run(modelJson, replications, onProgress, signal) {
      if (closed) throw closedPoolError();
      const runReplicationBatch = await loadRunner();
      const results: RepResult[] = [];
      const yieldToLoop = timerYield();
      for (const replication of replications) {
        signal?.throwIfAborted();
        if (closed) throw closedPoolError();
        results.push(...runReplicationBatch({ modelJson, replications: [replication] }));
        onProgress?.(results.length, replications.length);
        // NOTE: yield so a progress display, timers (an AbortSignal.timeout) and I/O run between replications.
        await yieldToLoop();
      }
      return results;
    },
    warmUp() {},
    async close() {
      closed = true;
    },
  };
}

/** The pool of size ≥ 2: the main thread plus size − 1 worker threads. */
function threadPool(size: number, runnerUrl: URL, loadRunner: () => Promise<BatchRunner>): ReplicationPool {
  const threads = new ThreadPool(size - 1, siblingModule("replication-worker", import.meta.url), runnerUrl, loadRunner);
  return {
    size,
    run(modelJson, replications, onProgress, signal) {
      threads.reserve(replications.length - 1);
      return threads.run(modelJson, replications, (done) => onProgress?.(done, replications.length), signal);
    },
    warmUp: (count = 1) => threads.reserve(count),
    close: () => threads.close(),
  };
}
