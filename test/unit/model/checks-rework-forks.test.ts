/**
 * Errors and rework around fork branches in the model language: a branch's errors found in
 * the same branch or after the join load cleanly; a detection that would need errors from
 * outside its branch, send a part out of its branch, or send a case into one is refused at
 * the detection's entry, with the reason.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { expectLocated, issueFor, issuesOf } from "./helpers.js";

const FORK = `name: loans
run: { horizon: 8h, replications: 2 }
arrivals:
  - { name: applications, ratePerHour: 3 }
resources:
  analysts: { capacity: 2 }
steps:
  - { name: intake, duration: 2, errors: { rate: 2%, to: intake } }
  - { name: checks, kind: fork, branches: [credit check, valuation], join: checks done }
  - { name: credit check, resource: analysts, duration: 20, next: credit review, errors: { rate: 5%, to: credit check } }
  - { name: credit review, duration: 5, next: checks done, detects: { from: [credit check], p: 80% } }
  - { name: valuation, duration: 15, next: checks done, errors: { rate: 4%, to: checks } }
  - { name: checks done, kind: join }
  - { name: decision, duration: 5, detects: { from: [valuation, intake], p: 90% } }
`;

function vary(from: string, to: string, text = FORK): string {
  expect(text.includes(from), `text contains ${JSON.stringify(from)}`).toBe(true);
  return text.replace(from, to);
}

describe("errors and detection around fork branches", () => {
  it("a branch's errors found in the branch, or after the join and sent back to the fork, load cleanly", () => {
    expect(issuesOf(loadModelText(FORK, "model.yaml")).filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a detection in a branch of errors made outside it is refused at that entry", () => {
    const text = vary("from: [credit check], p: 80%", "from: [credit check, intake], p: 80%");
    const issue = issueFor(text, "reworkAcrossBranches");
    expectLocated(issue, { path: ["steps", 3, "detects", "from", 1], text, needle: "intake], p: 80%" });
    expect(issue.message).toContain('"intake" is not in that branch');
  });

  it("errors of a sibling branch cannot be found in a branch", () => {
    const text = vary("from: [credit check], p: 80%", "from: [valuation], p: 80%");
    expect(issueFor(text, "reworkAcrossBranches").message).toContain('"valuation" is not in that branch');
  });

  it("a part sent out of its branch, or a case sent into one after the join, is refused", () => {
    // An error's target is one step: credit check errors go back into the branch, so only a
    // step of that branch may find them.
    expect(issueFor(vary("from: [valuation, intake]", "from: [valuation, intake, credit check]"), "reworkAcrossBranches").message)
      .toContain('would send the case into one of them, at "credit check"');
    let text = vary("errors: { rate: 5%, to: credit check }", "errors: { rate: 5%, to: decision }");
    expect(issueFor(text, "reworkAcrossBranches").message).toContain('would send the part to "decision", outside its branch');
    text = vary("errors: { rate: 4%, to: checks }", "errors: { rate: 4%, to: valuation }");
    const issue = issueFor(text, "reworkAcrossBranches");
    expectLocated(issue, { path: ["steps", 6, "detects", "from", 0], text, needle: "valuation, intake]" });
    expect(issue.message).toContain("would send the case into one of them");
  });
});
