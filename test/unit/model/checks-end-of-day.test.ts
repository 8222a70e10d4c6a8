/**
 * End-of-day rules in the model language: where a rule may be declared, which one governs a
 * step, and the located problems (a rule on a delay, pools that disagree, a pool whose
 * staff would stay for one line only, comeBack without sendAway).
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { EOD_CARRY_OVER, EOD_SEND_AWAY, EOD_SERVE, EOD_UNDECLARED } from "../../../src/model/compile/compiled.js";
import { BASE, expectLocated, issueFor, vary } from "./helpers.js";

function compiledOf(text: string) {
  const result = loadModelText(text, "model.yaml");
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
  return compileModel(result.model);
}

describe("end-of-day rules", () => {
  it("the step's own rule wins over its pool's, the pool's over the calendar's", () => {
    const text = vary("name: test\n", 'name: test\ncalendar: { open: "09:00", close: "17:00", endOfDay: carryOver }\n')
      .replace("  - name: review\n", "  - name: review\n    endOfDay: { rule: sendAway, comeBack: true }\n")
      .concat("  - name: notes\n    duration: 1\n");
    let compiled = compiledOf(text);
    expect(Array.from(compiled.steps.endOfDay)).toEqual([EOD_CARRY_OVER, EOD_SEND_AWAY, EOD_UNDECLARED]);
    expect(Array.from(compiled.steps.comeBack)).toEqual([0, 1, 0]);
    compiled = compiledOf(vary("  clerks: { capacity: 2, costPerHour: 30 }", "  clerks: { capacity: 2, costPerHour: 30, endOfDay: serve, overtimeCostPerHour: 45 }"));
    expect(Array.from(compiled.steps.endOfDay)).toEqual([EOD_SERVE, EOD_SERVE]);
    expect(compiled.pools[0].overtimeCostPerHour).toBe(45);
    expect(compiledOf(BASE).pools[0].overtimeCostPerHour).toBe(30);
  });

  it("a rule on a delay step is an error at the rule", () => {
    const text = `${BASE}  - name: notes\n    duration: 1\n    endOfDay: serve\n`;
    expectLocated(issueFor(text, "endOfDayOnDelay"), { path: ["steps", 2, "endOfDay"], text, needle: "serve\n" });
  });

  it("comeBack needs sendAway", () => {
    const text = vary("  - name: review\n", "  - name: review\n    endOfDay: { rule: carryOver, comeBack: true }\n");
    expectLocated(issueFor(text, "comeBackWithoutSendAway"), { path: ["steps", 1, "endOfDay", "comeBack"], text, needle: "true }" });
  });

  it("pools of one step that declare different rules are an error at the step", () => {
    const text = vary("  clerks: { capacity: 2, costPerHour: 30 }", "  clerks: { capacity: 2, costPerHour: 30, endOfDay: serve }\n  managers: { capacity: 1, endOfDay: sendAway }")
      .replace("    resource: clerks\n    duration: { tri", "    resources: [ { resource: clerks }, { resource: managers } ]\n    duration: { tri");
    const issue = issueFor(text, "endOfDayConflict");
    expectLocated(issue, { path: ["steps", 1, "name"], text, needle: "review" });
    expect(issue.params.rules).toEqual(["serve", "sendAway"]);
  });

  it("a pool cannot stay for one of its lines (serve) and not for another", () => {
    const text = vary("  - name: review\n", "  - name: review\n    endOfDay: carryOver\n")
      .replace("  clerks: { capacity: 2, costPerHour: 30 }", "  clerks: { capacity: 2, costPerHour: 30, endOfDay: serve }");
    const issue = issueFor(text, "serveSharedPool");
    expectLocated(issue, { path: ["steps", 1, "name"], text, needle: "review" });
    expect(issue.message).toMatch(/pool "clerks" serves "intake" with rule serve and "review" with "carryOver"/);
  });
});
