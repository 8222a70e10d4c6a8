/**
 * Resources held across steps in the model language: seize and release compiled (the steps in
 * between seize only what the case does not hold), and the located problems along the routes.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { expectLocated, issueFor } from "./helpers.js";

const HELD = `name: wealth
run: { horizon: 8h, replications: 2 }
arrivals:
  - name: customers
    ratePerHour: 3
resources:
  advisers: { capacity: 3 }
  rooms: { capacity: 2 }
steps:
  - name: welcome
    seize: advisers
    duration: 5
  - name: advice
    resources: [ { resource: advisers }, { resource: rooms } ]
    duration: 20
  - name: paperwork
    duration: 10
    release: advisers
`;

function compiled(text: string) {
  const result = loadModelText(text, "model.yaml");
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.code} ${i.message}`).join("; "));
  return compileModel(result.model);
}

describe("seize and release", () => {
  it("compile to the needs really seized, the pool kept and the pool released", () => {
    const c = compiled(HELD);
    const needs = (s: number) => Array.from(c.steps.needPool.subarray(c.steps.needStart[s], c.steps.needStart[s + 1]));
    expect([needs(0), needs(1), needs(2)]).toEqual([[0], [1], []]);
    expect(c.model.steps.map((s) => s.kind)).toEqual(["service", "service", "delay"]);
    expect(Array.from(c.holds?.keepPool ?? [])).toEqual([0, -1, -1]);
    expect(Array.from(c.holds?.releasePool ?? [])).toEqual([0]);
    expect(Array.from(c.holds?.heldStart ?? [])).toEqual([0, 0, 1, 2]);
    expect(Array.from(c.pools[0].steps)).toEqual([0]);
  });

  it("a release with nothing seized before it is an error at the release", () => {
    const text = HELD.replace("    seize: advisers\n", "");
    expectLocated(issueFor(text, "releaseWithoutSeize"), { path: ["steps", 2, "release"], text, needle: "release: advisers", skip: 9 });
  });

  it("a route out of the process while holding is an error at that step's next", () => {
    const text = HELD.replace("    duration: 5\n", "    duration: 5\n    next: [ { to: advice, p: 90% }, { to: exit, p: 10% } ]\n");
    expectLocated(issueFor(text, "exitWhileHolding"), { path: ["steps", 0, "next"], text, needle: "[ { to: advice" });
  });

  it("the last step exiting with the adviser still held is an error at its name", () => {
    const text = HELD.replace("    release: advisers\n", "");
    expectLocated(issueFor(text, "exitWhileHolding"), { path: ["steps", 2, "name"], text, needle: "paperwork" });
  });

  it("a step reached holding on one path and not on another, and a second seize, are errors", () => {
    let text = HELD.replace("arrivals:\n  - name: customers\n    ratePerHour: 3\n", "arrivals:\n  - name: customers\n    ratePerHour: 3\n  - name: returning\n    ratePerHour: 1\n    start: advice\n");
    expectLocated(issueFor(text, "heldMismatch"), { path: ["steps", 1, "name"], text, needle: "name: advice", skip: 6 });
    text = HELD.replace("    duration: 20\n", "    duration: 20\n    seize: advisers\n");
    expectLocated(issueFor(text, "seizeWhileHolding"), { path: ["steps", 1, "seize"], text, needle: "advisers\n  - name: paperwork" });
  });

  it("an unknown pool in seize is reported with a suggestion", () => {
    const text = HELD.replace("    seize: advisers\n", "    seize: { resource: adviser }\n");
    const issue = issueFor(text, "unknownResource");
    expectLocated(issue, { path: ["steps", 0, "seize", "resource"], text, needle: "adviser }" });
    expect(issue.message).toMatch(/did you mean "advisers"/);
  });

  it("the load checks count the adviser busy over the whole holding time", () => {
    // 6 an hour × (5 + 20 + 10) min = 3.5 adviser-hours per hour for 3 advisers; without the
    // paperwork held it would be 2.5 (ρ ≈ 0.83, no warning).
    const issue = issueFor(HELD.replace("ratePerHour: 3", "ratePerHour: 6"), "overloaded");
    expect(issue.params.pool).toBe("advisers");
  });
});
