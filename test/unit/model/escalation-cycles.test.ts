/**
 * Cycles of moves without service are found by validation, located at the escalate or
 * whenFull key of each step in them: two busy desks escalating a customer to each other, two
 * full desks overflowing to each other, a desk escalating to itself — all at once.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";

const model = (s1: string, s2: string) => `name: desks
calendar: always
run: { horizon: 1d, replications: 1, seed: 7 }
arrivals:
  - { name: v, ratePerHour: 2 }
resources:
  a: { capacity: 1 }
  b: { capacity: 1 }
steps:
  - { name: s1, resource: a, duration: 10${s1} }
  - { name: s2, resource: b, duration: 10${s2} }
`;
const CODES = new Set(["escalationCycle", "escalationCycleRepeats", "overflowCycle", "escalateTargetSelf", "admissionTargetSelf"]);

function problems(text: string): string[] {
  const loaded = loadModelText(text, "desks.yaml");
  const issues = loaded.ok ? loaded.warnings : loaded.issues;
  return issues.filter((i) => CODES.has(i.code)).map((i) => `${i.line}:${i.column} ${i.path.join(".")} ${i.severity} ${i.code}`);
}

function messages(text: string): string[] {
  const loaded = loadModelText(text, "desks.yaml");
  return (loaded.ok ? loaded.warnings : loaded.issues).filter((i) => CODES.has(i.code)).map((i) => i.message);
}

describe("escalation and overflow cycles", () => {
  it("an escalation ping-pong with nothing but service to stop it is an error at both escalate keys", () => {
    const text = model(", escalate: { after: 1s, to: s2 }", ", escalate: { after: 1s, to: s1 }");
    expect(problems(text)).toEqual(["10:44 steps.0.escalate error escalationCycle", "11:44 steps.1.escalate error escalationCycle"]);
    expect(messages(text)[0]).toBe(
      'escalate passes a waiting case round "s1" → "s2" → "s1" with nothing but service to stop it: at every step of it the escalation of a case of ' +
      'source "v" comes before any patience or message, so while the staff are busy or off duty it goes round without end; ' +
      "escalate one of them to a step outside the cycle, or raise the priority instead (escalate: { after: …, priority: 10 })",
    );
  });

  it("a patience that can run out first turns it into a warning naming that step", () => {
    const text = model(", escalate: { after: 1s, to: s2 }", ", escalate: { after: 5min, to: s1 }, patience: { exponential: { mean: 3min } }");
    expect(problems(text)).toEqual(["10:44 steps.0.escalate warning escalationCycleRepeats", "11:44 steps.1.escalate warning escalationCycleRepeats"]);
    expect(messages(text)[0]).toBe(
      'a waiting case can be escalated round "s1" → "s2" → "s1" many times before it is served: only the patience or message at s2 ' +
      "can take it out of the cycle first; check that the escalation is meant to lead back",
    );
  });

  it("a patience longer than the escalation does not stop it: still an error", () => {
    const text = model(", escalate: { after: 1s, to: s2 }", ", escalate: { after: 1min, to: s1 }, patience: 2min");
    expect(problems(text)).toEqual(["10:44 steps.0.escalate error escalationCycle", "11:44 steps.1.escalate error escalationCycle"]);
  });

  it("timers counted since arrival go round in one instant, whatever the patience", () => {
    const text = model(", escalate: { after: 1h, since: arrival, to: s2 }, patience: 1s", ", escalate: { after: 1h, since: arrival, to: s1 }");
    expect(problems(text)).toEqual(["10:44 steps.0.escalate error escalationCycle", "11:44 steps.1.escalate error escalationCycle"]);
    expect(messages(text)[0]).toContain("counted since arrival, the timers have run out when the case comes back, so while the staff are busy it goes round without end in the same instant");
  });

  it("two full steps overflowing to each other are an error at both whenFull keys", () => {
    const text = model(", maxWaiting: 0, whenFull: { to: s2 }", ", maxWaiting: 0, whenFull: { to: s1 }");
    expect(problems(text)).toEqual(["10:59 steps.0.whenFull error overflowCycle", "11:59 steps.1.whenFull error overflowCycle"]);
  });

  it("a step escalating to itself, and every other problem, are listed at once", () => {
    const text = model(", escalate: { after: 1s, since: arrival, to: s1 }", ", maxWaiting: 0, whenFull: { to: s2 }");
    expect(problems(text)).toEqual(["10:87 steps.0.escalate.to error escalateTargetSelf", "11:75 steps.1.whenFull.to error admissionTargetSelf"]);
  });

  it("an escalation chain that ends, or an overflow that leads out, is no cycle", () => {
    expect(problems(model(", escalate: { after: 1s, to: s2 }", ", maxWaiting: 0, whenFull: lost"))).toEqual([]);
    expect(problems(model(", escalate: { after: 1s, to: s2 }, maxWaiting: 0, whenFull: { to: s2 }", ""))).toEqual([]);
  });
});
