/**
 * Event-order tests of skills-based routing, preemptive-resume priority and escalation
 * timers on tiny deterministic models: the whole (time, case, event) trace is compared with
 * the list worked out by hand.
 */
import { describe, expect, it } from "vitest";
import type { Step } from "../../../src/model/compile/model.js";
import type { SkillOption } from "../../../src/model/compile/model-skills.js";
import { fixed, model, pool, source, step, trace } from "./fixtures.js";

/** A step served by `options` ([pool, duration or null]) in preference order. */
function skillStep(name: string, options: [string, number | null][], duration: number, choose: "preference" | "longestIdle" | "random" = "preference"): Step {
  const servedBy: SkillOption[] = options.map(([resource, d], i) => ({ resource, units: 1, duration: d === null ? null : fixed(d), path: ["steps", 0, "servedBy", i] }));
  return { ...step(name, [[options[0][0], 1]], fixed(duration)), servedBy: { options: servedBy, choose } };
}

describe("skills-based routing", () => {
  it("takes the preferred free pool, overflows to the next with its own duration, and a freed pool serves the line", () => {
    const { trace: t } = trace(model({
      arrivals: [source("call", fixed(0.5), "advice")],
      resources: [pool("specialists", 1), pool("agents", 1)],
      steps: [skillStep("advice", [["specialists", null], ["agents", 2]], 1)],
      run: { maxArrivals: 4 },
    }));
    expect(t.rows).toEqual([
      "0.5 c0 arrive", "0.5 c0 start advice", "0.5 c0 served advice by specialists",
      "1 c1 arrive", "1 c1 start advice", "1 c1 served advice by agents",
      "1.5 c0 finish advice", "1.5 c0 complete cycle 1 waited 0",
      "1.5 c2 arrive", "1.5 c2 start advice", "1.5 c2 served advice by specialists",
      "2 c3 arrive", "2 c3 enqueue advice",
      "2.5 c2 finish advice", "2.5 c3 start advice waited 0.5", "2.5 c3 served advice by specialists", "2.5 c2 complete cycle 1 waited 0",
      "3 c1 finish advice", "3 c1 complete cycle 2 waited 0",
      "3.5 c3 finish advice", "3.5 c3 complete cycle 1.5 waited 0.5",
    ]);
  });

  const takesModel = (takes: "ownFirst" | "longestWaiting") => model({
    arrivals: [source("y", fixed(1), "retail"), source("x", fixed(3.5), "business")],
    resources: [pool("retail agents", 1), { ...pool("universal agents", 1), takes }],
    steps: [
      skillStep("retail", [["retail agents", 20], ["universal agents", 10]], 20),
      step("business", [["universal agents", 1]], fixed(10)),
    ],
    run: { maxArrivals: 5 },
  });
  const before = [
    "1 c0 arrive", "1 c0 start retail", "1 c0 served retail by retail agents",
    "2 c1 arrive", "2 c1 start retail", "2 c1 served retail by universal agents",
    "3 c2 arrive", "3 c2 enqueue retail",
    "3.5 c3 arrive", "3.5 c3 enqueue business",
    "4 c4 arrive", "4 c4 enqueue retail",
  ];

  it("takes: ownFirst — a freed universal agent takes its own line before an older overflow case", () => {
    const { trace: t } = trace(takesModel("ownFirst"));
    expect(t.rows).toEqual([
      ...before,
      "12 c1 finish retail", "12 c3 start business waited 8.5", "12 c1 complete cycle 10 waited 0",
      "21 c0 finish retail", "21 c2 start retail waited 18", "21 c2 served retail by retail agents", "21 c0 complete cycle 20 waited 0",
      "22 c3 finish business", "22 c4 start retail waited 18", "22 c4 served retail by universal agents", "22 c3 complete cycle 18.5 waited 8.5",
      "32 c4 finish retail", "32 c4 complete cycle 28 waited 18",
      "41 c2 finish retail", "41 c2 complete cycle 38 waited 18",
    ]);
  });

  it("takes: longestWaiting — a freed universal agent takes the case waiting longest, whatever its type", () => {
    const { trace: t } = trace(takesModel("longestWaiting"));
    expect(t.rows).toEqual([
      ...before,
      "12 c1 finish retail", "12 c2 start retail waited 9", "12 c2 served retail by universal agents", "12 c1 complete cycle 10 waited 0",
      "21 c0 finish retail", "21 c4 start retail waited 17", "21 c4 served retail by retail agents", "21 c0 complete cycle 20 waited 0",
      "22 c2 finish retail", "22 c3 start business waited 18.5", "22 c2 complete cycle 19 waited 9",
      "32 c3 finish business", "32 c3 complete cycle 28.5 waited 18.5",
      "41 c4 finish retail", "41 c4 complete cycle 37 waited 17",
    ]);
  });

  it("choose: longestIdle — the pool whose free agent has been idle longest serves, not the preferred one", () => {
    const { trace: t } = trace(model({
      arrivals: [source("call", fixed(1), "advice")],
      resources: [pool("specialists", 1), pool("agents", 1)],
      steps: [skillStep("advice", [["specialists", 3], ["agents", 0.5]], 1, "longestIdle")],
      run: { maxArrivals: 4 },
    }));
    // At 4 the specialist has just freed; the agent has been idle since 3.5: the agent serves.
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start advice", "1 c0 served advice by specialists",
      "2 c1 arrive", "2 c1 start advice", "2 c1 served advice by agents",
      "2.5 c1 finish advice", "2.5 c1 complete cycle 0.5 waited 0",
      "3 c2 arrive", "3 c2 start advice", "3 c2 served advice by agents",
      "3.5 c2 finish advice", "3.5 c2 complete cycle 0.5 waited 0",
      "4 c0 finish advice", "4 c0 complete cycle 3 waited 0",
      "4 c3 arrive", "4 c3 start advice", "4 c3 served advice by agents",
      "4.5 c3 finish advice", "4.5 c3 complete cycle 0.5 waited 0",
    ]);
  });
});

describe("preemptive-resume priority", () => {
  it("a VIP interrupts the standard case in service, which resumes its remaining work at the head of the line", () => {
    const { trace: t } = trace(model({
      arrivals: [source("standard", fixed(1), "advice"), source("vip", fixed(2.5), "advice", { priority: 5 })],
      resources: [{ ...pool("adviser", 1), preempt: true }],
      steps: [step("advice", [["adviser", 1]], fixed(4))],
      run: { maxArrivals: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start advice",
      "2 c1 arrive", "2 c1 enqueue advice",
      "2.5 c2 arrive", "2.5 c0 preempted advice remaining 2.5", "2.5 c2 start advice",
      "6.5 c2 finish advice", "6.5 c0 resume advice waited 4", "6.5 c2 complete cycle 4 waited 0",
      "9 c0 finish advice", "9 c1 start advice waited 7", "9 c0 complete cycle 8 waited 4",
      "13 c1 finish advice", "13 c1 complete cycle 11 waited 7",
    ]);
    expect(t.durations.get("c0/advice")).toBe(4);
    expect(t.queues).toEqual(["2 advice 1", "2.5 advice 2", "6.5 advice 1", "9 advice 0"]);
  });

  it("equal priorities never interrupt each other", () => {
    const { trace: t } = trace(model({
      arrivals: [source("standard", fixed(1), "advice")],
      resources: [{ ...pool("adviser", 1), preempt: true }],
      steps: [step("advice", [["adviser", 1]], fixed(4))],
      run: { maxArrivals: 2 },
    }));
    expect(t.rows.filter((row) => row.includes("preempted"))).toEqual([]);
    expect(t.rows).toContain("5 c1 start advice waited 3");
  });
});

describe("escalation timers", () => {
  it("a case waiting longer than the limit is moved to the escalation step; same-time step ends run first", () => {
    const review: Step = {
      ...step("review", [["clerk", 1]], fixed(5)),
      escalate: { after: 2, clock: "elapsed", since: "joining", to: "team lead", priority: null, path: ["steps", 0, "escalate"] },
    };
    const { trace: t } = trace(model({
      arrivals: [source("file", fixed(1), "review")],
      resources: [pool("clerk", 1), pool("lead", 1)],
      steps: [review, step("team lead", [["lead", 1]], fixed(1))],
      run: { maxArrivals: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start review",
      "2 c1 arrive", "2 c1 enqueue review",
      "3 c2 arrive", "3 c2 enqueue review",
      "4 c1 escalate review waited 2", "4 c1 start team lead",
      "5 c1 finish team lead", "5 c1 complete cycle 3 waited 2",
      "5 c2 escalate review waited 2", "5 c2 start team lead",
      "6 c0 finish review", "6 c0 complete cycle 5 waited 0",
      "6 c2 finish team lead", "6 c2 complete cycle 3 waited 2",
    ]);
  });

  it("a priority escalation moves the case ahead of lower priorities; a served case's timer is cancelled", () => {
    const desk: Step = {
      ...step("desk", [["clerk", 1]], fixed(3)),
      escalate: { after: 1.5, clock: "elapsed", since: "joining", to: null, priority: 10, path: ["steps", 0, "escalate"] },
    };
    const { trace: t } = trace(model({
      arrivals: [source("a", fixed(1), "desk"), source("b", fixed(2.5), "desk", { priority: 5 })],
      resources: [pool("clerk", 1)],
      steps: [desk],
      run: { maxArrivals: 4 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "2.5 c2 arrive", "2.5 c2 enqueue desk",
      "3 c3 arrive", "3 c3 enqueue desk",
      "3.5 c1 escalate desk waited 1.5",
      "4 c0 finish desk", "4 c1 start desk waited 2", "4 c0 complete cycle 3 waited 0",
      "4 c2 escalate desk waited 1.5",
      "4.5 c3 escalate desk waited 1.5",
      "7 c1 finish desk", "7 c2 start desk waited 4.5", "7 c1 complete cycle 5 waited 2",
      "10 c2 finish desk", "10 c3 start desk waited 7", "10 c2 complete cycle 7.5 waited 4.5",
      "13 c3 finish desk", "13 c3 complete cycle 10 waited 7",
    ]);
  });
});
