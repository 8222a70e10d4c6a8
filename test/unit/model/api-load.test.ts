/**
 * The library facade: loading a model built in code, re-checking a model changed in code,
 * and a duplicate profile time.
 */
import { describe, expect, it } from "vitest";
import { checkModel, loadModelObject } from "../../../src/api/load.js";
import { BASE, expectLocated, issueFor, vary } from "./helpers.js";

const OBJECT = {
  name: "built in code",
  run: { horizon: "8h" },
  arrivals: [{ name: "calls", ratePerHour: 30 }],
  resources: { agents: { capacity: 4, costPerHour: 28 } },
  steps: [{ name: "answer", resource: "agents", duration: { exponential: { mean: "4min" } } }],
};

describe("library facade", () => {
  it("loads a model given as a plain object", () => {
    const result = loadModelObject(OBJECT);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.model.steps[0]).toMatchObject({ resources: [{ resource: "agents", units: 1 }], duration: { kind: "exponential", mean: 4 } });
  });

  it("reports a plain object's problems by path, without positions", () => {
    const result = loadModelObject({ ...OBJECT, steps: [{ ...OBJECT.steps[0], resource: "agent" }] }, "notebook");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: "unknownResource", path: ["steps", 0, "resource"], file: "notebook", line: 0, column: 0 });
  });

  it("re-checks a model changed in code", () => {
    const result = loadModelObject(OBJECT);
    if (!result.ok) throw new Error("invalid");
    const changed = { ...result.model, resources: [{ ...result.model.resources[0], capacity: 1 }] };
    const issues = checkModel(changed);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([["overloaded", "warning", ["resources", "agents"]]]);
    const overloaded = issues[0];
    expect(overloaded.code === "overloaded" && overloaded.params.rho).toBeCloseTo((30 * 4) / 60, 6);
    expect(checkModel(result.model)).toEqual([]);
  });

  it("a profile time given twice (09:00 and 9:00) is an error", () => {
    const text = vary("ratePerHour: 6", 'profile: { "09:00": 4, "9:00": 6 }');
    expectLocated(issueFor(text, "profileDuplicate"), { path: ["arrivals", 0, "profile", "9:00"], text, needle: '"9:00": 6' });
    expect(BASE).toContain("ratePerHour: 6");
  });
});
