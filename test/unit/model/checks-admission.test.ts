/**
 * Admission rules in the model language: how they compile (patience precedence, trunk-line
 * groups, flags) and the located problems (balk in two forms, whenFull without a limit, rules
 * on a delay step, unknown targets and classes, a bad whenFull).
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { ADMIT_COUNT, ADMIT_ENTRY, ADMIT_MESSAGE } from "../../../src/model/compile/compile-admission.js";
import { BASE, expectLocated, issueFor, vary } from "./helpers.js";

function compiledOf(text: string) {
  const result = loadModelText(text, "model.yaml");
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
  return compileModel(result.model);
}

const CALL_CENTRE = vary("    ratePerHour: 6\n", "    ratePerHour: 6\n    patience: 3\n    retry: { p: 70%, after: { exponential: { mean: 10min } }, max: 3 }\n  - name: business\n    ratePerHour: 2\n    lines: 4\n")
  .replace("name: test\n", "name: test\nlines: 10\n")
  .replace("  - name: intake\n", "  - name: intake\n    maxWaiting: 10\n    maxInSystem: 12\n    balk: { p: [0, 0.1, 30%] }\n    patienceByClass: { business: 5 }\n    message: { after: 2min, p: 60%, to: review }\n    next: exit\n");

describe("admission rules", () => {
  it("compile to flags, trunk-line groups and patience by precedence", () => {
    const compiled = compiledOf(CALL_CENTRE);
    const admission = compiled.admission;
    if (!admission) throw new Error("no admission compiled");
    expect(Array.from(admission.flags)).toEqual([ADMIT_ENTRY | ADMIT_COUNT | ADMIT_MESSAGE, 0]);
    expect(Array.from(admission.lineGroup)).toEqual([0, 1]);
    expect(Array.from(admission.lineCapacity)).toEqual([10, 4]);
    expect(Array.from(admission.balkP[0] ?? [])).toEqual([0, 0.1, 0.3]);
    expect(admission.messageAfter[0]).toBe(2);
    expect(admission.messageTo[0]).toBe(1);
    expect(admission.sourceRetry[0]).toMatchObject({ p: 0.7, max: 3 });
    expect(admission.sourceRetry[1]).toBeNull();
    // intake: customers keep their source's patience, business its class's; review (a message target): none.
    expect(admission.patience).toEqual([{ kind: "deterministic", value: 3 }, { kind: "deterministic", value: 5 }, null, null]);
  });

  it("a model without them compiles to null", () => {
    expect(compiledOf(BASE).admission).toBeNull();
  });

  it("balk needs exactly one form", () => {
    const text = vary("  - name: review\n", "  - name: review\n    balk: { above: 3, p: [0.1] }\n");
    expectLocated(issueFor(text, "balkForm"), { path: ["steps", 1, "balk"], text, needle: "{ above" });
  });

  it("whenFull needs a limit", () => {
    const text = vary("  - name: review\n", "  - name: review\n    whenFull: lost\n");
    expectLocated(issueFor(text, "whenFullWithoutLimit"), { path: ["steps", 1, "whenFull"], text, needle: "lost" });
  });

  it("rules on a delay step are an error", () => {
    const text = `${BASE}  - name: notes\n    duration: 1\n    maxWaiting: 3\n`;
    expectLocated(issueFor(text, "admissionOnDelay"), { path: ["steps", 2, "maxWaiting"], text, needle: "3\n" });
  });

  it("an unknown message or overflow step is reported with a suggestion; a step cannot overflow to itself", () => {
    let text = vary("  - name: review\n", "  - name: review\n    message: { after: 1, p: 1, to: intak }\n");
    const issue = issueFor(text, "unknownStep");
    expectLocated(issue, { path: ["steps", 1, "message", "to"], text, needle: "intak }" });
    expect(issue.params.suggestion).toBe("intake");
    text = vary("  - name: review\n", "  - name: review\n    maxWaiting: 1\n    whenFull: { to: review }\n");
    expectLocated(issueFor(text, "admissionTargetSelf"), { path: ["steps", 1, "whenFull", "to"], text, needle: "review }" });
  });

  it("an unknown class in patienceByClass is reported at its key", () => {
    const text = vary("  - name: review\n", "  - name: review\n    patienceByClass: { vip: 3 }\n");
    expectLocated(issueFor(text, "unknownClass"), { path: ["steps", 1, "patienceByClass", "vip"], text, needle: "vip" });
  });

  it("a whenFull that is neither lost nor { to } says what would be valid", () => {
    const text = vary("  - name: review\n", "  - name: review\n    maxWaiting: 1\n    whenFull: drop\n");
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message).join("\n")).toContain("lost or { to: <overflow step> }");
  });
});
