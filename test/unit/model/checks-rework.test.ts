/**
 * Errors and rework in the model language: the syntax normalised and compiled, and the located
 * problems (an unknown correction step, detection of a step without errors, a rate above 100%,
 * an unknown key), all reported at once.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { expectLocated, issueFor, issuesOf, vary } from "./helpers.js";

const REWORK = vary("    duration: { exponential: { mean: 5 } }\n", "    duration: { exponential: { mean: 5 } }\n    errors: { rate: 3%, to: fix }\n")
  .replace("    duration: { triangular: { min: 2, mode: 4, max: 8 } }\n", "    duration: { triangular: { min: 2, mode: 4, max: 8 } }\n    detects: { from: intake, p: 90% }\n    next: exit\n")
  .concat("  - name: fix\n    resource: clerks\n    duration: 4\n    next: review\n");

describe("errors and detects", () => {
  it("normalise to shares and lists, and compile to the rework table", () => {
    const result = loadModelText(REWORK, "model.yaml");
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    const [intake, review] = result.model.steps;
    expect(intake.errors).toEqual({ rate: 0.03, to: "fix", path: ["steps", 0, "errors"] });
    expect(review.detects).toEqual({ from: ["intake"], p: 0.9, path: ["steps", 1, "detects"] });
    expect(result.warnings.map((w) => w.code)).not.toContain("unreachableStep");
    const rework = compileModel(result.model).rework;
    expect(rework && Array.from(rework.errorTo)).toEqual([2, -1, -1]);
    expect(rework && Array.from(rework.detectFrom)).toEqual([0]);
    expect(rework && Array.from(rework.active)).toEqual([1, 1, 0]);
  });

  it("a model without errors compiles to no rework table", () => {
    const result = loadModelText(vary("    errors: { rate: 3%, to: fix }\n", "", REWORK).replace("    detects: { from: intake, p: 90% }\n", ""), "model.yaml");
    expect(result.ok && compileModel(result.model).rework).toBeNull();
  });

  it("an unknown correction step is an error at errors.to, with a suggestion", () => {
    const text = vary("to: fix }", "to: fxi }", REWORK);
    const issue = issueFor(text, "unknownReworkStep");
    expectLocated(issue, { path: ["steps", 0, "errors", "to"], text, needle: "fxi" });
    expect(issue.message).toMatch(/did you mean "fix"/);
  });

  it("detecting a step that makes no errors is an error at that name, also in a list", () => {
    let text = vary("from: intake,", "from: fix,", REWORK);
    expectLocated(issueFor(text, "detectsWithoutErrors"), { path: ["steps", 1, "detects", "from"], text, needle: "fix, p" });
    text = vary("from: intake,", "from: [intake, fix],", REWORK);
    expectLocated(issueFor(text, "detectsWithoutErrors"), { path: ["steps", 1, "detects", "from", 1], text, needle: "fix], p" });
    text = vary("from: intake,", "from: [intkae],", REWORK);
    expectLocated(issueFor(text, "unknownDetectedStep"), { path: ["steps", 1, "detects", "from", 0], text, needle: "intkae" });
  });

  it("an unknown detects.from step says what detects.from is and lists the steps with errors", () => {
    const text = vary("from: intake,", "from: intkae,", REWORK);
    expect(issueFor(text, "unknownDetectedStep").message).toBe(
      'step "intkae" is not defined; did you mean "intake"? detects.from names the steps whose errors this step finds; steps with errors: intake',
    );
    const none = vary("    errors: { rate: 3%, to: fix }\n", "", text);
    expect(issueFor(none, "unknownDetectedStep").message).toBe(
      'step "intkae" is not defined; did you mean "intake"? detects.from names the steps whose errors this step finds; no step has errors yet — add errors: { rate, to } to the step that makes them',
    );
    expect(issuesOf(loadModelText(text, "model.yaml")).map((i) => i.code)).not.toContain("unknownReworkStep");
  });

  it("a rate above 100% and an unknown key are reported together", () => {
    const text = vary("rate: 3%", "rate: 130%", REWORK).replace("p: 90% }", "p: 90%, when: always }");
    const codes = issuesOf(loadModelText(text, "model.yaml")).map((i) => `${i.code}@${i.path.join(".")}`);
    expect(codes).toEqual(expect.arrayContaining([expect.stringMatching(/^\w+@steps\.0\.errors\.rate$/), "unknownKey@steps.1.detects.when"]));
  });

  it("an error found every time with a redo of the same step is an endless loop", () => {
    const text = vary("rate: 3%, to: fix", "rate: 100%, to: intake", REWORK).replace("from: intake, p: 90%", "from: intake");
    const codes = issuesOf(loadModelText(text, "model.yaml")).map((i) => i.code);
    expect(codes.some((c) => c === "noExit" || c === "endlessLoop")).toBe(true);
  });
});
