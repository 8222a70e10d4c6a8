// The replication pool: results merged by replication index whatever the completion order,
// identical for 1 and N workers, failures reported, worker threads running from .ts sources.
import { describe, expect, it } from "vitest";
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
