// The replication pool under a caller's mistakes and a model's failure: a progress callback
// that throws, a pool used after close, and a SimulationError from a worker thread. Each
// behaves the same for 1 and 2 workers: the run rejects with the error, the process lives on.
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../../src/engine/errors.js";
import { ThreadPool } from "../../../src/experiment/thread-pool.js";
import { createReplicationPool } from "../../../src/experiment/workers.js";
import { replyFailure, runPosition } from "../../../src/experiment/worker-protocol.js";
import { runReplicationBatch } from "./fixtures/fake-batch-runner.js";

const runnerUrl = new URL("./fixtures/fake-batch-runner.ts", import.meta.url);
const modelJson = JSON.stringify({ name: "loan factory" });
const indices = Array.from({ length: 12 }, (_, i) => i);

describe.each([1, 2])("a pool of %i worker(s)", (workers) => {
  it("rejects with the error a progress callback throws, stops claiming, and stays usable", async () => {
    const pool = createReplicationPool({ workers, runnerUrl });
    try {
      const seen: number[] = [];
      const bug = new Error("bug in my progress callback");
      const run = pool.run(modelJson, indices, (done) => {
        seen.push(done);
        if (done === 2) throw bug;
      });
      await expect(run).rejects.toBe(bug);
      // The callback is not called again after it threw: the run stopped there.
      expect(seen).toEqual([1, 2]);
      const again = await pool.run(modelJson, [3, 1]);
      expect(again.map((r) => r.replication)).toEqual([3, 1]);
    } finally {
      await pool.close();
    }
  });

  it("refuses a run after close, saying so", async () => {
    const pool = createReplicationPool({ workers, runnerUrl });
    expect(await pool.run(modelJson, [0, 1])).toHaveLength(2);
    await pool.close();
    await expect(pool.run(modelJson, [0, 1])).rejects.toThrow(/worker pool was closed.*createWorkerPool/);
    // No thread is started for the refused run (one would keep the process alive).
    pool.warmUp(1);
    await expect(pool.run(modelJson, [0, 1, 2])).rejects.toThrow(/closed/);
  });


  it("rejects with a SimulationError carrying the engine's problem and context", async () => {
    const pool = createReplicationPool({ workers, runnerUrl });
    try {
      // Replication 1 fails; with two workers it may run on either thread.
      const failing = JSON.stringify({ name: "x", failFrom: 1, simulationError: true });
      const error: unknown = await pool.run(failing, indices).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SimulationError);
      const failure = error as SimulationError;
      expect(failure.name).toBe("SimulationError");
      expect(failure.problem).toBe("system is unstable");
      expect(failure.context).toEqual({ replication: 1, time: 12.5, caseLabel: "#812 (walk-in)", where: 'steps[2] "approval"' });
      expect(failure.message).toBe('replication 1, t = 12.5 min, case #812 (walk-in), at steps[2] "approval": system is unstable');
    } finally {
      await pool.close();
    }
  });
});

describe("a closed thread pool", () => {
  it("starts no worker thread once closed", async () => {
    const threads = new ThreadPool(2, new URL("../../../src/experiment/replication-worker.ts", import.meta.url), runnerUrl, () => Promise.resolve(runReplicationBatch));
    await threads.close();
    threads.reserve(2);
    expect(threads.running).toBe(0);
    await expect(threads.run(modelJson, [0])).rejects.toThrow(/closed/);
  });
});

describe("a failure reply", () => {
  it("rebuilds a SimulationError as one, and any other error with its name and message", () => {
    const job = { id: 0, modelJson: JSON.stringify({ name: "x", failAt: 0, simulationError: true }), replications: [0] };
    const reply = runPosition(runReplicationBatch, job, 0);
    if (reply.ok) throw new Error("replication 0 must fail");
    // The reply crosses the thread boundary as structured-cloneable data.
    const rebuilt = replyFailure(structuredClone(reply));
    expect(rebuilt).toBeInstanceOf(SimulationError);
    expect((rebuilt as SimulationError).context.replication).toBe(0);
    const plain = runPosition(runReplicationBatch, { ...job, modelJson: JSON.stringify({ name: "x", failAt: 0 }) }, 0);
    if (plain.ok) throw new Error("replication 0 must fail");
    const other = replyFailure(structuredClone(plain));
    expect(other).not.toBeInstanceOf(SimulationError);
    expect(other.message).toBe('replication 0 failed at t=12.5 in step "approval"');
  });
});
