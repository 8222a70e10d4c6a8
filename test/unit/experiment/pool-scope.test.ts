// One pool for a multi-round experiment: a given pool is used and left open; otherwise one
// pool of the requested size serves every round of the work.
import { describe, expect, it } from "vitest";
import { withOnePool } from "../../../src/experiment/pool-scope.js";
import type { ReplicationPool } from "../../../src/experiment/workers.js";

describe("withOnePool", () => {
  it("runs on the given pool and leaves it open", async () => {
    let closed = 0;
    const given: ReplicationPool = { size: 3, run: () => Promise.resolve([]), warmUp: () => {}, close: async () => void closed++ };
    const used = await withOnePool({ pool: given, workers: 1 }, (options) => Promise.resolve(options.pool));
    expect(used).toBe(given);
    expect(closed).toBe(0);
  });

  it("creates one pool of the requested size for all rounds of the work", async () => {
    const pools = new Set<ReplicationPool>();
    const rounds = await withOnePool({ workers: 2 }, async (options) => {
      for (let round = 0; round < 3; round++) pools.add(options.pool);
      return 3;
    });
    expect(rounds).toBe(3);
    expect([...pools].map((pool) => pool.size)).toEqual([2]);
  });
});
