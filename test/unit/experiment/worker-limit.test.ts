/**
 * A notebook asking for 999 workers gets a few per core, as the CLI's --workers allows: more
 * threads would only add memory (hundreds of threads took 3.2 GB).
 */
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/model/schema/limits.js";
import { createReplicationPool } from "../../../src/experiment/workers.js";

describe("replication pool size", () => {
  it("is clamped to the per-core limit and to at least one thread", async () => {
    const most = LIMITS.workersPerCore * Math.max(1, availableParallelism());
    const big = createReplicationPool({ workers: 999 });
    const none = createReplicationPool({ workers: 0 });
    expect(big.size).toBe(Math.min(999, most));
    expect(none.size).toBe(1);
    await Promise.all([big.close(), none.close()]);
  });
});
