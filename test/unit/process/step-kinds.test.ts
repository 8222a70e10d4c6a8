/**
 * Step kinds are explicit from the YAML to the compiled table: `kind:` may be written or
 * inferred from the resources, a contradiction is a located issue, and a kind the engine
 * has no module for is an invariant failure, never silently treated as a delay.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { STEP_BATCH, STEP_DELAY, STEP_SERVICE } from "../../../src/model/compile/compiled.js";
import { STEP_KINDS, type StepKind } from "../../../src/model/compile/model.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { SimulationError, InvariantError } from "../../../src/engine/errors.js";
import { BASE, expectLocated, issueFor, vary } from "../model/helpers.js";
import { fixed, model, pool, source, step } from "./fixtures.js";
import { CaseDraws } from "../../../src/process/draws.js";
import { ArrivalClock } from "../../../src/process/arrivals.js";
import { ConstantCapacity } from "../../../src/process/capacity.js";
import { DEFAULT_LIMITS } from "../../../src/process/guards.js";
import { Simulation } from "../../../src/process/simulation.js";
import { QuietObserver } from "../../support/theory/recording-observers.js";
import * as EVENTS from "../../../src/process/event-kinds.js";

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
    expect(STEP_KINDS[STEP_BATCH]).toBe("batch");
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

describe("event kinds", () => {
  it("are numbered 0 … EVENT_KIND_COUNT − 1 in same-time order, each its own band", () => {
    const { EVENT_KIND_COUNT, ...kinds } = EVENTS;
    expect(Object.entries(kinds).sort((a, b) => a[1] - b[1]).map(([name]) => name)).toEqual([
      "EVENT_CAPACITY", "EVENT_POOL_DOWN", "EVENT_POOL_UP", "EVENT_STEP_END", "EVENT_BATCH_RELEASE", "EVENT_ARRIVAL", "EVENT_RETRIAL",
      "EVENT_PATIENCE", "EVENT_MESSAGE_OFFER", "EVENT_ESCALATION", "EVENT_STOP",
    ]);
    expect(Object.values(kinds).sort((a, b) => a - b)).toEqual(Array.from({ length: EVENT_KIND_COUNT }, (_, i) => i));
  });

  it("an event of unknown kind in the queue throws an InvariantError", () => {
    const compiled = compileModel(model({ arrivals: [source("a", fixed(1), "x")], steps: [step("x", [], fixed(1))], run: { maxArrivals: 2 } }));
    const draws = new CaseDraws(compiled, 0);
    const simulation = new Simulation({
      compiled, replication: 0, observer: new QuietObserver(), draws,
      arrivals: new ArrivalClock(compiled, draws, null, [null]), capacity: [new ConstantCapacity(1)], limits: DEFAULT_LIMITS,
    });
    simulation.queue.schedule(0.5, EVENTS.EVENT_KIND_COUNT, 0);
    expect(() => simulation.run()).toThrow(new RegExp(`internal invariant violated: unknown event kind ${EVENTS.EVENT_KIND_COUNT}`));
  });
});
