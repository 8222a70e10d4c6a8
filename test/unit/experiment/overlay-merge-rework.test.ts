// mergeSteps keeps the merged steps' errors and checks: the merged step errs when any part
// erred (1 − Π(1 − rate), one error kind), checks what the parts checked (a part's errors as the
// merged step's; two checks of the same errors 1 − Π(1 − p)), and the other steps' errors.to and
// detects.from that named a part name the merged step. What one step cannot say (errors
// corrected at two steps, two detection probabilities) is refused at the change, and the
// change may then say it itself.
import { describe, expect, it } from "vitest";
import { applyProposalText } from "./overlay-helpers.js";
import { wordIssue } from "../../../src/model/source/issues.js";
import { formatPath } from "../../../src/model/source/issues.js";

const BASE = `
name: back office
run: { horizon: 8h, replications: 5 }
arrivals:
  - { name: files, ratePerHour: 10 }
resources:
  clerks: { capacity: 3, costPerHour: 30 }
  analysts: { capacity: 2, costPerHour: 45 }
steps:
  - { name: intake, resource: clerks, duration: 5min, errors: { rate: 10%, to: correction } }
  - { name: data entry, resource: clerks, duration: 5min, errors: { rate: 20%, to: correction } }
  - { name: four-eyes, resource: analysts, duration: 3min, detects: { from: [data entry], p: 50% } }
  - { name: review, resource: analysts, duration: 5min, detects: { from: [intake, data entry], p: 80% }, next: exit }
  - { name: correction, resource: clerks, duration: 5min, errors: { rate: 5%, to: data entry }, next: review }
`;

const proposal = (changes: string) => applyProposalText(BASE, `extends: base.yaml\nname: proposal\nchanges:\n${changes}`);

function stepsOf(changes: string) {
  const result = proposal(changes);
  expect(result.drafts.map(wordIssue)).toEqual([]);
  return Object.fromEntries(result.model.steps.map((s) => [s.name, { errors: s.errors, detects: s.detects }]));
}

/** The refusals of a proposal as `path: message`. */
const refusals = (changes: string) => proposal(changes).drafts.map((d) => `${formatPath(d.path)}: ${wordIssue(d)}`);

describe("mergeSteps with errors and checks", () => {
  it("the merged step makes the errors either part made, one kind: rate 1 − (1 − 10%)(1 − 20%) = 28%", () => {
    const steps = stepsOf("  - mergeSteps: { steps: [intake, data entry], name: one-stop }\n");
    expect(steps["one-stop"]).toEqual({ errors: { rate: 0.28, to: "correction" }, detects: undefined });
    // Checks of either part check the merged step, once; a correction sent back to a part goes to it.
    expect(steps["four-eyes"].detects).toEqual({ from: ["one-stop"], p: "50%" });
    expect(steps.review.detects).toEqual({ from: ["one-stop"], p: "80%" });
    expect(steps.correction.errors).toEqual({ rate: "5%", to: "one-stop" });
  });

  it("a check merged with the work it checks becomes the merged step's self-check", () => {
    const steps = stepsOf("  - mergeSteps: { steps: [data entry, four-eyes], name: keyed and checked }\n");
    expect(steps["keyed and checked"]).toEqual({ errors: { rate: "20%", to: "correction" }, detects: { from: ["keyed and checked"], p: "50%" } });
    expect(steps.review.detects).toEqual({ from: ["intake", "keyed and checked"], p: "80%" });
  });

  it("two checks of the same errors merged find them with 1 − (1 − 50%)(1 − 80%) = 90%", () => {
    const result = applyProposalText(
      BASE.replace("detects: { from: [intake, data entry], p: 80% }", "detects: { from: [data entry], p: 80% }"),
      "extends: base.yaml\nname: p\nchanges:\n  - mergeSteps: { steps: [four-eyes, review], name: one check }\n",
    );
    expect(result.drafts).toEqual([]);
    expect(result.model.steps.find((s) => s.name === "one check")?.detects).toEqual({ from: ["data entry"], p: 0.9 });
  });

  it("a model without errors merges as before: no errors or detects keys", () => {
    const plain = applyProposalText(BASE.replace(/, (errors|detects): \{[^}]*\}/g, ""), "extends: base.yaml\nname: p\nchanges:\n  - mergeSteps: { steps: [intake, data entry], name: one-stop }\n");
    expect(Object.keys(plain.model.steps[0])).toEqual(["name", "duration", "next", "resource"]);
  });

  it("errors corrected at two different steps are refused, asking for errors on the change", () => {
    expect(refusals("  - mergeSteps: { steps: [intake, correction], name: keyed }\n")).toEqual([
      'changes[0].mergeSteps.steps: found the merged steps send their errors to different steps ("intake" to "correction", "correction" to "data entry"); a step has one errors.to: give the merged step\'s errors on this change, e.g. errors: { rate: 5%, to: correction }',
    ]);
  });

  it("checks of different steps with different probabilities are refused, asking for detects on the change", () => {
    const changes = "  - insertStep: { after: intake, step: { name: spot check, duration: 1min, detects: { from: intake, p: 30% } } }\n  - mergeSteps: { steps: [spot check, four-eyes], name: checks }\n";
    expect(refusals(changes)).toEqual([
      'changes[1].mergeSteps.steps: found the merged step would find errors of different steps with different probabilities ("intake" 30%, "data entry" 50%); a step has one detects.p: give the merged step\'s checks on this change, e.g. detects: { from: [data entry], p: 90% }',
    ]);
  });

  it("errors and detects given on the change are the merged step's (a merged part named in them is the merged step)", () => {
    const steps = stepsOf("  - mergeSteps: { steps: [intake, correction], name: keyed, errors: { rate: 12%, to: intake }, detects: { from: [data entry], p: 40% } }\n");
    expect(steps.keyed).toEqual({ errors: { rate: "12%", to: "keyed" }, detects: { from: ["data entry"], p: "40%" } });
  });
});
