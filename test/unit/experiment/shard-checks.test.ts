// Part files before a merge: a value that is not a whole part is refused with the field that
// is wrong (never a TypeError), two parts of different plans are named by what differs, and
// a part written with --per-replication asks the merge for each replication's KPI values.
import { describe, expect, it } from "vitest";
import { partProblem, planDifference } from "../../../src/experiment/shard-checks.js";
import { mergeShards, plannedModels, runShard, type ShardPart } from "../../../src/experiment/shards.js";
import { withRunOverrides } from "../../../src/experiment/run-overrides.js";
import { createReplicationPool } from "../../../src/experiment/workers.js";
import type { Model } from "../../../src/model/compile/model.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";

function counter(name: string, serviceMean: number): Model {
  return buildModel({
    name,
    arrivals: [poissonSource("customers", 0.5, "counter")],
    resources: [pool("teller", 1)],
    steps: [serviceStep("counter", "teller", exponential(serviceMean))],
    run: { horizon: 600, warmup: 0, replications: 4, seed: 5, study: "steadyState" },
  });
}

async function partsOf(kind: "run" | "compare", models: readonly Model[], count: number): Promise<ShardPart[]> {
  const replicationPool = createReplicationPool({ workers: 1 });
  const planned = plannedModels(kind, models, {});
  const parts: ShardPart[] = [];
  for (let i = 1; i <= count; i++) parts.push(JSON.parse(JSON.stringify(await runShard(kind, planned, { index: i, count }, replicationPool))) as ShardPart);
  await replicationPool.close();
  return parts;
}

describe("partProblem", () => {
  it("accepts a part as written and names what is wrong with anything else", async () => {
    const [part] = await partsOf("run", [counter("today", 1.6)], 2);
    expect(partProblem(part)).toBeNull();
    expect(partProblem(null)).toMatch(/^it is not a procsim part file/);
    expect(partProblem([])).toMatch(/^it is not a procsim part file/);
    expect(partProblem({ format: "x" })).toBe('it is not a procsim part file (format "x", expected procsim-shard/1)');
    expect(partProblem({ format: "procsim-shard/1" })).toBe('kind must be "run" or "compare", found nothing');
    expect(partProblem({ ...part, shard: { index: 3, count: 2 } })).toMatch(/^shard must be \{index, count\}/);
    expect(partProblem({ ...part, models: [] })).toBe("models must be a list of one model");
    expect(partProblem({ ...part, kind: "compare" })).toBe("models must be a list of two or more models");
    expect(partProblem({ ...part, perReplication: "yes" })).toBe("perReplication must be true or false");
    const cut = { ...part, part: { ...part.part, results: [part.part.results[0].slice(1)] } };
    expect(partProblem(cut)).toBe("part.results must hold replications 0..1 of every model, in order");
    expect(partProblem({ ...part, part: { ...part.part, results: [] } })).toBe("part.results must hold one list per model (1), found 0");
  });
});

describe("planDifference", () => {
  it("names the seed, the replications, the horizon, the command, the shard count or the model", async () => {
    const base = counter("today", 1.6);
    const [a] = await partsOf("run", [base], 2);
    const other = (model: Model): ShardPart => ({ ...a, models: [model] });
    expect(planDifference(a, a)).toBeNull();
    expect(planDifference(other(withRunOverrides(base, { seed: 9 })), a)).toBe("seed 9, not 5");
    expect(planDifference(other(withRunOverrides(base, { replications: 6 })), a)).toBe("6 replications, not 4");
    expect(planDifference(other(withRunOverrides(base, { horizon: 1200 })), a)).toBe("horizon 1200 min, not 600 min");
    expect(planDifference(other(counter("today", 1.2)), a)).toBe('the model differs (another file or other settings of "today")');
    expect(planDifference(other(counter("faster", 1.6)), a)).toBe('the model is "faster", not "today"');
    expect(planDifference({ ...a, shard: { index: 1, count: 3 } }, a)).toBe("3 shards, not 2");
    const [c] = await partsOf("compare", [base, counter("faster", 1.2)], 2);
    expect(planDifference(c, a)).toBe("a comparison, not a run");
  });
});

describe("mergeShards", () => {
  it("refuses a malformed part and a part of another seed with what is wrong", async () => {
    const parts = await partsOf("run", [counter("today", 1.6)], 2);
    expect(() => mergeShards([parts[0], null as unknown as ShardPart])).toThrow("part 2 of 2: it is not a procsim part file");
    const reseeded = await partsOf("run", [withRunOverrides(counter("today", 1.6), { seed: 9 })], 2);
    expect(() => mergeShards([parts[0], reseeded[1]])).toThrow("shard 2/2 is from another plan than shard 1/2: seed 9, not 5");
  });

  it("asks for each replication's values when a part was written with --per-replication", async () => {
    const parts = await partsOf("run", [counter("today", 1.6)], 2);
    expect(mergeShards(parts).perReplication).toBe(false);
    expect(mergeShards([parts[0], { ...parts[1], perReplication: true }]).perReplication).toBe(true);
  });
});
