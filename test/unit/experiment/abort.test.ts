// Cancelling a run from a notebook: an AbortSignal stops the replication pool between
// replications (in-process) or drops the queued batches (threads); the run rejects with the
// signal's reason and the pool stays usable.
import { describe, expect, it } from "vitest";
import { createReplicationPool } from "../../../src/experiment/workers.js";
import { simulate } from "../../../src/experiment/simulate.js";
import { loadModelFile } from "../../../src/model/source/load.js";

const runnerUrl = new URL("./fixtures/fake-batch-runner.ts", import.meta.url);
const modelJson = JSON.stringify({ name: "loan factory" });
const indices = Array.from({ length: 40 }, (_, i) => i);

describe("cancellation with an AbortSignal", () => {
  it("stops the in-process pool after the replication in progress", async () => {
    const pool = createReplicationPool({ workers: 1, runnerUrl });
    const controller = new AbortController();
    const progress: number[] = [];
    const run = pool.run(modelJson, indices, (done) => {
      progress.push(done);
      if (done === 3) controller.abort();
    }, controller.signal);
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(progress).toEqual([1, 2, 3]);
    await pool.close();
  });

  it("drops the queued batches of the threaded pool, which stays usable", async () => {
    const pool = createReplicationPool({ workers: 2, runnerUrl });
    try {
      const controller = new AbortController();
      let reported = 0;
      const run = pool.run(modelJson, indices, (done) => {
        reported = done;
        controller.abort(new Error("stopped by the analyst"));
      }, controller.signal);
      await expect(run).rejects.toThrow("stopped by the analyst");
      expect(reported).toBeLessThan(indices.length);
      const again = await pool.run(modelJson, [4, 2]);
      expect(again.map((r) => r.replication)).toEqual([4, 2]);
    } finally {
      await pool.close();
    }
  });

  it("rejects at once when the signal is already aborted, running nothing", async () => {
    const loaded = loadModelFile("scenarios/branch-counter.yaml");
    if (!loaded.ok) throw new Error("the bundled scenario must load");
    const controller = new AbortController();
    controller.abort();
    let progressCalls = 0;
    const run = simulate(loaded.model, { workers: 1, replications: 3, signal: controller.signal, onProgress: () => progressCalls++ });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(progressCalls).toBe(0);
  });
});

describe("cancellation from a timer (AbortSignal.timeout) between long replications", () => {
  // Each replication holds the thread for 120 ms; the signal aborts from a timer after 40 ms.
  const slow = JSON.stringify({ name: "long horizon", busyMs: 120 });

  it.each([1, 2])("rejects with the signal's reason at the first replication boundary (%i workers)", async (workers) => {
    const pool = createReplicationPool({ workers, runnerUrl });
    try {
      const signal = AbortSignal.timeout(40);
      const progress: number[] = [];
      const error: unknown = await pool.run(slow, indices.slice(0, 8), (done) => progress.push(done), signal).catch((e: unknown) => e);
      expect(error).toBe(signal.reason);
      expect((error as Error).name).toBe("TimeoutError");
      // One thread: the replication in progress when the timer fell due, and no other.
      // Two threads: the main thread's first replication and at most the worker's.
      expect(progress.length).toBeLessThanOrEqual(workers);
    } finally {
      await pool.close();
    }
  });

  it("lets timers run between replications on the main thread", async () => {
    const pool = createReplicationPool({ workers: 1, runnerUrl });
    let ticks = 0;
    const ticksAt: number[] = [];
    const timer = setInterval(() => ticks++, 5);
    try {
      await pool.run(JSON.stringify({ name: "x", busyMs: 30 }), [0, 1, 2, 3], () => ticksAt.push(ticks));
    } finally {
      clearInterval(timer);
      await pool.close();
    }
    // The interval ticks after every replication (each longer than the 20 ms budget), so each
    // progress call sees more ticks than the one before.
    expect(ticksAt.slice(1).every((ticks, i) => ticks > ticksAt[i])).toBe(true);
  });

  it.each([1, 2])("rejects with a reason given as a string, unchanged (%i workers)", async (workers) => {
    const pool = createReplicationPool({ workers, runnerUrl });
    try {
      const controller = new AbortController();
      const run = pool.run(modelJson, indices, (done) => {
        if (done === 2) controller.abort("the analyst pressed stop");
      }, controller.signal);
      await expect(run).rejects.toBe("the analyst pressed stop");
    } finally {
      await pool.close();
    }
  });
});
