/**
 * Event-order tests of what happens to a case a higher priority interrupts: it resumes (the
 * default, skills-event-order.test.ts), restarts with its full duration, or is sent to
 * another step. The whole (time, case, event) trace is compared with the list worked out by hand.
 */
import { describe, expect, it } from "vitest";
import type { PreemptedRule } from "../../../src/model/compile/normalize-preempt.js";
import { fixed, model, pool, source, step, trace } from "./fixtures.js";

/**
 * One adviser; standard calls at 1 and 2, a VIP (priority 5) at 2.5; advice takes 4 minutes,
 * a callback 1 minute (by the callback clerk). At 2.5 the VIP interrupts c0 (2.5 minutes of
 * its 4 left).
 */
function advisers(preempted: PreemptedRule) {
  return model({
    arrivals: [source("standard", fixed(1), "advice"), source("vip", fixed(2.5), "advice", { priority: 5 })],
    resources: [{ ...pool("adviser", 1), preempt: true, preempted }, pool("clerk", 1)],
    steps: [step("advice", [["adviser", 1]], fixed(4)), step("callbacks", [["clerk", 1]], fixed(1))],
    run: { maxArrivals: 3 },
  });
}

describe("preempted work", () => {
  it("restart: the interrupted case starts over with its full duration when it resumes", () => {
    const { trace: t } = trace(advisers({ interrupted: "restart", sendTo: null, path: [] }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start advice",
      "2 c1 arrive", "2 c1 enqueue advice",
      "2.5 c2 arrive", "2.5 c0 preempted advice remaining 4", "2.5 c2 start advice",
      "6.5 c2 finish advice", "6.5 c0 resume advice waited 4", "6.5 c2 complete cycle 4 waited 0",
      "10.5 c0 finish advice", "10.5 c1 start advice waited 8.5", "10.5 c0 complete cycle 9.5 waited 4",
      "14.5 c1 finish advice", "14.5 c1 complete cycle 12.5 waited 8.5",
    ]);
  });

  it("send: the interrupted case gives back its adviser and goes on to the callbacks after the VIP starts", () => {
    const { trace: t } = trace(advisers({ interrupted: "send", sendTo: "callbacks", path: [] }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start advice",
      "2 c1 arrive", "2 c1 enqueue advice",
      "2.5 c2 arrive", "2.5 c0 preempted advice remaining 2.5", "2.5 c2 start advice",
      "2.5 c0 sent from advice to callbacks", "2.5 c0 start callbacks",
      "3.5 c0 finish callbacks", "3.5 c0 complete cycle 2.5 waited 0",
      "6.5 c2 finish advice", "6.5 c1 start advice waited 4.5", "6.5 c2 complete cycle 4 waited 0",
      "10.5 c1 finish advice", "10.5 c1 complete cycle 8.5 waited 4.5",
    ]);
    expect(t.queues).toEqual(["2 advice 1", "6.5 advice 0"]);
  });
});
