// The replication pool: results merged by replication index whatever the completion order,
// identical for 1 and N workers, failures reported, worker threads running from .ts sources,
// and started ahead of the first run when asked (warmUp).
import { describe, expect, it } from "vitest";
import { ThreadPool } from "../../../src/experiment/thread-pool.js";
import { createReplicationPool } from "../../../src/experiment/workers.js";

const runnerUrl = new URL("./fixtures/fake-batch-runner.ts", import.meta.url);
const modelJson = JSON.stringify({ name: "loan factory" });

describe("createReplicationPool", () => {
  const indices = Array.from({ length: 17 }, (_, i) => i);

  it("gives byte-identical results for 1 and 2 workers, in index order", async () => {
    const single = createReplicationPool({ workers: 1, runnerUrl });
    const double = createReplicationPool({ workers: 2, runnerUrl });
    try {
      const progress: number[] = [];
      const one = await single.run(modelJson, indices);
      const two = await double.run(modelJson, indices, (done) => progress.push(done));
      expect(two.map((r) => r.replication)).toEqual(indices);
      expect(JSON.stringify(two)).toBe(JSON.stringify(one));
      expect(progress.at(-1)).toBe(indices.length);
      const again = await double.run(modelJson, [5, 3]);
      expect(again.map((r) => r.kpis["overall/index"])).toEqual([5, 3]);
    } finally {
      await Promise.all([single.close(), double.close()]);
    }
  });

  it("rejects with the runner's message of the lowest failed replication", async () => {
    const pool = createReplicationPool({ workers: 2, runnerUrl });
    try {
      const failing = JSON.stringify({ name: "x", failAt: 13 });
      await expect(pool.run(failing, indices)).rejects.toThrow(/replication 13 failed at t=12.5/);
      const fromFive = JSON.stringify({ name: "x", failFrom: 5 });
      await expect(pool.run(fromFive, indices)).rejects.toThrow(/replication 5 failed/);
      const fine = await pool.run(modelJson, [1, 2]);
      expect(fine).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });
});

describe("warming up a pool", () => {
  const workerEntry = new URL("../../../src/experiment/replication-worker.ts", import.meta.url);
  const localRunner = async () => (await import("./fixtures/fake-batch-runner.js")).runReplicationBatch;

  it("starts the threads asked for before the first run, never more than the pool has", async () => {
    const threads = new ThreadPool(3, workerEntry, runnerUrl, localRunner);
    try {
      expect(threads.running).toBe(0);
      threads.reserve(1);
      expect(threads.running).toBe(1);
      threads.reserve(1);
      expect(threads.running).toBe(1);
      const results = await threads.run(modelJson, [0, 1, 2, 3]);
      expect(results.map((r) => r.replication)).toEqual([0, 1, 2, 3]);
      expect(threads.running).toBe(1);
      threads.reserve(10);
      expect(threads.running).toBe(3);
    } finally {
      await threads.close();
    }
    expect(threads.running).toBe(0);
  });

  it("gives the same results warmed up as cold, and is a no-op for an in-process pool", async () => {
    const cold = createReplicationPool({ workers: 2, runnerUrl });
    const warm = createReplicationPool({ workers: 2, runnerUrl });
    const single = createReplicationPool({ workers: 1, runnerUrl });
    try {
      warm.warmUp();
      single.warmUp();
      const indices = [0, 1, 2, 3, 4, 5];
      const expected = JSON.stringify(await cold.run(modelJson, indices));
      expect(JSON.stringify(await warm.run(modelJson, indices))).toBe(expected);
      expect(JSON.stringify(await single.run(modelJson, indices))).toBe(expected);
    } finally {
      await Promise.all([cold.close(), warm.close(), single.close()]);
    }
  });
});
