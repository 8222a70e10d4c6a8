/**
 * Event-order test of a message's callback priority: the callback is served by the same
 * teller as the live line, and with `priority: -1` a live caller who joined later is
 * answered first. The full traces are worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { admission, exit, fixed, model, pool, source, step, trace } from "./fixtures.js";

/**
 * One teller; a caller every minute (3 of them), 2.5 minutes at the desk, 1 minute per
 * callback; a message is offered after 0.5 minutes and always accepted. c0: desk 1–3.5.
 * c1 joins at 2 and leaves a message at 2.5; c2 joins at 3 and leaves one at 3.5 — but the
 * teller frees at 3.5 first (step ends come before message offers at one instant).
 */
function sharedTeller(priority?: number) {
  return model({
    arrivals: [source("calls", fixed(1), "desk")],
    resources: [pool("teller", 1)],
    steps: [
      { ...step("desk", [["teller", 1]], fixed(2.5), exit), admission: admission({ message: { after: 0.5, p: 1, to: "callback", path: [], ...(priority === undefined ? {} : { priority }) } }) },
      step("callback", [["teller", 1]], fixed(1)),
    ],
    run: { maxArrivals: 3 },
  });
}

describe("callback priority", () => {
  it("without it the callback, waiting longest, is served before the later live caller", () => {
    expect(trace(sharedTeller()).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "2.5 c1 message desk waited 0.5", "2.5 c1 enqueue callback",
      "3 c2 arrive", "3 c2 enqueue desk",
      "3.5 c0 finish desk", "3.5 c1 start callback waited 1", "3.5 c0 complete cycle 2.5 waited 0",
      "3.5 c2 message desk waited 0.5", "3.5 c2 enqueue callback",
      "4.5 c1 finish callback", "4.5 c2 start callback waited 1", "4.5 c1 complete cycle 2.5 waited 1.5",
      "5.5 c2 finish callback", "5.5 c2 complete cycle 2.5 waited 1.5",
    ]);
  });

  it("with priority -1 the live caller is answered first, and the callback waits for the teller", () => {
    expect(trace(sharedTeller(-1)).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "2.5 c1 message desk waited 0.5", "2.5 c1 enqueue callback",
      "3 c2 arrive", "3 c2 enqueue desk",
      "3.5 c0 finish desk", "3.5 c2 start desk waited 0.5", "3.5 c0 complete cycle 2.5 waited 0",
      "6 c2 finish desk", "6 c1 start callback waited 3.5", "6 c2 complete cycle 3 waited 0.5",
      "7 c1 finish callback", "7 c1 complete cycle 5 waited 4",
    ]);
  });
});
