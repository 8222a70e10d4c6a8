// The warnings of a sweep's points come back once per kind and place, naming the points they
// belong to, placed where `validate` would place them; a warning the model itself has is not
// repeated; run warnings the same at several points are listed once.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Model } from "../../../src/model/compile/model.js";
import { loadModelFile, loadModelText } from "../../../src/model/source/load.js";
import { resolveParameter } from "../../../src/experiment/parameters.js";
import { pointRunWarnings, pointsText } from "../../../src/experiment/point-warnings.js";
import { sweepModels } from "../../../src/experiment/sweep-models.js";
import { sweep, sweepPoints, type SweepAxis } from "../../../src/experiment/sweep.js";
import { tornado } from "../../../src/experiment/tornado.js";

const BRANCH = join("scenarios", "branch-counter.yaml");

function branch(): Model {
  const loaded = loadModelFile(BRANCH);
  if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join("\n"));
  return loaded.model;
}

const axis = (model: Model, path: string, values: number[]): SweepAxis => ({ parameter: resolveParameter(model, path), values });
const LUNCH = "pools.tellers.shifts[1].capacity";

describe("pointsText", () => {
  const at = (...values: number[]) => values.map((value) => [{ path: "a", value }]);
  it("lists values along one parameter, points across several, and counts the rest", () => {
    expect(pointsText(at(3))).toBe("a=3");
    expect(pointsText(at(3, 4, 5))).toBe("a=3, 4 and 5");
    expect(pointsText(at(1, 2, 3, 4, 5, 6, 7, 8))).toBe("a=1, 2, 3, 4, 5, 6 and 2 more points");
    expect(pointsText(at(1, 2, 3), 3)).toBe("all 3 points");
    expect(pointsText([[{ path: "a", value: 1 }, { path: "b", value: 2 }], []])).toBe("a=1, b=2 and the model's values");
  });
});

describe("the warnings of a sweep's points", () => {
  it("says an overloaded pool once, at the first point's figures, likewise at the others, where validate places it", () => {
    const model = branch();
    const axes = [axis(model, LUNCH, [3, 4, 5, 6, 7, 8])];
    const result = sweepModels(model, axes, sweepPoints(axes, "factorial"));
    if (!result.ok) throw new Error("the points should be valid");
    expect(result.warnings.map((w) => [w.code, w.severity, w.file, w.line, w.column, w.path.join(".")])).toEqual([["pointWarning", "warning", BRANCH, 30, 5, "resources.tellers"]]);
    expect(result.warnings[0].message).toMatch(
      new RegExp(`^at ${LUNCH.replace(/[[\].]/g, "\\$&")}=3: pool "tellers" is offered more work than it has in some hours: ρ = 2\\.08 .*; likewise at ${LUNCH.replace(/[[\].]/g, "\\$&")}=4, 5 and 6$`),
    );
  });

  it("leaves out the warnings the model itself has", () => {
    const text = `name: lunch gap
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 1d, replications: 2, seed: 1 }
arrivals: [ { name: walk-in, ratePerHour: 20, start: counter } ]
resources:
  tellers:
    costPerHour: 30
    shifts: [ { from: "09:00", to: "12:00", capacity: 3 }, { from: "13:00", to: "17:00", capacity: 3 } ]
steps: [ { name: counter, resource: tellers, duration: { exponential: { mean: 5 } } } ]
`;
    const loaded = loadModelText(text, "gap.yaml");
    if (!loaded.ok) throw new Error("the model should load");
    expect(loaded.warnings.map((w) => w.code)).toContain("shiftGap");
    const axes = [axis(loaded.model, "pools.tellers.costPerHour", [20, 40])];
    const result = sweepModels(loaded.model, axes, sweepPoints(axes, "factorial"));
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("the library's sweep returns them, and its run warnings once with their points", async () => {
    const model = branch();
    const outcome = await sweep(model, [axis(model, LUNCH, [3, 8])], "factorial", { workers: 1, replications: 1 });
    if (!outcome.ok) throw new Error("the sweep should run");
    expect(outcome.warnings.map((w) => w.code)).toEqual(["pointWarning"]);
    expect(outcome.value.warnings).toEqual([{ text: expect.stringMatching(/^Only 1 replication/), points: [[{ path: LUNCH, value: 3 }], [{ path: LUNCH, value: 8 }]] }]);
  });

  it("a tornado's too, its own run at the model's values included", async () => {
    const model = branch();
    const outcome = await tornado(model, [resolveParameter(model, "arrivals.walk-in.scale")], 0.4, { workers: 1, replications: 1 });
    if (!outcome.ok) throw new Error("the tornado should run");
    expect(outcome.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^at arrivals\.walk-in\.scale=1\.4: pool "tellers" is offered more work/)]);
    expect(outcome.value.warnings.map((w) => w.points.length)).toEqual([3]);
    expect(outcome.value.warnings[0].points[0]).toEqual([]);
  });
});

describe("pointRunWarnings", () => {
  it("groups identical sentences in order of first appearance, a point once per sentence", () => {
    const p = (value: number) => [{ path: "a", value }];
    expect(pointRunWarnings([{ settings: p(1), warnings: ["x", "x", "y"] }, { settings: p(2), warnings: ["y"] }])).toEqual([
      { text: "x", points: [p(1)] },
      { text: "y", points: [p(1), p(2)] },
    ]);
  });
});
