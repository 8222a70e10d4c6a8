/**
 * Errors made by the parts of a fork against theory: a loan file's credit check and valuation
 * run in parallel and err independently (rates r₁, r₂); the decision after the join finds
 * each pending error with probability p, independently. A part's error is the file's, so the
 * file passes first time exactly when the decision finds nothing on its first visit:
 * first-pass yield = (1 − p·r₁)(1 − p·r₂).
 */
import { beforeAll, describe, it } from "vitest";
import type { Step, StepDetects, StepErrors } from "../../src/model/compile/model.js";
import type { RepResult } from "../../src/stats/result-types.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor, stationSource } from "../support/theory/station-models.js";
import { EXIT, buildModel, exponential, goTo, serviceStep } from "../support/theory/model-builder.js";

const errors = (rate: number, to: string): StepErrors => ({ rate, to, path: [] });
const ZERO = { kind: "deterministic", value: 0 } as const;

describe("fork into credit check (errs 20%) and valuation (errs 10%), decision finds 60%", () => {
  const r1 = 0.2;
  const r2 = 0.1;
  const p = 0.6;
  let results: RepResult[];
  beforeAll(() => {
    const steps: Step[] = [
      { name: "checks", kind: "fork", resources: [], duration: ZERO, next: EXIT, fork: { branches: ["credit check", "valuation"], join: "checks done" }, path: ["steps", 0] },
      { ...serviceStep("credit check", null, exponential(1), goTo("checks done")), errors: errors(r1, "fix") },
      { ...serviceStep("valuation", null, exponential(2), goTo("checks done")), errors: errors(r2, "fix") },
      { name: "checks done", kind: "join", resources: [], duration: ZERO, next: goTo("decision"), path: ["steps", 3] },
      { ...serviceStep("decision", null, exponential(1), EXIT), detects: { from: ["credit check", "valuation"], p, path: [] } satisfies StepDetects },
      serviceStep("fix", null, exponential(1), goTo("decision")),
    ];
    const model = buildModel({
      arrivals: [stationSource({ arrivalRate: 1 }, "checks")],
      steps,
      run: { horizon: horizonFor(1, 20_000, 0), study: "terminating" },
    });
    results = replicate(model, 20);
  });

  it("first-pass yield is (1 − p·r₁)(1 − p·r₂): the parts' errors are the file's", () => {
    checkKpi(results, "overall/firstPassYield", (1 - p * r1) * (1 - p * r2), { maxRelativeHalfWidth: 0.01 });
  });

  it("each branch step errs at its own rate", () => {
    checkKpi(results, "step/credit check/errors.rate", r1, { maxRelativeHalfWidth: 0.05 });
    checkKpi(results, "step/valuation/errors.rate", r2, { maxRelativeHalfWidth: 0.05 });
  });
});
