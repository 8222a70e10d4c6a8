// Run overrides produce a new model and leave the loaded one alone; invalid values are refused.
import { describe, expect, it } from "vitest";
import { checkOverridesFor, checkRunOverrides, withRunOverrides } from "../../../src/experiment/run-overrides.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";

const model = buildModel({
  arrivals: [poissonSource("customers", 1, "counter")],
  resources: [pool("tellers", 2)],
  steps: [serviceStep("counter", "tellers", exponential(1))],
  run: { horizon: 480, warmup: 60, replications: 10, seed: 3 },
});

describe("run overrides", () => {
  it("return a new model with the given settings and leave the input unchanged", () => {
    const before = JSON.stringify(model);
    const changed = withRunOverrides(model, { replications: 50, seed: 7, horizon: 960 });
    expect(changed.run).toEqual({ ...model.run, replications: 50, seed: 7, horizon: 960 });
    expect(changed).not.toBe(model);
    expect(JSON.stringify(model)).toBe(before);
    expect(withRunOverrides(model, {}).run).toEqual(model.run);
  });

  it("refuse invalid values with a message naming the option", () => {
    expect(checkRunOverrides({ replications: 0, seed: 1.5, horizon: -1 }).map((p) => p.option)).toEqual(["replications", "seed", "horizon"]);
    expect(() => withRunOverrides(model, { replications: 2.5 })).toThrow(RangeError);
    expect(checkOverridesFor(model, { horizon: 30 })[0].message).toMatch(/not longer than the model's warm-up of 60 min/);
    expect(checkOverridesFor(model, { horizon: 120 })).toEqual([]);
  });

  it("refuse a horizon inside the warm-up in code too (simulate, compare), not only from files", () => {
    expect(() => withRunOverrides(model, { horizon: 60 })).toThrow(/not longer than the model's warm-up of 60 min/);
    expect(withRunOverrides(model, { horizon: 61 }).run.horizon).toBe(61);
  });
});
