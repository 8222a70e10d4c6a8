// A sweep's points pass the validation of a model file before anything runs: every refused
// value is reported at once, naming the setting, the model path and what would be valid; a
// combination of valid values that fails together is reported once with a count; the library's
// sweep and tornado return those issues instead of throwing or simulating.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkEditedModel, editedFieldDrafts } from "../../../src/model/checks/edited-model.js";
import type { Model } from "../../../src/model/compile/model.js";
import type { ModelIssue } from "../../../src/model/source/issues.js";
import { loadModelFile } from "../../../src/model/source/load.js";
import { LIMITS } from "../../../src/model/schema/limits.js";
import { resolveParameter } from "../../../src/experiment/parameters.js";
import { sweepModels } from "../../../src/experiment/sweep-models.js";
import { sweep, sweepPoints, type SweepAxis } from "../../../src/experiment/sweep.js";
import { tornado } from "../../../src/experiment/tornado.js";

const SCENARIOS = "scenarios";

function scenario(name: string): Model {
  const loaded = loadModelFile(join(SCENARIOS, name));
  if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join("\n"));
  return loaded.model;
}

const branch = () => scenario("branch-counter.yaml");
const axis = (model: Model, path: string, values: number[]): SweepAxis => ({ parameter: resolveParameter(model, path), values });
const issuesOf = (result: { readonly ok: boolean; readonly issues?: readonly ModelIssue[] }) => result.issues ?? [];
const messages = (result: ReturnType<typeof sweepModels>) => issuesOf(result).map((issue) => issue.message);

describe("sweepModels", () => {
  it("reports every refused value at once, with its setting, the model path and what is valid", () => {
    const model = branch();
    const axes = [
      axis(model, "steps.counter.duration.mean", [0, 5, 1e308]),
      axis(model, "arrivals.business.ratePerHour", [5, LIMITS.ratePerHour * 10]),
      axis(model, "pools.tellers.capacity", [LIMITS.capacity + 1]),
    ];
    const result = sweepModels(model, axes, sweepPoints(axes, "oneAtATime"));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.severity, issue.file, issue.path])).toEqual(Array(4).fill(["invalidSetting", "error", "(options)", ["vary"]]));
    expect(messages(result)).toEqual([
      "steps.counter.duration.mean=0 makes steps[1].duration.lognormal.mean invalid: mean is 0; mean must be greater than 0",
      expect.stringMatching(/^steps\.counter\.duration\.mean=1e\+308 makes steps\[1\]\.duration invalid: found a mean of .*; must be at most 100 years$/),
      `arrivals.business.ratePerHour=${LIMITS.ratePerHour * 10} makes arrivals[1].ratePerHour invalid: found ${LIMITS.ratePerHour * 10}; must be at most ${LIMITS.ratePerHour}`,
      `pools.tellers.capacity=${LIMITS.capacity + 1} makes resources.tellers.capacity invalid: found ${LIMITS.capacity + 1}; must be at most ${LIMITS.capacity}`,
    ]);
  });

  it("refuses a scale to zero and a value the edit itself refuses", () => {
    const model = branch();
    const axes = [axis(model, "steps.counter.duration.scale", [0, 1]), axis(model, "pools.tellers.costPerHour", [-1])];
    expect(messages(sweepModels(model, axes, sweepPoints(axes, "factorial")))).toEqual([
      "steps.counter.duration.scale=0 makes steps[1].duration.lognormal.mean invalid: mean is 0; mean must be greater than 0",
      'pools.tellers.costPerHour=-1 is refused: costPerHour of "tellers" must be ≥ 0, got -1',
    ]);
  });

  it("reports a combination of valid values that fails together once, counting the other points", () => {
    const model = branch();
    const near = LIMITS.ratePerHour * 0.6;
    const axes = [axis(model, "arrivals.business.ratePerHour", [near, near + 1, 5]), axis(model, "arrivals.business.scale", [1, 2])];
    const result = sweepModels(model, axes, sweepPoints(axes, "factorial"));
    expect(messages(result)).toEqual([
      `arrivals.business.ratePerHour=${near}, arrivals.business.scale=2 makes arrivals[1].ratePerHour invalid: found ${near * 2}; must be at most ${LIMITS.ratePerHour} (so does 1 other point of the sweep)`,
    ]);
  });

  it("gives the model of each point in order, named by its settings", () => {
    const model = branch();
    const axes = [axis(model, "pools.tellers.capacity", [4, 6])];
    const result = sweepModels(model, axes, sweepPoints(axes, "factorial"));
    if (!result.ok) throw new Error(messages(result).join("\n"));
    expect(result.models.map((m) => [m.name, m.resources[0].capacity])).toEqual([[`${model.name} [pools.tellers.capacity=4]`, 4], [`${model.name} [pools.tellers.capacity=6]`, 6]]);
  });
});

describe("the library's sweep and tornado", () => {
  it("sweep returns the same issues, simulating nothing", async () => {
    const model = branch();
    const axes = [axis(model, "steps.counter.duration.mean", [0, 5])];
    let progress = 0;
    const outcome = await sweep(model, axes, "factorial", { workers: 1, onProgress: () => progress++ });
    expect(outcome.ok).toBe(false);
    expect(issuesOf(outcome)).toEqual(issuesOf(sweepModels(model, axes, sweepPoints(axes, "factorial"))));
    expect(progress).toBe(0);
  });

  it("a tornado whose move leaves the limits returns the refusal", async () => {
    const model = branch();
    const outcome = await tornado(model, [resolveParameter(model, "arrivals.business.ratePerHour")], 0.5, { workers: 1, replications: 1 });
    expect(outcome.ok).toBe(true);
    const edge = { ...model, arrivals: model.arrivals.map((a) => (a.name === "business" ? { ...a, ratePerHour: LIMITS.ratePerHour } : a)) };
    const refused = await tornado(edge, [resolveParameter(edge, "arrivals.business.ratePerHour")], 0.1, { workers: 1 });
    expect(issuesOf(refused).map((issue) => issue.message)).toEqual([
      `arrivals.business.ratePerHour=${LIMITS.ratePerHour * 1.1} makes arrivals[1].ratePerHour invalid: found ${LIMITS.ratePerHour * 1.1}; must be at most ${LIMITS.ratePerHour}`,
    ]);
  });

  it("stops before running when beforeRun refuses the models (a run budget), and hands it every model", async () => {
    const model = branch();
    const axes = [axis(model, "pools.tellers.capacity", [4, 5, 6])];
    const seen: number[] = [];
    const refusal = issuesOf(sweepModels(model, [axis(model, "pools.tellers.capacity", [-1])], [[{ path: "pools.tellers.capacity", value: -1 }]]));
    const outcome = await sweep(model, axes, "factorial", { workers: 1, beforeRun: (models) => (seen.push(models.length), refusal) });
    expect(seen).toEqual([3]);
    expect(issuesOf(outcome)).toEqual(refusal);
  });
});

describe("checkEditedModel", () => {
  it("finds nothing in the fields of any bundled scenario (a profile is held to the limit by its mean)", () => {
    for (const file of readdirSync(SCENARIOS).filter((name) => name.endsWith(".yaml"))) {
      const loaded = loadModelFile(join(SCENARIOS, file));
      if (loaded.ok) expect(editedFieldDrafts(loaded.model), file).toEqual([]);
    }
  });

  it("holds a scaled profile to the rate limit by its mean over the open hours", () => {
    const model = branch();
    const scaled = { ...model, arrivals: model.arrivals.map((a) => (a.profile === null ? a : { ...a, profile: a.profile.map((i) => ({ ...i, ratePerHour: i.ratePerHour * LIMITS.ratePerHour })) })) };
    expect(checkEditedModel(scaled).map((draft) => [draft.code, draft.path])).toEqual([["tooBig", ["arrivals", 0, "profile"]]]);
  });
});
