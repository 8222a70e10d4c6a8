/**
 * Event-order tests of resources held across steps on tiny deterministic models: the seized
 * adviser stays busy through the steps in between (which only wait for what they do not hold),
 * is released at the end of the releasing step to the next waiting customer, and is given back
 * when a customer holding it gives up waiting.
 */
import { describe, expect, it } from "vitest";
import type { ResourceNeed, Step } from "../../../src/model/compile/model.js";
import { exit, fixed, goto, model, pool, source, step, trace } from "./fixtures.js";

const holding = (s: Step, extra: { seize?: ResourceNeed; release?: string[] }): Step => ({
  ...s, ...extra, kind: s.resources.length > 0 || extra.seize ? "service" : "delay",
});

const WEALTH_STEPS = [
  holding(step("welcome", [], fixed(1), goto("advice")), { seize: { resource: "advisers", units: 1 } }),
  step("advice", [["advisers", 1], ["rooms", 1]], fixed(2), goto("paperwork")),
  holding(step("paperwork", [], fixed(1), exit), { release: ["advisers"] }),
];

describe("an adviser held from welcome to paperwork", () => {
  it("stays busy through advice (which waits only for a room) and serves the next customer when released", () => {
    const { trace: t } = trace(model({
      arrivals: [source("customers", fixed(1), "welcome")],
      resources: [pool("advisers", 1), pool("rooms", 1)],
      steps: WEALTH_STEPS,
      run: { maxArrivals: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start welcome",
      "2 c0 finish welcome", "2 c0 start advice",
      "2 c1 arrive", "2 c1 enqueue welcome",
      "3 c2 arrive", "3 c2 enqueue welcome",
      "4 c0 finish advice", "4 c0 start paperwork",
      "5 c0 finish paperwork", "5 c1 start welcome waited 3", "5 c0 complete cycle 4 waited 0",
      "6 c1 finish welcome", "6 c1 start advice",
      "8 c1 finish advice", "8 c1 start paperwork",
      "9 c1 finish paperwork", "9 c2 start welcome waited 6", "9 c1 complete cycle 7 waited 3",
      "10 c2 finish welcome", "10 c2 start advice",
      "12 c2 finish advice", "12 c2 start paperwork",
      "13 c2 finish paperwork", "13 c2 complete cycle 10 waited 6",
    ]);
    expect(t.levels).toEqual([
      "0 advisers 0/1", "0 rooms 0/1", "1 advisers 1/1", "2 rooms 1/1", "4 rooms 0/1", "6 rooms 1/1",
      "8 rooms 0/1", "10 rooms 1/1", "12 rooms 0/1", "13 advisers 0/1",
    ]);
  });

  it("a customer who gives up waiting for a room gives the adviser back to the next customer", () => {
    const { trace: t } = trace(model({
      arrivals: [source("customers", fixed(1), "welcome", { patience: fixed(1.5) })],
      resources: [pool("advisers", 2), pool("rooms", 1)],
      steps: [WEALTH_STEPS[0], { ...WEALTH_STEPS[1], duration: fixed(5) }, WEALTH_STEPS[2]],
      run: { maxArrivals: 3 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start welcome",
      "2 c0 finish welcome", "2 c0 start advice",
      "2 c1 arrive", "2 c1 start welcome",
      "3 c1 finish welcome", "3 c1 enqueue advice",
      "3 c2 arrive", "3 c2 enqueue welcome",
      "4.5 c1 abandon advice waited 1.5", "4.5 c2 start welcome waited 1.5",
      "5.5 c2 finish welcome", "5.5 c2 enqueue advice",
      "7 c0 finish advice", "7 c2 start advice waited 1.5", "7 c0 start paperwork",
      "8 c0 finish paperwork", "8 c0 complete cycle 7 waited 0",
      "12 c2 finish advice", "12 c2 start paperwork",
      "13 c2 finish paperwork", "13 c2 complete cycle 10 waited 3",
    ]);
    expect(t.levels.filter((l) => l.includes("advisers"))).toEqual([
      "0 advisers 0/2", "1 advisers 1/2", "2 advisers 2/2", "8 advisers 1/2", "13 advisers 0/2",
    ]);
  });
});
