// A worker pool kept between calls: two runs on one pool give byte-identical results to runs
// on a pool of their own (and to one thread), and the pool stays usable until closed.
import { describe, expect, it } from "vitest";
import { createWorkerPool, simulate } from "../../../src/index.js";
import { loadModelFile } from "../../../src/model/source/load.js";

describe("createWorkerPool", () => {
  it("serves several simulate calls with the same results as fresh pools", async () => {
    const loaded = loadModelFile("scenarios/branch-counter.yaml");
    if (!loaded.ok) throw new Error("the bundled scenario must load");
    const pool = createWorkerPool(2);
    try {
      expect(pool.size).toBe(2);
      const first = JSON.stringify(await simulate(loaded.model, { replications: 4, pool }));
      const second = JSON.stringify(await simulate(loaded.model, { replications: 4, seed: 11, pool }));
      expect(first).toBe(JSON.stringify(await simulate(loaded.model, { replications: 4, workers: 1 })));
      expect(second).toBe(JSON.stringify(await simulate(loaded.model, { replications: 4, seed: 11, workers: 1 })));
      expect(second).not.toBe(first);
    } finally {
      await pool.close();
    }
  });
});
