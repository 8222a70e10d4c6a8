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
