/**
 * Event-order tests of fork and join steps on tiny deterministic models: the whole trace
 * (time, case or part, event) against the list worked out by hand. Parts are labelled
 * c0.1, c0.2 (case c0, branches 1 and 2).
 */
import { describe, expect, it } from "vitest";
import { fixed, goto, model, pool, source, step, trace } from "./fixtures.js";
import { forkStep, joinStep } from "./fork-join-fixtures.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";

describe("fork and join, all parts", () => {
  it("parts hold their own resources and queue; the case goes on when the last is back", () => {
    const { trace: t, outcome } = trace(model({
      arrivals: [source("loan", fixed(10), "checks")],
      resources: [pool("analysts", 1)],
      steps: [
        forkStep("checks", ["credit", "valuation"], "done"),
        step("credit", [["analysts", 1]], fixed(3), goto("done")),
        step("valuation", [], fixed(5), goto("done")),
        joinStep("done", goto("approve")),
        step("approve", [], fixed(1)),
      ],
      run: { maxArrivals: 2 },
    }));
    // c1 arrives at 20 (interarrival 10): make the second family queue by a shorter gap instead.
    expect(t.rows.slice(0, 16)).toEqual([
      "10 c0 arrive", "10 c0 start checks", "10 c0 finish checks", "10 c0 fork checks wait at done",
      "10 c0.1 part", "10 c0.1 start credit", "10 c0.2 part", "10 c0.2 start valuation",
      "13 c0.1 finish credit", "13 c0.1 reach done after 3",
      "15 c0.2 finish valuation", "15 c0.2 reach done after 5", "15 c0 joined done after 5 sync 2/2 critical 2",
      "15 c0 start approve", "16 c0 finish approve", "16 c0 complete cycle 6 waited 0",
    ]);
    expect(outcome.endTime).toBe(26);
  });

  it("a part that queues behind another family's part: the critical part's waits become the case's", () => {
    const { trace: t } = trace(model({
      arrivals: [source("loan", fixed(2), "checks")],
      resources: [pool("analysts", 1)],
      steps: [
        forkStep("checks", ["credit", "valuation"], "done"),
        step("credit", [["analysts", 1]], fixed(3), goto("done")),
        step("valuation", [], fixed(2), goto("done")),
        joinStep("done"),
      ],
      run: { maxArrivals: 2 },
    }));
    expect(t.rows).toEqual([
      "2 c0 arrive", "2 c0 start checks", "2 c0 finish checks", "2 c0 fork checks wait at done",
      "2 c0.1 part", "2 c0.1 start credit", "2 c0.2 part", "2 c0.2 start valuation",
      "4 c0.2 finish valuation", "4 c0.2 reach done after 2",
      "4 c1 arrive", "4 c1 start checks", "4 c1 finish checks", "4 c1 fork checks wait at done",
      "4 c1.1 part", "4 c1.1 enqueue credit", "4 c1.2 part", "4 c1.2 start valuation",
      "5 c0.1 finish credit", "5 c1.1 start credit waited 1", "5 c0.1 reach done after 3",
      "5 c0 joined done after 3 sync 1/2 critical 1", "5 c0 complete cycle 3 waited 0",
      "6 c1.2 finish valuation", "6 c1.2 reach done after 2",
      "8 c1.1 finish credit", "8 c1.1 reach done after 4",
      "8 c1 joined done after 4 sync 2/2 critical 1", "8 c1 complete cycle 4 waited 1",
    ]);
  });
});

describe("an empty branch", () => {
  it("a branch that starts at the join is a part back at once", () => {
    const { trace: t } = trace(model({
      arrivals: [source("loan", fixed(1), "checks")],
      steps: [
        forkStep("checks", ["done", "valuation"], "done"),
        step("valuation", [], fixed(4), goto("done")),
        joinStep("done"),
      ],
      run: { maxArrivals: 1 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start checks", "1 c0 finish checks", "1 c0 fork checks wait at done",
      "1 c0.1 part", "1 c0.1 reach done after 0", "1 c0.2 part", "1 c0.2 start valuation",
      "5 c0.2 finish valuation", "5 c0.2 reach done after 4", "5 c0 joined done after 4 sync 4/2 critical 2",
      "5 c0 complete cycle 4 waited 0",
    ]);
  });
});

describe("first k of n", () => {
  const firstOfTwo = () => model({
      arrivals: [source("loan", fixed(0.5), "checks")],
      resources: [pool("analysts", 1), pool("valuers", 1)],
      steps: [
        forkStep("checks", ["credit", "valuation"], "done"),
        step("credit", [["analysts", 1]], fixed(3), goto("done")),
        step("valuation", [["valuers", 1]], fixed(1), goto("done")),
        joinStep("done", goto("approve"), 1),
        step("approve", [], fixed(1)),
      ],
      run: { maxArrivals: 2 },
    });

  it("the first part back releases the case; late parts leave their line or finish the work in hand", () => {
    const { trace: t } = trace(firstOfTwo());
    expect(t.rows).toEqual([
      "0.5 c0 arrive", "0.5 c0 start checks", "0.5 c0 finish checks", "0.5 c0 fork checks wait at done",
      "0.5 c0.1 part", "0.5 c0.1 start credit", "0.5 c0.2 part", "0.5 c0.2 start valuation",
      "1 c1 arrive", "1 c1 start checks", "1 c1 finish checks", "1 c1 fork checks wait at done",
      "1 c1.1 part", "1 c1.1 enqueue credit", "1 c1.2 part", "1 c1.2 enqueue valuation",
      "1.5 c0.2 finish valuation", "1.5 c1.2 start valuation waited 0.5", "1.5 c0.2 reach done after 1",
      "1.5 c0 joined done after 1 sync 0/1 critical 2", "1.5 c0.1 late at credit", "1.5 c0 start approve",
      "2.5 c1.2 finish valuation", "2.5 c1.2 reach done after 1.5",
      "2.5 c1 joined done after 1.5 sync 0/1 critical 2", "2.5 c1.1 withdrawn at credit", "2.5 c1 start approve",
      "2.5 c0 finish approve", "2.5 c0 complete cycle 2 waited 0",
      "3.5 c0.1 finish credit", "3.5 c0.1 withdrawn at credit",
      "3.5 c1 finish approve", "3.5 c1 complete cycle 2.5 waited 0.5",
    ]);
  });

  it("counts a late part's work after its case left outside the step's share, as work after the case left", () => {
    const k = runReplication(compileModel(firstOfTwo()), 0).kpis;
    // In process: c0 0.5–2.5, c1 1–3.5 (4.5 case-minutes). At credit: c1.1 in line 1–2.5, c0.1 at
    // work 0.5–1.5 while its case waited; its 1.5–3.5 is after c0 left (it was 1.0 = 4.5 / 4.5).
    expect(k["step/credit/cycleTime.share"]).toBeCloseTo((1.5 + 1) / 4.5, 12);
    expect(k["step/credit/lateWork.mean"]).toBe(2);
    expect(k["step/credit/serviceTime.mean"]).toBe(3);
    expect(k["step/valuation/lateWork.mean"]).toBe(0);
  });
});
