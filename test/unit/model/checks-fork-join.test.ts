/**
 * Fork and join steps in the model language: the YAML form, what it compiles to, and the
 * located problems (names that do not resolve, a part that could leave or never reach its
 * join, a branch or join reached from outside the fork, need above the branches, nesting
 * beyond the part limit, a part that could be sent away at closing, misplaced keys).
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { STEP_FORK, STEP_JOIN } from "../../../src/model/compile/compiled.js";
import { expectLocated, issueFor, issuesOf } from "./helpers.js";

const FORK = `name: loans
run: { horizon: 8h, replications: 2 }
arrivals:
  - { name: applications, ratePerHour: 3 }
resources:
  analysts: { capacity: 2 }
  valuers: { capacity: 1 }
steps:
  - { name: intake, duration: 2 }
  - { name: checks, kind: fork, branches: [credit check, collateral valuation], join: checks done }
  - { name: credit check, resource: analysts, duration: 20, next: checks done }
  - { name: collateral valuation, resource: valuers, duration: 15, next: checks done }
  - { name: checks done, kind: join }
  - { name: decision, duration: 5 }
`;

function vary(from: string, to: string, text = FORK): string {
  expect(text.includes(from), `text contains ${JSON.stringify(from)}`).toBe(true);
  return text.replace(from, to);
}

describe("fork and join in the model language", () => {
  it("a valid fork-join compiles to branch slices, partners and the join's need", () => {
    const result = loadModelText(FORK, "model.yaml");
    expect(issuesOf(result)).toEqual([]);
    if (!result.ok) return;
    const steps = compileModel(result.model).steps;
    expect(Array.from(steps.kind)).toEqual([0, STEP_FORK, 1, 1, STEP_JOIN, 0]);
    expect(Array.from(steps.forkBranch.subarray(steps.forkStart[1], steps.forkStart[2]))).toEqual([2, 3]);
    expect([steps.partner[1], steps.partner[4], steps.partner[0]]).toEqual([4, 1, -1]);
    expect(steps.joinNeed[4]).toBe(2);
  });

  it("an unknown branch or join is located with a suggestion", () => {
    let text = vary("[credit check, collateral valuation]", "[credit chek, collateral valuation]");
    const issue = issueFor(text, "unknownStep");
    expectLocated(issue, { path: ["steps", 1, "branches", 0], text, needle: "credit chek" });
    expect(issue.message).toMatch(/did you mean "credit check"/);
    text = vary("join: checks done }", "join: decision }");
    expectLocated(issueFor(text, "forkJoinNotJoin"), { path: ["steps", 1, "join"], text, needle: "decision }" });
  });

  it("a part that can leave the process, or never reach the join, is refused", () => {
    let text = vary("duration: 15, next: checks done", "duration: 15, next: exit");
    expectLocated(issueFor(text, "partExits"), { path: ["steps", 3, "next"], text, needle: "exit" });
    text = vary("duration: 15, next: checks done", "duration: 15, next: collateral valuation");
    expectLocated(issueFor(text, "partNeverJoins"), { path: ["steps", 3, "next"], text, needle: "collateral valuation }" });
  });

  it("a branch step or a join reached from outside the fork is refused", () => {
    let text = vary("  - { name: intake, duration: 2 }", "  - { name: intake, duration: 2, next: [{ to: checks, p: 0.5 }, { to: credit check, p: 0.5 }] }");
    expectLocated(issueFor(text, "branchEnteredOutside"), { path: ["steps", 0, "name"], text, needle: "intake" });
    text = vary("  - { name: intake, duration: 2 }", "  - { name: intake, duration: 2, next: [{ to: checks, p: 0.5 }, { to: checks done, p: 0.5 }] }");
    expectLocated(issueFor(text, "joinEnteredOutside"), { path: ["steps", 0, "name"], text, needle: "intake" });
  });

  it("need above the number of branches, and a join no fork names", () => {
    let text = vary("{ name: checks done, kind: join }", "{ name: checks done, kind: join, need: 3 }");
    expectLocated(issueFor(text, "joinNeedTooLarge"), { path: ["steps", 4, "need"], text, needle: "need: 3", skip: 6 });
    text = `${FORK}  - { name: spare, kind: join }\n`;
    expectLocated(issueFor(text, "joinWithoutFork"), { path: ["steps", 6, "name"], text, needle: "spare" });
  });

  it("keys of the wrong kind, resources and durations on fork or join, next on a fork", () => {
    let text = vary("{ name: decision, duration: 5 }", "{ name: decision, duration: 5, need: 1 }");
    expectLocated(issueFor(text, "forkJoinFieldMisplaced"), { path: ["steps", 5, "need"], text, needle: "need: 1", skip: 6 });
    text = vary("kind: join }", "kind: join, duration: 3 }");
    expectLocated(issueFor(text, "forkJoinDuration"), { path: ["steps", 4, "duration"], text, needle: "duration: 3", skip: 10 });
    text = vary("kind: join }", "kind: join, resource: analysts }");
    expectLocated(issueFor(text, "forkJoinResources"), { path: ["steps", 4, "resource"], text, needle: "analysts }" });
    text = vary("join: checks done }", "join: checks done, next: decision }");
    expectLocated(issueFor(text, "forkWithNext"), { path: ["steps", 1, "next"], text, needle: "decision }" });
    text = vary("{ name: decision, duration: 5 }", "{ name: decision }");
    expectLocated(issueFor(text, "missingKey"), { path: ["steps", 5, "duration"], text, needle: "{ name: decision }" });
  });

  it("a fork without join: or branches: gets the missing key alone, none of its follow-ons", () => {
    const noJoin = vary(", join: checks done }", " }");
    expect(issuesOf(loadModelText(noJoin, "model.yaml")).map((i) => `${i.severity} ${i.code} ${i.path.join(".")}`)).toEqual(["error missingKey steps.1.join"]);
    const noBranches = vary("branches: [credit check, collateral valuation], ", "", vary("{ name: checks done, kind: join }", "{ name: checks done, kind: join, need: 2 }"));
    expect(issuesOf(loadModelText(noBranches, "model.yaml")).map((i) => `${i.severity} ${i.code} ${i.path.join(".")}`).filter((i) => i.startsWith("error"))).toEqual(["error missingKey steps.1.branches"]);
  });

  it("a join no fork names is still refused when every fork names its own", () => {
    const text = FORK.concat("  - { name: spare join, kind: join }\n");
    expectLocated(issueFor(text, "joinWithoutFork"), { path: ["steps", 6, "name"], text, needle: "spare join" });
  });

  it("a part at a step that sends its line away at closing is refused", () => {
    const text = vary("  valuers: { capacity: 1 }", "  valuers: { capacity: 1, endOfDay: sendAway }");
    const issue = issueFor(text, "partSentAway");
    expect(issue.path).toEqual(["resources", "valuers", "endOfDay"]);
  });

  it("a part at a step with admission rules, its own or its pool's, is refused", () => {
    const own = issueFor(vary("duration: 20, next: checks done }", "duration: 20, next: checks done, maxWaiting: 3, balk: { above: 2 } }"), "partAdmission");
    expect(own.path).toEqual(["steps", 2, "name"]);
    expect(own.message).toContain("(maxWaiting, balk)");
    const pooled = issueFor(vary("  valuers: { capacity: 1 }", "  valuers: { capacity: 1, maxInSystem: 4 }"), "partAdmission");
    expect(pooled.message).toContain('the limit of pool "valuers"');
  });

  it("nested forks whose part numbers would reach 4,096 are refused", () => {
    // 64 parts each fork 64 parts of their own: part numbers up to 64 × 65 + 64.
    const work = Array.from({ length: 64 }, (_, i) => `w${i}`);
    const text = [
      FORK.split("steps:\n")[0],
      "steps:\n",
      `  - { name: outer, kind: fork, branches: [${work.map(() => "inner").join(", ")}], join: outer done }\n`,
      `  - { name: inner, kind: fork, branches: [${work.join(", ")}], join: inner done }\n`,
      ...work.map((w) => `  - { name: ${w}, duration: 1, next: inner done }\n`),
      "  - { name: inner done, kind: join }\n  - { name: outer done, kind: join }\n",
    ].join("");
    const issue = issueFor(text, "tooManyParts");
    expect(issue.path).toEqual(["steps", 1, "branches"]);
    expect(issue.params.parts).toBe(64 * 65 + 64);
  });
});
