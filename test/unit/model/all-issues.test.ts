/**
 * All problems at once: a shape error in one place does not hide the reference, parameter and
 * routing errors elsewhere, in its own element included; follow-ons of the shape error (a pool
 * whose capacity was refused "never has enough units") are not reported.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { positionOf } from "./helpers.js";

/** One unknown key (costPerHuor) and four errors of other kinds, each in its own place. */
const FIVE_PROBLEMS = `name: branch
run: { horizon: 8h, replications: 2 }
arrivals:
  - name: customers
    ratePerHour: 6
resources:
  tellers: { capacity: 2, costPerHuor: 30 }
  managers: { capacity: 1 }
steps:
  - name: counter
    resource: tellers
    duration: { triangular: { min: 2, mode: 9, max: 8 } }
    next: [ { to: approval, p: 0.5 }, { to: exit, p: 0.4 } ]
  - name: approval
    resource: manager
    duration: { exponential: { mean: 4 } }
    next: reveiw
`;

describe("all issues at once", () => {
  it("one unknown key plus four other errors: all five reported, each located", () => {
    const result = loadModelText(FIVE_PROBLEMS, "model.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.issues.map((issue) => ({ code: issue.code, path: issue.path, line: issue.line, column: issue.column }));
    const at = (needle: string) => positionOf(FIVE_PROBLEMS, needle);
    expect(found).toEqual([
      { code: "unknownKey", path: ["resources", "tellers", "costPerHuor"], ...at("costPerHuor") },
      { code: "modeOutside", path: ["steps", 0, "duration", "triangular", "mode"], ...at("9, max") },
      { code: "branchSum", path: ["steps", 0, "next"], ...at("[ { to: approval") },
      { code: "unknownResource", path: ["steps", 1, "resource"], ...at("manager\n") },
      { code: "unknownStep", path: ["steps", 1, "next"], ...at("reveiw") },
    ]);
  });

  it("a refused value in a step hides neither the other problems of that step nor those of another", () => {
    const text = FIVE_PROBLEMS.replace("costPerHuor", "costPerHour").replace("{ exponential: { mean: 4 } }", '"fast"');
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // steps[1]'s duration was repaired; its unknown pool and next are other values of the step, and reported.
    expect(result.issues.map((issue) => `${issue.code}@${issue.path.join(".")}`)).toEqual([
      "modeOutside@steps.0.duration.triangular.mode",
      "branchSum@steps.0.next",
      "unknownResource@steps.1.resource",
      "badFormat@steps.1.duration",
      "unknownStep@steps.1.next",
    ]);
  });

  it("no follow-ons: a pool whose capacity is refused is not reported as too small for its steps", () => {
    const text = FIVE_PROBLEMS.replace("costPerHuor: 30", "costPerHour: 30").replace("tellers: { capacity: 2", 'tellers: { capacity: "two"');
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.issues.map((issue) => issue.code);
    expect(codes).toContain("wrongType");
    expect(codes).not.toContain("capacityMissing");
    expect(codes).not.toContain("unitsOverCapacity");
    expect(codes).toEqual(expect.arrayContaining(["modeOutside", "branchSum", "unknownResource", "unknownStep"]));
  });

  it("a whole section of the wrong shape is left out: no guessed errors about what it held, every other error", () => {
    const text = FIVE_PROBLEMS.replace("  tellers: { capacity: 2, costPerHuor: 30 }\n  managers: { capacity: 1 }", "  - tellers\n  - managers");
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(false);
    // No "resource "tellers" is not defined": the pools are what the refused section held.
    if (!result.ok) {
      expect(result.issues.map((issue) => `${issue.code}@${issue.path.join(".")}`)).toEqual([
        "wrongType@resources",
        "modeOutside@steps.0.duration.triangular.mode",
        "branchSum@steps.0.next",
        "unknownStep@steps.1.next",
      ]);
    }
  });

  it("a model too broken to salvage still reports its shape errors", () => {
    const result = loadModelText("name: x\ntimeUnit: weeks\nrun: { horizon: 8h }\narrivals: []\nsteps: 3\n", "model.yaml");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(["badEnum", "tooFewItems", "wrongType"]));
  });
});

/** A misnamed distribution parameter inside a source's patience (lognormal takes sd, not cv). */
const WRONG_PARAMETER = `name: phones
run: { horizon: 8h, replications: 2 }
arrivals:
  - name: calls
    ratePerHour: 10
    patience: { lognormal: { mean: 1.1, cv: 0.3 } }
resources:
  agents: { capacity: 2 }
steps:
  - name: talk
    resource: agents
    duration: 5min
`;

describe("a wrong distribution parameter in a source", () => {
  it("is a located unknown key with a suggestion, not a syntax error at 1:1", () => {
    const result = loadModelText(WRONG_PARAMETER, "phones.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const unknown = result.issues.find((issue) => issue.code === "unknownKey");
    expect(unknown?.path).toEqual(["arrivals", 0, "patience", "lognormal", "cv"]);
    expect(unknown && { line: unknown.line, column: unknown.column }).toEqual(positionOf(WRONG_PARAMETER, "cv: 0.3"));
    expect(result.issues.map((issue) => issue.code)).not.toContain("yamlSyntax");
  });
});
