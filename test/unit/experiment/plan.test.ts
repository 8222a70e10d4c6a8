// Experiment plans: shards tile the replication range, parts merge by replication index,
// and a sharded run or comparison merges into byte-identical JSON to a single run.
import { describe, expect, it } from "vitest";
import { compare } from "../../../src/experiment/compare.js";
import { mergeParts, planOf, shardOf, type PlanResults } from "../../../src/experiment/plan.js";
import { mergeShards, plannedModels, runShard, type ShardPart } from "../../../src/experiment/shards.js";
import { simulate } from "../../../src/experiment/simulate.js";
import { createReplicationPool } from "../../../src/experiment/workers.js";
import type { RepResult } from "../../../src/stats/result-types.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";

function counter(name: string, serviceMean: number) {
  return buildModel({
    name,
    arrivals: [poissonSource("customers", 0.5, "counter")],
    resources: [pool("teller", 1)],
    steps: [serviceStep("counter", "teller", exponential(serviceMean))],
    run: { horizon: 2_000, warmup: 200, replications: 7, seed: 5, study: "steadyState" },
  });
}

const withoutReps = (value: unknown) => JSON.stringify(value, (key, v: unknown) => (key === "repResults" ? undefined : v), 2);
const fakeRep = (replication: number) => ({ replication }) as unknown as RepResult;
const part = (from: number, count: number, variants = 1): PlanResults => ({
  replications: { from, count },
  results: Array.from({ length: variants }, () => Array.from({ length: count }, (_, i) => fakeRep(from + i))),
});

describe("shardOf", () => {
  it("cuts the range into contiguous blocks that tile it exactly", () => {
    const plan = planOf([counter("a", 1)], 0, 10);
    const blocks = [1, 2, 3].map((i) => shardOf(plan, i, 3).replications);
    expect(blocks).toEqual([{ from: 0, count: 3 }, { from: 3, count: 3 }, { from: 6, count: 4 }]);
    expect(() => shardOf(plan, 4, 3)).toThrow(/1 ≤ i ≤ n, got 4\/3/);
  });
});

describe("mergeParts", () => {
  it("orders parts by replication index, whatever order they come in", () => {
    const merged = mergeParts([part(4, 3, 2), part(0, 4, 2)]);
    expect(merged.replications).toEqual({ from: 0, count: 7 });
    expect(merged.results.map((reps) => reps.map((r) => r.replication))).toEqual([[0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 3, 4, 5, 6]]);
  });

  it("names a gap, an overlap and parts of different plans", () => {
    expect(() => mergeParts([part(0, 3), part(4, 2)])).toThrow(/replications 3\.\.3 are missing/);
    expect(() => mergeParts([part(0, 3), part(2, 2)])).toThrow(/replication 2 is in two parts/);
    expect(() => mergeParts([part(0, 3, 1), part(3, 2, 2)])).toThrow(/not from the same plan/);
  });
});

async function shardsOf(kind: "run" | "compare", models: ReturnType<typeof counter>[], count: number): Promise<ShardPart[]> {
  const pool = createReplicationPool({ workers: 1 });
  const planned = plannedModels(kind, models, {});
  const parts = [];
  for (let i = count; i >= 1; i--) parts.push(await runShard(kind, planned, { index: i, count }, pool));
  // Parts travel as files: through JSON text and back.
  return parts.map((p) => JSON.parse(JSON.stringify(p)) as ShardPart);
}

describe("sharded runs merge into the single-run result", () => {
  it("a comparison in 3 shards gives byte-identical JSON to one comparison", async () => {
    const models = [counter("today", 1.6), counter("faster", 1.2)];
    const single = await compare(models[0], models.slice(1), { workers: 1 });
    const merged = mergeShards(await shardsOf("compare", models, 3));
    expect(merged.kind).toBe("compare");
    expect(withoutReps(merged.value)).toBe(withoutReps(single));
  });

  it("a run in 2 shards gives byte-identical JSON to one run on 2 workers", async () => {
    const model = counter("today", 1.6);
    const single = await simulate(model, { workers: 2 });
    const merged = mergeShards(await shardsOf("run", [model], 2));
    expect(withoutReps(merged.value)).toBe(withoutReps(single));
  });

  it("refuses a missing shard and parts of another plan", async () => {
    const parts = await shardsOf("run", [counter("today", 1.6)], 3);
    expect(() => mergeShards(parts.slice(1))).toThrow(/shard 3\/3 missing/);
    const other = await shardsOf("run", [counter("other", 1.2)], 3);
    expect(() => mergeShards([parts[0], parts[1], other[2]])).toThrow(/is from another plan/);
    expect(() => mergeShards([parts[0], parts[1], parts[2], parts[2]])).toThrow(/4 parts for 3 shards; shard \d\/3 given more than once/);
    // One part given twice where another is missing: both are said.
    expect(() => mergeShards([parts[0], parts[0], parts[1]])).toThrow(/shard \d\/3 missing; shard \d\/3 given more than once/);
  });
});
