/**
 * Run guards: an unstable system, an endless rework loop, a step that can never start and an
 * exhausted event budget each stop the run with a SimulationError naming replication, time,
 * case and the step's YAML path.
 */
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../../src/engine/errors.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { branch, fixed, model, pool, source, step, trace, TraceObserver } from "./fixtures.js";

function failure(run: () => unknown): SimulationError {
  try {
    run();
  } catch (error) {
    if (error instanceof SimulationError) return error;
    throw error;
  }
  throw new Error("expected a SimulationError");
}

describe("run guards", () => {
  it("reports an unstable system with the step and pool whose line grew", () => {
    const error = failure(() => trace(model({
      arrivals: [source("walk-in", fixed(1), "desk")],
      resources: [pool("teller", 1)],
      steps: [step("desk", [["teller", 1]], fixed(2))],
      run: { horizon: 1e6, study: "steadyState" },
    }), { limits: { maxCasesInSystem: 50 }, replication: 3 }));
    expect(error.message).toMatch(/^replication 3, t = 100 min: system is unstable: more than 50 cases in the system/);
    expect(error.message).toContain('the longest waiting line is at steps[0] "desk" with 49 cases (pool "teller")');
  });

  it("reports an endless rework loop with the case and the step path", () => {
    const error = failure(() => trace(model({
      arrivals: [source("apps", fixed(1), "intake")],
      steps: [step("intake", [], fixed(1)), step("review", [], fixed(1), branch(["review", 1]))].map((s, i) =>
        i === 0 ? { ...s, next: { kind: "goto" as const, to: "review" } } : s),
      run: { maxArrivals: 1 },
    }), { limits: { maxVisitsPerStep: 5 } }));
    expect(error.message).toBe(
      'replication 0, t = 7 min, case #0 (apps), at steps[1] "review": the case visited this step more than 5 times: ' +
      "its route leads back here (rework, errors or branches to earlier steps) — an endless rework loop? " +
      "Check the branch and error probabilities back to earlier steps.",
    );
    expect(error.context.caseLabel).toBe("#0 (apps)");
  });

  it("reports a step whose needs exceed what the pool ever has", () => {
    const error = failure(() => trace(model({
      arrivals: [source("apps", fixed(1), "committee")],
      resources: [pool("managers", 1)],
      steps: [step("committee", [["managers", 2]], fixed(1))],
      run: { maxArrivals: 2 },
    })));
    expect(error.message).toContain('the run is stuck: 2 cases wait at steps[0] "committee" (pool "managers")');
  });

  it("stops after maxEvents", () => {
    const error = failure(() => trace(model({
      arrivals: [source("walk-in", fixed(1), "walk")],
      steps: [step("walk", [], fixed(1))],
      run: { horizon: 1000, study: "steadyState" },
    }), { limits: { maxEvents: 10 } }));
    expect(error.message).toContain("event budget exhausted: event 11 is more than maxEvents = 10");
  });

  it("rejects a negative duration draw", () => {
    const error = failure(() => trace(model({
      arrivals: [source("walk-in", fixed(1), "walk")],
      steps: [step("walk", [], { kind: "empirical", values: [-1], weights: [1] })],
      run: { maxArrivals: 1 },
    })));
    expect(error.message).toContain('case #0 (walk-in), at steps[0] "walk": a duration was drawn as -1');
  });

  it("wraps an unexpected failure inside the loop with the run's context", () => {
    const compiled = compileModel(model({
      arrivals: [source("walk-in", fixed(1), "walk")],
      steps: [step("walk", [], fixed(2))],
      run: { maxArrivals: 3 },
    }));
    const observer = new TraceObserver(compiled);
    observer.onFinish = () => {
      throw new Error("disk full");
    };
    const error = failure(() => runReplication(compiled, 4, { observer }));
    expect(error.message).toBe('replication 4, t = 3 min, case #0 (walk-in), at steps[0] "walk": unexpected failure: disk full');
    expect((error.cause as Error).message).toBe("disk full");
  });
});
