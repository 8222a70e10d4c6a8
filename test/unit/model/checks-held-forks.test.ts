/**
 * Resources held through a fork in the model language: a pool seized before the fork and
 * released after the join loads; a release in a branch (a part cannot release its case's
 * pool), a part reaching the join still holding what it seized, and a seize in a branch of a
 * join that goes on before every part is back are refused, each at its place.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { expectLocated, issueFor, issuesOf } from "./helpers.js";

const HELD = `name: held
run: { horizon: 8h, replications: 2 }
arrivals:
  - { name: applications, ratePerHour: 3 }
resources:
  advisers: { capacity: 4 }
  analysts: { capacity: 2 }
steps:
  - { name: welcome, duration: 2, seize: advisers }
  - { name: checks, kind: fork, branches: [credit check, valuation], join: checks done }
  - { name: credit check, resource: analysts, duration: 20, next: checks done }
  - { name: valuation, duration: 15, next: checks done }
  - { name: checks done, kind: join }
  - { name: decision, duration: 5, release: advisers }
`;

function vary(from: string, to: string, text = HELD): string {
  expect(text.includes(from), `text contains ${JSON.stringify(from)}`).toBe(true);
  return text.replace(from, to);
}

describe("resources held through a fork", () => {
  it("seized before the fork and released after the join: loads, held at the join, not in the branches", () => {
    const result = loadModelText(HELD, "model.yaml");
    expect(issuesOf(result).filter((i) => i.severity === "error")).toEqual([]);
    if (!result.ok) return;
    const holds = compileModel(result.model).holds;
    // Held on entry: decision (5) holds advisers; the branches (2, 3) hold nothing.
    expect(holds && [holds.heldStart[3] - holds.heldStart[2], holds.heldStart[4] - holds.heldStart[3], holds.heldStart[6] - holds.heldStart[5]]).toEqual([0, 0, 1]);
  });

  it("a release inside one branch is refused there, and the case then leaves holding", () => {
    const text = vary("duration: 15, next: checks done }", "duration: 15, next: checks done, release: advisers }", vary("duration: 5, release: advisers }", "duration: 5 }"));
    expectLocated(issueFor(text, "releaseWithoutSeize"), { path: ["steps", 3, "release"], text, needle: "advisers }\n  - { name: checks done" });
    expect(issuesOf(loadModelText(text, "model.yaml")).map((i) => i.code)).toContain("exitWhileHolding");
  });

  it("a release in both branches is refused in both (each part would release the one adviser)", () => {
    let text = vary("duration: 15, next: checks done }", "duration: 15, next: checks done, release: advisers }");
    text = vary("duration: 20, next: checks done }", "duration: 20, next: checks done, release: advisers }", text);
    const paths = issuesOf(loadModelText(text, "model.yaml")).filter((i) => i.code === "releaseWithoutSeize").map((i) => i.path.join("."));
    expect(paths).toEqual(["steps.2.release", "steps.3.release"]);
  });

  it("a part that seizes in its branch must release there before the join", () => {
    const text = vary("{ name: valuation, duration: 15, next: checks done }", "{ name: valuation, duration: 15, next: checks done, seize: analysts }");
    const issue = issueFor(text, "partJoinsHolding");
    expectLocated(issue, { path: ["steps", 3, "next"], text, needle: "checks done, seize" });
    expect(issue.message).toContain('"checks done"');
    const fixed = vary("{ name: valuation, duration: 15, next: checks done }", "{ name: valuation, duration: 15, next: valued, seize: analysts }\n  - { name: valued, duration: 1, next: checks done, release: analysts }");
    expect(issuesOf(loadModelText(fixed, "model.yaml")).filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a seize in a branch of a join with need below the branches is refused at the seize", () => {
    let text = vary("{ name: valuation, duration: 15, next: checks done }", "{ name: valuation, duration: 15, next: valued, seize: analysts }\n  - { name: valued, duration: 1, next: checks done, release: analysts }");
    text = vary("{ name: checks done, kind: join }", "{ name: checks done, kind: join, need: 1 }", text);
    expectLocated(issueFor(text, "seizeInWithdrawnPart"), { path: ["steps", 3, "seize"], text, needle: "analysts }\n  - { name: valued" });
  });
});
