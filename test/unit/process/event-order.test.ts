/**
 * Event-order tests on tiny deterministic models: the full (time, case, event) trace is
 * compared with the list worked out by hand, including same-time ties.
 */
import { describe, expect, it } from "vitest";
import { branch, exit, fixed, goto, model, pool, source, step, trace, StepTimeline } from "./fixtures.js";

describe("single teller, deterministic times", () => {
  it("serves first come first served and reports waits and cycle times", () => {
    const { trace: t, outcome } = trace(model({
      arrivals: [source("walk-in", fixed(1), "desk")],
      resources: [pool("teller", 1)],
      steps: [step("desk", [["teller", 1]], fixed(1.5))],
      run: { maxArrivals: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "2.5 c0 finish desk", "2.5 c1 start desk waited 0.5", "2.5 c0 complete cycle 1.5 waited 0",
      "3 c2 arrive", "3 c2 enqueue desk",
      "4 c1 finish desk", "4 c2 start desk waited 1", "4 c1 complete cycle 2 waited 0.5",
      "5.5 c2 finish desk", "5.5 c2 complete cycle 2.5 waited 1",
    ]);
    expect(t.queues).toEqual(["2 desk 1", "2.5 desk 0", "3 desk 1", "4 desk 0"]);
    // Net level per instant: a release taken up at once by the waiting case is no change.
    expect(t.levels).toEqual(["0 teller 0/1", "1 teller 1/1", "5.5 teller 0/1"]);
    expect(outcome).toEqual({ events: 6, endTime: 5.5 });
    expect(t.endedAt).toBe(5.5);
  });

  it("at the same instant, the release serves the waiting case before a new arrival", () => {
    const { trace: t } = trace(model({
      arrivals: [source("walk-in", fixed(1), "desk")],
      resources: [pool("teller", 1)],
      steps: [step("desk", [["teller", 1]], fixed(2))],
      run: { maxArrivals: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "3 c0 finish desk", "3 c1 start desk waited 1", "3 c0 complete cycle 2 waited 0",
      "3 c2 arrive", "3 c2 enqueue desk",
      "5 c1 finish desk", "5 c2 start desk waited 2", "5 c1 complete cycle 3 waited 1",
      "7 c2 finish desk", "7 c2 complete cycle 4 waited 2",
    ]);
  });
});

describe("capacity changes", () => {
  it("a drop lets busy servers finish first; a rise serves the waiting line at once", () => {
    const { trace: t } = trace(model({
      arrivals: [source("walk-in", fixed(0.5), "desk")],
      resources: [pool("teller", 2)],
      steps: [step("desk", [["teller", 1]], fixed(3))],
      run: { maxArrivals: 4 },
    }), { capacity: { teller: new StepTimeline([[0, 2], [2, 1], [6, 2]]) } });
    expect(t.rows).toEqual([
      "0.5 c0 arrive", "0.5 c0 start desk",
      "1 c1 arrive", "1 c1 start desk",
      "1.5 c2 arrive", "1.5 c2 enqueue desk",
      "2 c3 arrive", "2 c3 enqueue desk",
      "3.5 c0 finish desk", "3.5 c0 complete cycle 3 waited 0",
      "4 c1 finish desk", "4 c2 start desk waited 2.5", "4 c1 complete cycle 3 waited 0",
      "6 c3 start desk waited 4",
      "7 c2 finish desk", "7 c2 complete cycle 5.5 waited 2.5",
      "9 c3 finish desk", "9 c3 complete cycle 7 waited 4",
    ]);
    expect(t.levels).toEqual([
      "0 teller 0/2", "0.5 teller 1/2", "1 teller 2/2",
      "2 teller 2/1", "3.5 teller 1/1",
      "6 teller 2/2", "7 teller 1/2", "9 teller 0/2",
    ]);
  });
});

describe("priority", () => {
  it("serves larger priority first, first come first served within a priority", () => {
    const { trace: t } = trace(model({
      arrivals: [source("normal", fixed(1), "desk"), source("vip", fixed(2.5), "desk", { priority: 5 })],
      resources: [pool("teller", 1)],
      steps: [step("desk", [["teller", 1]], fixed(3))],
      run: { horizon: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "2.5 c2 arrive", "2.5 c2 enqueue desk",
      "3 c3 arrive", "3 c3 enqueue desk",
      "4 c0 finish desk", "4 c2 start desk waited 1.5", "4 c0 complete cycle 3 waited 0",
      "7 c2 finish desk", "7 c1 start desk waited 5", "7 c2 complete cycle 4.5 waited 1.5",
      "10 c1 finish desk", "10 c3 start desk waited 7", "10 c1 complete cycle 8 waited 5",
      "13 c3 finish desk", "13 c3 complete cycle 10 waited 7",
    ]);
  });
});

describe("a pool shared by several steps", () => {
  it("serves the best waiting case by (priority, joining order) across the steps", () => {
    const { trace: t } = trace(model({
      arrivals: [source("normal", fixed(1), "a"), source("vip", fixed(2.5), "b", { priority: 1 })],
      resources: [pool("clerk", 1)],
      steps: [step("a", [["clerk", 1]], fixed(3)), step("b", [["clerk", 1]], fixed(3))],
      run: { horizon: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start a",
      "2 c1 arrive", "2 c1 enqueue a",
      "2.5 c2 arrive", "2.5 c2 enqueue b",
      "3 c3 arrive", "3 c3 enqueue a",
      "4 c0 finish a", "4 c2 start b waited 1.5", "4 c0 complete cycle 3 waited 0",
      "7 c2 finish b", "7 c1 start a waited 5", "7 c2 complete cycle 4.5 waited 1.5",
      "10 c1 finish a", "10 c3 start a waited 7", "10 c1 complete cycle 8 waited 5",
      "13 c3 finish a", "13 c3 complete cycle 10 waited 7",
    ]);
  });
});

describe("abandonment", () => {
  it("a case leaves the line when its patience runs out", () => {
    const { trace: t } = trace(model({
      arrivals: [source("caller", fixed(1), "agent", { patience: fixed(2) })],
      resources: [pool("agents", 1)],
      steps: [step("agent", [["agents", 1]], fixed(5))],
      run: { maxArrivals: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start agent",
      "2 c1 arrive", "2 c1 enqueue agent",
      "3 c2 arrive", "3 c2 enqueue agent",
      "4 c1 abandon agent waited 2",
      "5 c2 abandon agent waited 2",
      "6 c0 finish agent", "6 c0 complete cycle 5 waited 0",
    ]);
    expect(t.queues).toEqual(["2 agent 1", "3 agent 2", "4 agent 1", "5 agent 0"]);
  });

  it("a server freed at the instant patience runs out serves the case (release first)", () => {
    const { trace: t } = trace(model({
      arrivals: [source("caller", fixed(1), "agent", { patience: fixed(2) })],
      resources: [pool("agents", 1)],
      steps: [step("agent", [["agents", 1]], fixed(3))],
      run: { maxArrivals: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start agent",
      "2 c1 arrive", "2 c1 enqueue agent",
      "3 c2 arrive", "3 c2 enqueue agent",
      "4 c0 finish agent", "4 c1 start agent waited 2", "4 c0 complete cycle 3 waited 0",
      "5 c2 abandon agent waited 2",
      "7 c1 finish agent", "7 c1 complete cycle 5 waited 2",
    ]);
  });
});

describe("routing", () => {
  it("follows a deterministic branch (p = 1) into rework, then goto, then exit", () => {
    const { trace: t } = trace(model({
      arrivals: [source("apps", fixed(1), "review")],
      resources: [pool("clerk", 1)],
      steps: [
        step("review", [["clerk", 1]], fixed(1), branch(["fix", 1], ["exit", 0])),
        step("fix", [], fixed(2), goto("approve")),
        step("approve", [["clerk", 1]], fixed(1), exit),
      ],
      run: { maxArrivals: 1 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start review", "2 c0 finish review",
      "2 c0 start fix", "4 c0 finish fix",
      "4 c0 start approve", "5 c0 finish approve", "5 c0 complete cycle 4 waited 0",
    ]);
  });

  it("passes a zero-time decision step straight through, in the same instant", () => {
    const { trace: t, outcome } = trace(model({
      arrivals: [source("apps", fixed(1), "decide")],
      resources: [pool("clerk", 1)],
      steps: [step("decide", [], fixed(0), goto("desk")), step("desk", [["clerk", 1]], fixed(2))],
      run: { maxArrivals: 1 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start decide", "1 c0 finish decide", "1 c0 start desk",
      "3 c0 finish desk", "3 c0 complete cycle 2 waited 0",
    ]);
    expect(outcome.events).toBe(2);
  });

  it("a case moving on to another step of the same pool queues behind those already waiting", () => {
    const { trace: t } = trace(model({
      arrivals: [source("apps", fixed(1), "review")],
      resources: [pool("clerk", 1)],
      steps: [
        step("review", [["clerk", 1]], fixed(2), goto("recheck")),
        step("recheck", [["clerk", 1]], fixed(1)),
      ],
      run: { maxArrivals: 2 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start review",
      "2 c1 arrive", "2 c1 enqueue review",
      "3 c0 finish review", "3 c1 start review waited 1", "3 c0 enqueue recheck",
      "5 c1 finish review", "5 c0 start recheck waited 2", "5 c1 enqueue recheck",
      "6 c0 finish recheck", "6 c1 start recheck waited 1", "6 c0 complete cycle 5 waited 2",
      "7 c1 finish recheck", "7 c1 complete cycle 5 waited 2",
    ]);
  });
});

describe("multi-pool seize", () => {
  it("seizes all needed pools at once or waits without holding any", () => {
    const { trace: t } = trace(model({
      arrivals: [source("m", fixed(1), "approve"), source("a", fixed(1.5), "sign")],
      resources: [pool("clerk", 1), pool("manager", 1)],
      steps: [
        step("sign", [["clerk", 1], ["manager", 1]], fixed(2)),
        step("approve", [["manager", 1]], fixed(3)),
      ],
      run: { horizon: 2 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start approve",
      "1.5 c1 arrive", "1.5 c1 enqueue sign",
      "2 c2 arrive", "2 c2 enqueue approve",
      "4 c0 finish approve", "4 c1 start sign waited 2.5", "4 c0 complete cycle 3 waited 0",
      "6 c1 finish sign", "6 c2 start approve waited 4", "6 c1 complete cycle 4.5 waited 2.5",
      "9 c2 finish approve", "9 c2 complete cycle 7 waited 4",
    ]);
    expect(t.levels.filter((l) => l.includes("clerk"))).toEqual(["0 clerk 0/1", "4 clerk 1/1", "6 clerk 0/1"]);
  });
});

describe("a head blocked on another pool", () => {
  it("does not keep a free unit idle: a later case that can start does", () => {
    const { trace: t } = trace(model({
      arrivals: [source("f", fixed(1.5), "file"), source("m", fixed(2), "approve"), source("s", fixed(2.5), "sign")],
      resources: [pool("clerk", 1), pool("manager", 1)],
      steps: [
        step("file", [["clerk", 1]], fixed(2)),
        step("approve", [["manager", 1]], fixed(10)),
        step("sign", [["clerk", 1], ["manager", 1]], fixed(2)),
      ],
      run: { horizon: 3 },
    }));
    expect(t.rows).toEqual([
      "1.5 c0 arrive", "1.5 c0 start file",
      "2 c1 arrive", "2 c1 start approve",
      "2.5 c2 arrive", "2.5 c2 enqueue sign",
      "3 c3 arrive", "3 c3 enqueue file",
      "3.5 c0 finish file", "3.5 c3 start file waited 0.5", "3.5 c0 complete cycle 2 waited 0",
      "5.5 c3 finish file", "5.5 c3 complete cycle 2.5 waited 0.5",
      "12 c1 finish approve", "12 c2 start sign waited 9.5", "12 c1 complete cycle 10 waited 0",
      "14 c2 finish sign", "14 c2 complete cycle 11.5 waited 9.5",
    ]);
  });
});

describe("study types", () => {
  it("steady state stops at the horizon after processing every event at that instant", () => {
    const { trace: t, outcome } = trace(model({
      arrivals: [source("walk-in", fixed(1), "walk")],
      steps: [step("walk", [], fixed(0.5))],
      run: { horizon: 3, study: "steadyState" },
    }));
    expect(t.rows.slice(-2)).toEqual(["3 c2 arrive", "3 c2 start walk"]);
    expect(outcome.endTime).toBe(3);
    expect(t.endedAt).toBe(3);
  });

  it("terminating stops arrivals at the horizon and runs until every case is done", () => {
    const { trace: t, outcome } = trace(model({
      arrivals: [source("walk-in", fixed(1), "walk")],
      steps: [step("walk", [], fixed(10))],
      run: { horizon: 3, study: "terminating" },
    }));
    expect(t.arrivals).toEqual([1, 2, 3]);
    expect(t.rows.at(-1)).toBe("13 c2 complete cycle 10 waited 0");
    expect(outcome.endTime).toBe(13);
  });
});
