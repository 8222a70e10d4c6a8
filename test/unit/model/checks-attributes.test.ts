/**
 * Case attributes and the rules that read them: every mistake is an error at its own line,
 * with what would be valid; a numeric attribute nothing reads is a warning.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { BASE, expectLocated, issueFor, issuesOf, vary } from "./helpers.js";

const ATTRIBUTES = "    ratePerHour: 6\n    attributes:\n      amount: { lognormal: { mean: 25000, sd: 15000 } }\n      segment: { categories: { retail: 70%, sme: 30% } }\n";
const WITH_ATTRIBUTES = vary("    ratePerHour: 6\n", ATTRIBUTES);

/** The model with intake routed by `branches` (YAML flow list items, one per line). */
function routed(...branches: string[]): string {
  const next = `    next:\n${branches.map((b) => `      - ${b}\n`).join("")}`;
  return vary("    duration: { exponential: { mean: 5 } }\n", `    duration: { exponential: { mean: 5 } }\n${next}`, WITH_ATTRIBUTES);
}

describe("case attributes", () => {
  it("a valid conditional route, priority and durations load without issues", () => {
    const text = vary("    resource: clerks\n    duration: { triangular: { min: 2, mode: 4, max: 8 } }\n",
      "    resource: clerks\n    duration: { by: segment, values: { retail: 3, sme: 6 } }\n",
      routed("{ to: review, if: { attribute: amount, above: 30000 } }", "{ to: review, if: { attribute: segment, is: sme } }", "{ to: exit }"));
    const result = loadModelText(vary("    ratePerHour: 6\n", "    ratePerHour: 6\n    priority: { by: segment, values: { sme: 5 } }\n", text), "model.yaml");
    expect(issuesOf(result).map((issue) => `${issue.code}: ${issue.message}`)).toEqual([]);
  });

  it("an unknown attribute is an error at its name, with a suggestion", () => {
    const text = routed("{ to: review, if: { attribute: amout, above: 30000 } }", "{ to: exit }");
    const issue = issueFor(text, "unknownAttribute");
    expectLocated(issue, { path: ["steps", 0, "next", 0, "if", "attribute"], text, needle: "amout" });
    expect(issue.message).toContain('did you mean "amount"');
  });

  it("an unknown category is an error at the category", () => {
    const text = routed("{ to: review, if: { attribute: segment, in: [retail, privat] } }", "{ to: exit }");
    expectLocated(issueFor(text, "unknownCategory"), { path: ["steps", 0, "next", 0, "if", "in", 1], text, needle: "privat" });
  });

  it("a numeric bound on a category, and is on a number, are errors", () => {
    const onCategory = routed("{ to: review, if: { attribute: segment, above: 3 } }", "{ to: exit }");
    expectLocated(issueFor(onCategory, "numericTestOnCategory"), { path: ["steps", 0, "next", 0, "if"], text: onCategory, needle: "{ attribute: segment" });
    const onNumber = routed("{ to: review, if: { attribute: amount, is: big } }", "{ to: exit }");
    expect(issueFor(onNumber, "categoryTestOnNumber").path).toEqual(["steps", 0, "next", 0, "if"]);
  });

  it("a branch that earlier conditions already cover is an error", () => {
    const text = routed("{ to: review, if: { attribute: amount, above: 30000 } }", "{ to: exit, if: { attribute: amount, atLeast: 50000 } }", "{ to: review }");
    const issue = issueFor(text, "unreachableBranch");
    expectLocated(issue, { path: ["steps", 0, "next", 1, "if"], text, needle: "{ attribute: amount, atLeast" });
    expect(issue.message).toContain("branch 1");
    const categories = routed("{ to: review, if: { attribute: segment, is: retail } }", "{ to: review, if: { attribute: segment, is: sme } }", "{ to: exit, if: { attribute: segment, in: [sme] } }", "{ to: exit }");
    expect(issueFor(categories, "unreachableBranch").path).toEqual(["steps", 0, "next", 2, "if"]);
  });

  it("conditions need a fallback, come first and take no p", () => {
    expect(issueFor(routed("{ to: review, if: { attribute: amount, above: 1 } }"), "conditionNoFallback").path).toEqual(["steps", 0, "next"]);
    expect(issueFor(routed("{ to: review }", "{ to: exit, if: { attribute: amount, above: 1 } }"), "conditionAfterFallback").path).toEqual(["steps", 0, "next", 1, "if"]);
    expect(issueFor(routed("{ to: review, p: 0.5, if: { attribute: amount, above: 1 } }", "{ to: exit }"), "conditionWithP").path).toEqual(["steps", 0, "next", 0, "p"]);
    expect(issueFor(routed("{ to: review, if: { attribute: amount, above: 5, below: 2 } }", "{ to: exit }"), "conditionNever").path).toEqual(["steps", 0, "next", 0, "if"]);
  });

  it("fallbacks with p must add up to 1", () => {
    const text = routed("{ to: review, if: { attribute: amount, above: 1 } }", "{ to: review, p: 0.5 }", "{ to: exit, p: 0.3 }");
    expect(issueFor(text, "branchSum").params.sum).toBeCloseTo(0.8, 12);
  });

  it("category shares must add up to 1", () => {
    const text = vary("retail: 70%, sme: 30%", "retail: 70%, sme: 20%", WITH_ATTRIBUTES);
    expectLocated(issueFor(text, "categorySum"), { path: ["arrivals", 0, "attributes", "segment", "categories"], text, needle: "{ retail" });
  });

  it("priority and duration rules check the attribute's kind and categories", () => {
    const priority = vary("    ratePerHour: 6\n", "    ratePerHour: 6\n    priority: { by: segment }\n", WITH_ATTRIBUTES);
    expect(issueFor(priority, "priorityValuesMissing").path).toEqual(["arrivals", 0, "priority"]);
    const scaled = vary("duration: { exponential: { mean: 5 } }", "duration: { scaleBy: segment, base: 1 }", WITH_ATTRIBUTES);
    expect(issueFor(scaled, "durationScaleByCategory").path).toEqual(["steps", 0, "duration", "scaleBy"]);
    const partial = vary("duration: { exponential: { mean: 5 } }", "duration: { by: segment, values: { retail: 3 } }", WITH_ATTRIBUTES);
    expect(issueFor(partial, "durationOtherwiseMissing").params.missing).toEqual(["sme"]);
  });

  it("a numeric attribute nothing reads is a warning at the attributes key; the model still loads", () => {
    const issue = issueFor(WITH_ATTRIBUTES, "attributesIgnored");
    expectLocated(issue, { severity: "warning", path: ["arrivals", 0, "attributes"], text: WITH_ATTRIBUTES, needle: "attributes:" });
    expect(issue.params.names).toEqual(["amount"]);
    expect(loadModelText(WITH_ATTRIBUTES, "model.yaml").ok).toBe(true);
  });

  it("a model without attributes gets no such warning", () => {
    const result = loadModelText(BASE, "model.yaml");
    expect(result.ok && result.warnings.map((issue) => issue.code)).toEqual([]);
  });
});
