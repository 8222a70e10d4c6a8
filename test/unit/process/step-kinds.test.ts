/**
 * Step kinds are explicit from the YAML to the compiled table: `kind:` may be written or
 * inferred from the resources, a contradiction is a located issue, and a kind the engine
 * has no module for is an invariant failure, never silently treated as a delay.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { STEP_DELAY, STEP_SERVICE } from "../../../src/model/compile/compiled.js";
import { STEP_KINDS, type StepKind } from "../../../src/model/compile/model.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { SimulationError, InvariantError } from "../../../src/engine/errors.js";
import { BASE, expectLocated, issueFor, vary } from "../model/helpers.js";
import { fixed, model, pool, source, step } from "./fixtures.js";

describe("step kind in the model", () => {
  it("is inferred from the resources when not written, and carried to the compiled table", () => {
    const text = `${BASE}  - name: customer reads terms\n    duration: { uniform: { min: 1, max: 3 } }\n`;
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.steps.map((s) => s.kind)).toEqual(["service", "service", "delay"]);
    expect(Array.from(compileModel(result.model).steps.kind)).toEqual([STEP_SERVICE, STEP_SERVICE, STEP_DELAY]);
  });

  it("may be written, and must agree with the resources", () => {
    const declared = vary("  - name: review\n", "  - name: review\n    kind: service\n");
    expect(loadModelText(declared, "model.yaml").ok).toBe(true);
    const wrong = vary("  - name: review\n", "  - name: review\n    kind: delay\n");
    expectLocated(issueFor(wrong, "delayWithResource"), { path: ["steps", 1, "kind"], text: wrong, needle: "delay\n" });
    const noPool = `${BASE}  - name: sign\n    kind: service\n    duration: 2\n`;
    expectLocated(issueFor(noPool, "serviceWithoutResource"), { path: ["steps", 2, "kind"], text: noPool, needle: "service\n    duration: 2" });
  });

  it("numbers the kinds as the compiled STEP_* codes", () => {
    expect(STEP_KINDS[STEP_DELAY]).toBe("delay");
    expect(STEP_KINDS[STEP_SERVICE]).toBe("service");
  });

  it("compile refuses a kind it does not know", () => {
    const m = model({ arrivals: [source("a", fixed(1), "x")], steps: [{ ...step("x", [], fixed(1)), kind: "teleport" as StepKind }], run: { maxArrivals: 1 } });
    expect(() => compileModel(m)).toThrow(/unknown step kind "teleport" at steps\[0\]/);
  });
});

describe("step kind in the engine", () => {
  it("an unknown kind code in the compiled table throws an InvariantError naming the step", () => {
    const compiled = compileModel(model({
      arrivals: [source("a", fixed(1), "desk")],
      resources: [pool("teller", 1)],
      steps: [step("desk", [["teller", 1]], fixed(1))],
      run: { maxArrivals: 2 },
    }));
    compiled.steps.kind[0] = 7;
    let caught: unknown = null;
    try {
      runReplication(compiled, 0);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SimulationError);
    expect((caught as SimulationError).cause).toBeInstanceOf(InvariantError);
    expect((caught as SimulationError).message).toMatch(/unknown step kind 7 at steps\[0\] "desk"/);
  });
});
