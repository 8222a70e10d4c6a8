/**
 * Skills-based routing, preemption and escalation in the model language: a model that uses
 * them loads and compiles to the right tables, and each problem is located where it is
 * written (all of them at once).
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { CHOOSE_LONGEST_IDLE, MODE_ESCALATE, MODE_PREEMPT, MODE_SKILLED, PREEMPTED_SEND, TAKES_OWN_FIRST } from "../../../src/model/compile/compile-skills.js";
import { BASE, expectLocated, issueFor, vary } from "./helpers.js";

const SKILLS = vary("  clerks: { capacity: 2, costPerHour: 30 }", "  clerks: { capacity: 2, costPerHour: 30 }\n  seniors: { capacity: 1, takes: ownFirst }")
  .replace("  - name: review\n    resource: clerks\n", "  - name: review\n    servedBy: [ { resource: clerks }, { resource: seniors, duration: 2min } ]\n    choose: longestIdle\n    escalate: { after: 2d, clock: working, to: intake }\n");

describe("skills, preemption and escalation in YAML", () => {
  it("load and compile to option, mode and timer tables", () => {
    const result = loadModelText(SKILLS, "model.yaml");
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    const compiled = compileModel(result.model);
    const skills = compiled.skills;
    expect(Array.from(skills.stepMode)).toEqual([0, MODE_SKILLED | MODE_ESCALATE]);
    expect(Array.from(skills.optionPool)).toEqual([0, 1]);
    expect(Array.from(skills.optionStart)).toEqual([0, 0, 2]);
    expect(skills.choose[1]).toBe(CHOOSE_LONGEST_IDLE);
    expect(skills.takes[1]).toBe(TAKES_OWN_FIRST);
    expect(Array.from(skills.poolMode)).toEqual([1, 1]);
    expect(skills.escalateAfter[1]).toBe(2880);
    expect(skills.escalateWorking[1]).toBe(1);
    expect(skills.escalateTo[1]).toBe(0);
    expect(result.model.steps[1].resources).toEqual([{ resource: "clerks", units: 1 }]);
  });

  it("a model without them has all-zero modes (the plain path)", () => {
    const result = loadModelText(BASE, "model.yaml");
    if (!result.ok) throw new Error("BASE must load");
    const skills = compileModel(result.model).skills;
    expect([...skills.stepMode, ...skills.poolMode].every((mode) => mode === 0)).toBe(true);
  });

  it("a preemptive pool makes every step it performs preemptive", () => {
    const result = loadModelText(vary("costPerHour: 30 }", "costPerHour: 30, preempt: true }"), "model.yaml");
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    const skills = compileModel(result.model).skills;
    expect(Array.from(skills.stepMode)).toEqual([MODE_PREEMPT, MODE_PREEMPT]);
    expect(Array.from(skills.poolMode)).toEqual([1]);
  });

  it("a preemptive pool performing a multi-pool step is refused at the step", () => {
    const text = vary("  clerks: { capacity: 2, costPerHour: 30 }", "  clerks: { capacity: 2, costPerHour: 30, preempt: true }\n  managers: { capacity: 1 }")
      .replace("  - name: review\n    resource: clerks\n", "  - name: review\n    resources: [ { resource: clerks }, { resource: managers } ]\n");
    const issue = issueFor(text, "preemptUnsupported");
    expectLocated(issue, { path: ["steps", 1, "name"], text, needle: "review" });
    expect(issue.message).toMatch(/several pools at once/);
  });

  it("a preemptive pool listed in servedBy is refused at the step", () => {
    const text = vary("takes: ownFirst }", "takes: ownFirst, preempt: true }", SKILLS);
    expectLocated(issueFor(text, "preemptUnsupported"), { path: ["steps", 1, "name"], text, needle: "review" });
  });

  it("preempt on a servedBy step, or with units above 1, is refused at preempt", () => {
    const text = vary("    choose: longestIdle\n", "    choose: longestIdle\n    preempt: true\n", SKILLS);
    expectLocated(issueFor(text, "preemptUnsupported"), { path: ["steps", 1, "preempt"], text, needle: "true\n    escalate" });
    const units = vary("    resource: clerks\n    duration: { exp", "    resource: clerks\n    units: 2\n    preempt: true\n    duration: { exp");
    expect(issueFor(units, "preemptUnsupported").message).toMatch(/more than one unit/);
  });

  it("servedBy with resource, choose without servedBy, an unknown pool: all reported, located", () => {
    const text = vary("    servedBy: [ { resource: clerks }, { resource: seniors,", "    resource: clerks\n    servedBy: [ { resource: clerks }, { resource: senior,", SKILLS)
      .replace("  - name: intake\n", "  - name: intake\n    choose: random\n");
    expectLocated(issueFor(text, "servedByConflict"), { path: ["steps", 1, "resource"], text, needle: "clerks\n    servedBy", skip: 0 });
    expectLocated(issueFor(text, "chooseWithoutServedBy"), { path: ["steps", 0, "choose"], text, needle: "random" });
    const unknown = issueFor(text, "unknownResource");
    expectLocated(unknown, { path: ["steps", 1, "servedBy", 1, "resource"], text, needle: "senior," });
    expect(unknown.message).toMatch(/did you mean "seniors"/);
  });

  it("a step that only escalated cases reach is not reported as unreachable", () => {
    const text = `${BASE.replace("  - name: review\n", "  - name: review\n    escalate: { after: 1h, to: lead }\n    next: exit\n")}  - name: lead\n    resource: clerks\n    duration: 5\n`;
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.code)).not.toContain("unreachableStep");
    const without = text.replace("    escalate: { after: 1h, to: lead }\n", "");
    expect(issueFor(without, "unreachableStep").params.name).toBe("lead");
  });

  it("an escalation needs exactly one of to or priority, a known step, and a service step", () => {
    const both = vary("to: intake }", "to: intake, priority: 3 }", SKILLS);
    expectLocated(issueFor(both, "escalateOutcome"), { path: ["steps", 1, "escalate"], text: both, needle: "{ after" });
    const unknown = vary("to: intake }", "to: intake desk }", SKILLS);
    expectLocated(issueFor(unknown, "unknownStep"), { path: ["steps", 1, "escalate", "to"], text: unknown, needle: "intake desk" });
    const delay = `${BASE}  - name: notes\n    duration: 1\n    escalate: { after: 1h, priority: 2 }\n`;
    expectLocated(issueFor(delay, "escalateOnDelay"), { path: ["steps", 2, "escalate"], text: delay, needle: "{ after: 1h" });
  });
});

describe("preempt: { interrupted, sendTo }", () => {
  const WITH_CALLBACKS = vary("  clerks: { capacity: 2, costPerHour: 30 }", "  clerks: { capacity: 2, costPerHour: 30, preempt: { interrupted: send, sendTo: callbacks } }\n  callback clerks: { capacity: 1 }")
    + "  - name: callbacks\n    resource: callback clerks\n    duration: 2min\n";

  it("compiles to the rule and target of every step the pool performs", () => {
    const result = loadModelText(WITH_CALLBACKS, "model.yaml");
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    const skills = compileModel(result.model).skills;
    expect(Array.from(skills.preempted)).toEqual([PREEMPTED_SEND, PREEMPTED_SEND, 0]);
    expect(Array.from(skills.preemptSendTo)).toEqual([2, 2, -1]);
    expect(Array.from(skills.stepMode)).toEqual([MODE_PREEMPT, MODE_PREEMPT, 0]);
  });

  it("refuses a missing, unknown or self-needing sendTo, and sendTo without send, where written", () => {
    const missing = vary("interrupted: send, sendTo: callbacks", "interrupted: send", WITH_CALLBACKS);
    expectLocated(issueFor(missing, "downtimeSendTo"), { path: ["resources", "clerks", "preempt", "interrupted"], text: missing, needle: "send }" });
    const unknown = vary("sendTo: callbacks", "sendTo: callback", WITH_CALLBACKS);
    const issue = issueFor(unknown, "unknownStep");
    expectLocated(issue, { path: ["resources", "clerks", "preempt", "sendTo"], text: unknown, needle: "callback }" });
    expect(issue.message).toMatch(/did you mean "callbacks"/);
    const self = vary("sendTo: callbacks", "sendTo: review", WITH_CALLBACKS);
    expectLocated(issueFor(self, "downtimeSendUnsupported"), { path: ["resources", "clerks", "preempt", "sendTo"], text: self, needle: "review }" });
    const unused = vary("interrupted: send", "interrupted: restart", WITH_CALLBACKS);
    expectLocated(issueFor(unused, "downtimeSendUnused"), { path: ["resources", "clerks", "preempt", "sendTo"], text: unused, needle: "callbacks }" });
  });
});

describe("escalate: { preempt }", () => {
  const RAISE = vary("  - name: review\n    resource: clerks\n", "  - name: review\n    resource: clerks\n    escalate: { after: 30min, priority: 10, preempt: true }\n");

  it("loads at a preemptive step and compiles to the step's flag", () => {
    const result = loadModelText(vary("costPerHour: 30 }", "costPerHour: 30, preempt: true }", RAISE), "model.yaml");
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    expect(Array.from(compileModel(result.model).skills.escalatePreempt)).toEqual([0, 1]);
  });

  it("is refused at a step that is not preemptive, and on an escalation that moves the case", () => {
    expectLocated(issueFor(RAISE, "escalatePreemptUnsupported"), { path: ["steps", 1, "escalate", "preempt"], text: RAISE, needle: "true }" });
    const moves = vary("priority: 10, preempt: true", "to: intake, preempt: true", vary("costPerHour: 30 }", "costPerHour: 30, preempt: true }", RAISE));
    const issue = issueFor(moves, "escalatePreemptUnsupported");
    expectLocated(issue, { path: ["steps", 1, "escalate", "preempt"], text: moves, needle: "intake, preempt: ", skip: 17 });
    expect(issue.message).toMatch(/moves the case/);
  });
});
