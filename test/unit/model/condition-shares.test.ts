/**
 * Routing shares of conditional routes are exact (from the attributes' CDFs), checked against
 * hand calculations: the loan factory's committee limits, ranges, atoms, categories and two
 * attributes tested in turn.
 */
import { describe, expect, it } from "vitest";
import { conditionShares } from "../../../src/model/checks/condition-shares.js";
import type { Model } from "../../../src/model/compile/model.js";
import { loadModelFile, loadModelText } from "../../../src/model/source/load.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { vary } from "./helpers.js";

function modelOf(result: ReturnType<typeof loadModelText>): Model {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.model;
}

/** Shares of the conditional route after `step`, by target. */
function sharesAfter(model: Model, step: string): Record<string, number> {
  const route = model.steps.find((s) => s.name === step)?.next;
  if (route?.kind !== "conditional") throw new Error(`${step} has no conditional route`);
  return Object.fromEntries(conditionShares(model, route.options).map((share) => [share.to, share.p]));
}

/** BASE with `attributes` on the source and intake routed by `branches`. */
function routed(attributes: string, ...branches: string[]): Model {
  const withAttributes = vary("    ratePerHour: 6\n", `    ratePerHour: 6\n    attributes:\n${attributes}`);
  const next = `    next:\n${branches.map((b) => `      - ${b}\n`).join("")}`;
  return modelOf(loadModelText(vary("    duration: { exponential: { mean: 5 } }\n", `    duration: { exponential: { mean: 5 } }\n${next}`, withAttributes)));
}

describe("conditional routing shares", () => {
  // amount lognormal(mean 60,000, sd 50,000): σ² = ln(1 + (5/6)²) = 0.52736, μ = ln 60,000 − σ²/2 = 10.73842.
  it("loan factory: the committee sees P(Z > 1.0666) = 14.31% above 100,000, P(Z > 2.3283) = 0.995% above 250,000", () => {
    const current = sharesAfter(modelOf(loadModelFile("scenarios/loan-factory.yaml")), "final approval");
    expect(current["credit committee"]).toBeCloseTo(0.1431, 4);
    expect(current["fee calculation"]).toBeCloseTo(0.9 * (1 - 0.1431), 4);
    const proposed = sharesAfter(modelOf(loadAnyModelFile("scenarios/loan-factory-large-loan-limit-proposed.yaml")), "final approval");
    expect(proposed["credit committee"]).toBeCloseTo(0.00995, 5);
    expect(proposed.exit).toBeCloseTo(0.1 * (1 - 0.00995), 5);
  });

  it("ranges and atoms: atLeast takes the atom, above does not", () => {
    const pages = "      pages: { empirical: { values: [2, 5, 10], weights: [6, 3, 1] } }\n";
    const closed = routed(pages, "{ to: review, if: { attribute: pages, atLeast: 5, atMost: 5 } }", "{ to: exit }");
    expect(sharesAfter(closed, "intake").review).toBeCloseTo(0.3, 12);
    const open = routed(pages, "{ to: review, if: { attribute: pages, above: 5 } }", "{ to: exit }");
    expect(sharesAfter(open, "intake").review).toBeCloseTo(0.1, 12);
  });

  it("two attributes in turn: the second condition sees only the cases the first let through", () => {
    const attributes = "      amount: { uniform: { min: 0, max: 100 } }\n      segment: { categories: { retail: 70%, sme: 30% } }\n";
    const model = routed(attributes, "{ to: review, if: { attribute: amount, above: 75 } }", "{ to: intake, if: { attribute: segment, is: sme } }", "{ to: exit }");
    // review 25%; then sme among the other 75%: 22.5%; exit 52.5%
    const shares = conditionShares(model, (model.steps[0].next as { options: Parameters<typeof conditionShares>[1] }).options);
    expect(shares.map((s) => s.p)).toEqual([expect.closeTo(0.25, 12), expect.closeTo(0.225, 12), expect.closeTo(0.525, 12)]);
    expect(shares.some((s) => s.estimated)).toBe(false);
  });
});
