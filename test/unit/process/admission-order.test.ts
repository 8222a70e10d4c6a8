/**
 * Event-order tests of admission on tiny deterministic models: limits and overflow, trunk
 * lines, balking, retrials, patience by step and class, and the message offer. Each full
 * (time, case, event) trace is compared with the list worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { admission, exit, fixed, model, pool, retry, source, step, trace } from "./fixtures.js";
import type { StepAdmission } from "../../../src/model/compile/admission-model.js";
import type { ArrivalSource } from "../../../src/model/compile/model.js";

/** One teller, a customer every minute, 2.5 minutes each, with these rules at the desk. */
function desk(rules: Partial<StepAdmission>, options: { arrivals?: number; tellers?: number; extra?: Partial<ArrivalSource>; service?: number } = {}) {
  return model({
    arrivals: [source("walk-in", fixed(1), "desk", options.extra)],
    resources: [pool("teller", options.tellers ?? 1), pool("back", 1)],
    steps: [
      { ...step("desk", [["teller", 1]], fixed(options.service ?? 2.5), exit), admission: admission(rules) },
      step("overflow", [], fixed(1)),
      step("callback", [["back", 1]], fixed(1)),
    ],
    run: { maxArrivals: options.arrivals ?? 4 },
  });
}

describe("limits", () => {
  it("maxWaiting: a case that would wait beyond the limit is blocked and lost", () => {
    expect(trace(desk({ maxWaiting: 1 })).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "3 c2 arrive", "3 c2 blocked desk", "3 c2 lost",
      "3.5 c0 finish desk", "3.5 c1 start desk waited 1.5", "3.5 c0 complete cycle 2.5 waited 0",
      "4 c3 arrive", "4 c3 enqueue desk",
      "6 c1 finish desk", "6 c3 start desk waited 2", "6 c1 complete cycle 4 waited 1.5",
      "8.5 c3 finish desk", "8.5 c3 complete cycle 4.5 waited 2",
    ]);
  });

  it("whenFull { to }: the blocked case goes on to the overflow step (step ends before arrivals)", () => {
    expect(trace(desk({ maxWaiting: 1, overflowTo: "overflow" })).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "3 c2 arrive", "3 c2 blocked desk overflow", "3 c2 start overflow",
      "3.5 c0 finish desk", "3.5 c1 start desk waited 1.5", "3.5 c0 complete cycle 2.5 waited 0",
      "4 c2 finish overflow", "4 c2 complete cycle 1 waited 0",
      "4 c3 arrive", "4 c3 enqueue desk",
      "6 c1 finish desk", "6 c3 start desk waited 2", "6 c1 complete cycle 4 waited 1.5",
      "8.5 c3 finish desk", "8.5 c3 complete cycle 4.5 waited 2",
    ]);
  });

  it("maxInSystem counts cases in service: blocked although a teller is free", () => {
    expect(trace(desk({ maxInSystem: 2 }, { tellers: 3 })).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 start desk",
      "3 c2 arrive", "3 c2 blocked desk", "3 c2 lost",
      "3.5 c0 finish desk", "3.5 c0 complete cycle 2.5 waited 0",
      "4 c3 arrive", "4 c3 start desk",
      "4.5 c1 finish desk", "4.5 c1 complete cycle 2.5 waited 0",
      "6.5 c3 finish desk", "6.5 c3 complete cycle 2.5 waited 0",
    ]);
  });
});

describe("pool limits", () => {
  it("a pool's maxWaiting counts the lines of every step it performs", () => {
    const m = model({
      arrivals: [source("p", fixed(1), "a"), source("q", fixed(2.5), "b")],
      resources: [{ ...pool("clerk", 1), maxWaiting: 1 }],
      steps: [step("a", [["clerk", 1]], fixed(10)), step("b", [["clerk", 1]], fixed(10))],
      run: { maxArrivals: 3 },
    });
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start a",
      "2 c1 arrive", "2 c1 enqueue a",
      "2.5 c2 arrive", "2.5 c2 blocked b", "2.5 c2 lost",
      "11 c0 finish a", "11 c1 start a waited 9", "11 c0 complete cycle 10 waited 0",
      "21 c1 finish a", "21 c1 complete cycle 19 waited 9",
    ]);
  });

  it("a pool's maxInSystem counts waiting and in service at its steps", () => {
    const m = model({
      arrivals: [source("p", fixed(1), "a"), source("q", fixed(2.5), "b")],
      resources: [{ ...pool("clerk", 3), maxInSystem: 2 }],
      steps: [step("a", [["clerk", 1]], fixed(10)), step("b", [["clerk", 1]], fixed(10))],
      run: { maxArrivals: 3 },
    });
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start a",
      "2 c1 arrive", "2 c1 start a",
      "2.5 c2 arrive", "2.5 c2 blocked b", "2.5 c2 lost",
      "11 c0 finish a", "11 c0 complete cycle 10 waited 0",
      "12 c1 finish a", "12 c1 complete cycle 10 waited 0",
    ]);
  });
});

describe("trunk lines", () => {
  it("a call that finds every line busy gets a busy signal; a line is held until the call leaves", () => {
    const m = { ...desk({}), lines: 2 };
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "3 c2 arrive", "3 c2 busy signal", "3 c2 lost",
      "3.5 c0 finish desk", "3.5 c1 start desk waited 1.5", "3.5 c0 complete cycle 2.5 waited 0",
      "4 c3 arrive", "4 c3 enqueue desk",
      "6 c1 finish desk", "6 c3 start desk waited 2", "6 c1 complete cycle 4 waited 1.5",
      "8.5 c3 finish desk", "8.5 c3 complete cycle 4.5 waited 2",
    ]);
  });

  it("a source's own lines; retrials come back after their delay, at most max times", () => {
    const m = desk({}, { arrivals: 3, extra: { lines: 1, retry: retry(1, fixed(1.75), 1) } });
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 busy signal",
      "3 c2 arrive", "3 c2 busy signal",
      "3.5 c0 finish desk", "3.5 c0 complete cycle 2.5 waited 0",
      "3.75 c1 retry", "3.75 c1 start desk",
      "4.75 c2 retry", "4.75 c2 busy signal", "4.75 c2 lost",
      "6.25 c1 finish desk", "6.25 c1 complete cycle 2.5 waited 0",
    ]);
  });
});

describe("balking", () => {
  const expected = [
    "1 c0 arrive", "1 c0 start desk",
    "2 c1 arrive", "2 c1 enqueue desk",
    "3 c2 arrive", "3 c2 balk desk", "3 c2 lost",
    "3.5 c0 finish desk", "3.5 c1 start desk waited 1.5", "3.5 c0 complete cycle 2.5 waited 0",
    "4 c3 arrive", "4 c3 enqueue desk",
    "6 c1 finish desk", "6 c3 start desk waited 2", "6 c1 complete cycle 4 waited 1.5",
    "8.5 c3 finish desk", "8.5 c3 complete cycle 4.5 waited 2",
  ];

  it("above: balks when more cases wait than the threshold, never when it could start at once", () => {
    expect(trace(desk({ balk: { above: 0, p: null, path: [] } })).trace.rows).toEqual(expected);
  });

  it("p by line length: probability 1 with one waiting, 0 with none, gives the same day", () => {
    expect(trace(desk({ balk: { above: null, p: [0, 1], path: [] } })).trace.rows).toEqual(expected);
  });
});

describe("abandonment and retrials", () => {
  it("an abandoning caller retries; her retrial counts waits and cycle time from the retrial", () => {
    const m = desk({}, { arrivals: 2, service: 5, extra: { patience: fixed(1), retry: retry(1, fixed(2)) } });
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "3 c1 abandon desk waited 1",
      "5 c1 retry", "5 c1 enqueue desk",
      "6 c0 finish desk", "6 c1 start desk waited 1", "6 c0 complete cycle 5 waited 0",
      "11 c1 finish desk", "11 c1 complete cycle 6 waited 1",
    ]);
  });

  it("patience by class at a step overrides the step's, which overrides the source's", () => {
    const m = model({
      arrivals: [source("a", fixed(1), "desk", { patience: fixed(10) }), source("b", fixed(1.5), "desk")],
      resources: [pool("teller", 1)],
      steps: [{ ...step("desk", [["teller", 1]], fixed(10)), admission: admission({ patience: fixed(1), patienceByClass: { b: fixed(2) } }) }],
      run: { maxArrivals: 3 },
    });
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "1.5 c1 arrive", "1.5 c1 enqueue desk",
      "2 c2 arrive", "2 c2 enqueue desk",
      "3 c2 abandon desk waited 1", "3 c2 lost",
      "3.5 c1 abandon desk waited 2", "3.5 c1 lost",
      "11 c0 finish desk", "11 c0 complete cycle 10 waited 0",
    ]);
  });
});

describe("messages", () => {
  it("after the offer time the caller leaves a message and waits at the callback step (step ends first)", () => {
    const m = desk({ message: { after: 1, p: 1, to: "callback", path: [] } }, { arrivals: 3, service: 5 });
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      "3 c2 arrive", "3 c2 enqueue desk",
      "3 c1 message desk waited 1", "3 c1 start callback",
      "4 c1 finish callback", "4 c1 complete cycle 2 waited 1",
      "4 c2 message desk waited 1", "4 c2 start callback",
      "5 c2 finish callback", "5 c2 complete cycle 2 waited 1",
      "6 c0 finish desk", "6 c0 complete cycle 5 waited 0",
    ]);
  });

  it("a caller whose patience ends at the offer's minute has hung up; one who declines waits on", () => {
    const hangUp = desk({ message: { after: 1, p: 1, to: "callback", path: [] }, patience: fixed(1) }, { arrivals: 2, service: 5 });
    expect(trace(hangUp).trace.rows.slice(2)).toEqual([
      "2 c1 arrive", "2 c1 enqueue desk", "3 c1 abandon desk waited 1", "3 c1 lost",
      "6 c0 finish desk", "6 c0 complete cycle 5 waited 0",
    ]);
    const declines = desk({ message: { after: 1, p: 0, to: "callback", path: [] } }, { arrivals: 2, service: 5 });
    expect(trace(declines).trace.rows.slice(2)).toEqual([
      "2 c1 arrive", "2 c1 enqueue desk",
      "6 c0 finish desk", "6 c1 start desk waited 4", "6 c0 complete cycle 5 waited 0",
      "11 c1 finish desk", "11 c1 complete cycle 9 waited 4",
    ]);
  });
});
