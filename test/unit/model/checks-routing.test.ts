/**
 * Routing checks: branch sums, unreachable steps, dead-end loops and effectively endless
 * rework loops.
 */
import { describe, expect, it } from "vitest";
import { BASE, expectLocated, issueFor, vary } from "./helpers.js";

const REVIEW_DURATION = "    duration: { triangular: { min: 2, mode: 4, max: 8 } }\n";

describe("routing checks", () => {
  it("branch probabilities that do not add up to 1", () => {
    const text = `${BASE}    next: [ { to: intake, p: 0.15 }, { to: exit, p: 80% } ]\n`;
    const issue = issueFor(text, "branchSum");
    expectLocated(issue, { path: ["steps", 1, "next"], text, needle: "[ { to: intake" });
    expect(issue.params.sum).toBeCloseTo(0.95, 12);
  });

  it("probabilities that add up to 1 within rounding are accepted", () => {
    const text = `${BASE}    next: [ { to: intake, p: 0.1 }, { to: exit, p: 0.2 }, { to: exit, p: 0.7 } ]\n`;
    expect(() => issueFor(text, "branchSum")).toThrow();
  });

  it("a step no case reaches is a warning", () => {
    const text = vary("    resource: clerks\n    duration: { exponential: { mean: 5 } }\n", "    resource: clerks\n    duration: { exponential: { mean: 5 } }\n    next: exit\n");
    const issue = issueFor(text, "unreachableStep");
    expectLocated(issue, { severity: "warning", path: ["steps", 1, "name"], text, needle: "review" });
  });

  it("a loop with no way out is an error naming its steps", () => {
    const text = `${BASE}    next: intake\n`;
    const issue = issueFor(text, "noExit");
    expectLocated(issue, { path: ["steps", 0, "next"], text, needle: "name: intake" });
    expect(issue.params.steps).toEqual(["intake", "review"]);
  });

  it("a rework loop with more than 1000 expected visits is effectively endless", () => {
    const text = `${BASE}    next: [ { to: intake, p: 0.9995 }, { to: exit, p: 0.0005 } ]\n`;
    const issue = issueFor(text, "endlessLoop");
    expectLocated(issue, { path: ["steps", 0, "name"], text, needle: "intake" });
    expect(issue.params.visits).toBe(2000);
  });

  it("a normal rework loop is fine", () => {
    const text = vary(REVIEW_DURATION, `${REVIEW_DURATION}    next: [ { to: intake, p: 0.1 }, { to: exit, p: 0.9 } ]\n`);
    expect(() => issueFor(text, "endlessLoop")).toThrow();
  });
});
