/**
 * Event-order tests of patience declared per class (`classes: { vip: { patience } }`): it
 * applies at every line the class's cases join, the clock starting anew at each, and a
 * step's or the source's own patience overrides it. Each full trace is worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { admission, fixed, model, pool, source, step, trace } from "./fixtures.js";
import type { ArrivalSource, Model, Step } from "../../../src/model/compile/model.js";

/**
 * Callers of class vip every minute (3 of them): the desk takes 2 minutes, the specialist 3.
 * c0: desk 1–3, specialist 3–6. c1 waits at the desk 2–3 (1 min), then at the specialist
 * 5–6 (1 min): 2 minutes in all, more than its 1.5 but never 1.5 in one line. c2 waits at
 * the desk from 3 and hangs up at 4.5.
 */
function twoLines(extra: Partial<ArrivalSource> = {}, specialist: Partial<Step> = {}): Model {
  const m = model({
    arrivals: [source("phone", fixed(1), "desk", { class: "vip", ...extra })],
    resources: [pool("teller", 1), pool("specialists", 1)],
    steps: [step("desk", [["teller", 1]], fixed(2), { kind: "goto", to: "specialist" }), { ...step("specialist", [["specialists", 1]], fixed(3)), ...specialist }],
    run: { maxArrivals: 3 },
  });
  return { ...m, classes: { vip: { patience: fixed(1.5), path: ["classes", "vip"] } } };
}

describe("patience by class", () => {
  it("applies at every line, restarting at each", () => {
    expect(trace(twoLines()).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "3 c0 finish desk", "3 c1 start desk waited 1", "3 c0 start specialist",
      "3 c2 arrive", "3 c2 enqueue desk",
      "4.5 c2 abandon desk waited 1.5",
      "5 c1 finish desk", "5 c1 enqueue specialist",
      "6 c0 finish specialist", "6 c1 start specialist waited 1", "6 c0 complete cycle 5 waited 0",
      "9 c1 finish specialist", "9 c1 complete cycle 7 waited 2",
    ]);
  });

  it("a step's own patience overrides the class's there (and only there)", () => {
    const rows = trace(twoLines({}, { admission: admission({ patience: fixed(0.5) }) })).trace.rows;
    expect(rows.slice(9)).toEqual([
      "4.5 c2 abandon desk waited 1.5", "4.5 c2 lost",
      "5 c1 finish desk", "5 c1 enqueue specialist",
      "5.5 c1 abandon specialist waited 0.5", "5.5 c1 lost",
      "6 c0 finish specialist", "6 c0 complete cycle 5 waited 0",
    ]);
  });

  it("the source's own patience overrides the class's", () => {
    const rows = trace(twoLines({ patience: fixed(10) })).trace.rows;
    expect(rows.filter((row) => row.includes("abandon"))).toEqual([]);
    // c2 waits at the desk 3–5 and at the specialist 7–9.
    expect(rows.at(-1)).toBe("12 c2 complete cycle 9 waited 4");
  });
});
