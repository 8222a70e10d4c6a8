/**
 * Event order with case attributes: a route on an attribute, a priority read from it, a
 * duration scaled by it and the categories reported at arrival, on a tiny deterministic
 * model whose whole trace is worked out by hand.
 */
import { describe, expect, it } from "vitest";
import type { Route } from "../../../src/model/compile/model.js";
import { exit, fixed, model, pool, source, step, trace } from "./fixtures.js";

/** Amount above 1.5 → approval; everything else leaves. */
const byAmount: Route = {
  kind: "conditional",
  options: [
    { to: "approval", when: { attribute: "amount", lower: 1.5, lowerInclusive: false, upper: null, upperInclusive: false, categories: null, path: [] }, p: null },
    { to: "exit", when: null, p: null },
  ],
};

const priorityByAmount = { attribute: "amount", values: null, otherwise: 0, path: [] };

describe("case attributes", () => {
  it("route, prioritise and scale durations by the case's own values", () => {
    const { trace: t } = trace(model({
      arrivals: [
        source("small", fixed(2), "entry", {
          attributes: { amount: { kind: "numeric", dist: fixed(1) }, segment: { kind: "categorical", categories: ["retail"], shares: [1] } },
          priorityBy: priorityByAmount,
        }),
        source("large", fixed(2.5), "entry", {
          attributes: { amount: { kind: "numeric", dist: fixed(2) }, segment: { kind: "categorical", categories: ["sme"], shares: [1] } },
          priorityBy: priorityByAmount,
        }),
      ],
      resources: [pool("clerk", 1)],
      steps: [
        { ...step("entry", [["clerk", 1]], fixed(1.5), byAmount), durationBy: { kind: "scaled", attribute: "amount", path: [] } },
        step("approval", [], fixed(1), exit),
      ],
      run: { maxArrivals: 4 },
    }));
    // Small cases (amount 1, priority 1) take 1.5 at entry and leave; large ones (amount 2,
    // priority 2) take 3 and go on to approval. At 6.5 the large c3 (arrived 5) is served
    // before the small c2 (arrived 4): priority first, then joining order.
    expect(t.rows).toEqual([
      "2 c0 arrive", "2 c0 category 0:0", "2 c0 start entry",
      "2.5 c1 arrive", "2.5 c1 category 0:1", "2.5 c1 enqueue entry",
      "3.5 c0 finish entry", "3.5 c1 start entry waited 1", "3.5 c0 complete cycle 1.5 waited 0",
      "4 c2 arrive", "4 c2 category 0:0", "4 c2 enqueue entry",
      "5 c3 arrive", "5 c3 category 0:1", "5 c3 enqueue entry",
      "6.5 c1 finish entry", "6.5 c3 start entry waited 1.5", "6.5 c1 start approval",
      "7.5 c1 finish approval", "7.5 c1 complete cycle 5 waited 1",
      "9.5 c3 finish entry", "9.5 c2 start entry waited 5.5", "9.5 c3 start approval",
      "10.5 c3 finish approval", "10.5 c3 complete cycle 5.5 waited 1.5",
      "11 c2 finish entry", "11 c2 complete cycle 7 waited 5.5",
    ]);
  });

  it("a duration per category maps the same draw through the category's distribution", () => {
    const { trace: t } = trace(model({
      arrivals: [
        source("retail", fixed(2), "entry", { attributes: { segment: { kind: "categorical", categories: ["retail"], shares: [1] } } }),
        source("sme", fixed(3), "entry", { attributes: { segment: { kind: "categorical", categories: ["sme"], shares: [1] } } }),
      ],
      steps: [{
        ...step("entry", [], fixed(9), exit),
        durationBy: { kind: "byCategory", attribute: "segment", values: { retail: fixed(1), sme: fixed(4) }, otherwise: null, path: [] },
      }],
      run: { maxArrivals: 2 },
    }));
    expect(t.rows).toEqual([
      "2 c0 arrive", "2 c0 category 0:0", "2 c0 start entry",
      "3 c0 finish entry", "3 c0 complete cycle 1 waited 0",
      "3 c1 arrive", "3 c1 category 0:1", "3 c1 start entry",
      "7 c1 finish entry", "7 c1 complete cycle 4 waited 0",
    ]);
  });
});
