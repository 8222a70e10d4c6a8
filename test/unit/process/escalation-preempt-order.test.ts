/**
 * Event-order test of an escalation that raises a waiting case's priority at a preemptive
 * step: with `preempt: true` the raised case interrupts the lower priority in service, as an
 * arrival of its priority would; without it, it waits for the server. Worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { fixed, model, pool, source, step, trace } from "./fixtures.js";

/** One adviser (preemptive), 4 minutes a case, cases at 1 and 2; the timer raises to 10 after 1.5 minutes in line. */
function raisedAfterWaiting(preempt: boolean) {
  return model({
    arrivals: [source("file", fixed(1), "advice")],
    resources: [{ ...pool("adviser", 1), preempt: true }],
    steps: [{
      ...step("advice", [["adviser", 1]], fixed(4)),
      escalate: { after: 1.5, clock: "elapsed", since: "joining", to: null, priority: 10, preempt, path: ["steps", 0, "escalate"] },
    }],
    run: { maxArrivals: 2 },
  });
}

describe("escalation that raises priority", () => {
  it("with preempt: the raised case interrupts the case in service, which resumes after it", () => {
    expect(trace(raisedAfterWaiting(true)).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start advice",
      "2 c1 arrive", "2 c1 enqueue advice",
      "3.5 c1 escalate advice waited 1.5", "3.5 c0 preempted advice remaining 1.5", "3.5 c1 start advice waited 1.5",
      "7.5 c1 finish advice", "7.5 c0 resume advice waited 4", "7.5 c1 complete cycle 5.5 waited 1.5",
      "9 c0 finish advice", "9 c0 complete cycle 8 waited 4",
    ]);
  });

  it("without it the raised case waits for the server", () => {
    expect(trace(raisedAfterWaiting(false)).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start advice",
      "2 c1 arrive", "2 c1 enqueue advice",
      "3.5 c1 escalate advice waited 1.5",
      "5 c0 finish advice", "5 c1 start advice waited 3", "5 c0 complete cycle 4 waited 0",
      "9 c1 finish advice", "9 c1 complete cycle 7 waited 3",
    ]);
  });
});
