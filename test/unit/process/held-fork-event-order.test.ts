/**
 * Event-order test of a pool held through a fork: the adviser seized at welcome stays busy
 * while the case's parts run (the parts hold nothing of it) and is freed when decision, after
 * the join, releases it; the next customer waiting at welcome starts then.
 */
import { describe, expect, it } from "vitest";
import type { ResourceNeed, Step } from "../../../src/model/compile/model.js";
import { fixed, goto, model, pool, source, step, trace } from "./fixtures.js";
import { forkStep, joinStep } from "./fork-join-fixtures.js";

const holding = (s: Step, extra: { seize?: ResourceNeed; release?: string[] }): Step => ({ ...s, ...extra, kind: extra.seize ? "service" : "delay" });

describe("an adviser seized before a fork and released after its join", () => {
  it("stays busy through the parallel checks and serves the next customer after decision", () => {
    const { trace: t } = trace(model({
      arrivals: [source("customers", fixed(1), "welcome")],
      resources: [pool("advisers", 1)],
      steps: [
        holding(step("welcome", [], fixed(1), goto("checks")), { seize: { resource: "advisers", units: 1 } }),
        forkStep("checks", ["credit", "valuation"], "done"),
        step("credit", [], fixed(2), goto("done")),
        step("valuation", [], fixed(3), goto("done")),
        joinStep("done", goto("decision")),
        holding(step("decision", [], fixed(1)), { release: ["advisers"] }),
      ],
      run: { maxArrivals: 2 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start welcome",
      "2 c0 finish welcome", "2 c0 start checks", "2 c0 finish checks", "2 c0 fork checks wait at done",
      "2 c0.1 part", "2 c0.1 start credit", "2 c0.2 part", "2 c0.2 start valuation",
      "2 c1 arrive", "2 c1 enqueue welcome",
      "4 c0.1 finish credit", "4 c0.1 reach done after 2",
      "5 c0.2 finish valuation", "5 c0.2 reach done after 3", "5 c0 joined done after 3 sync 1/2 critical 2",
      "5 c0 start decision",
      // The release at the end of decision frees the adviser for c1 before c0 leaves.
      "6 c0 finish decision", "6 c1 start welcome waited 4", "6 c0 complete cycle 5 waited 0",
      "7 c1 finish welcome", "7 c1 start checks", "7 c1 finish checks", "7 c1 fork checks wait at done",
      "7 c1.1 part", "7 c1.1 start credit", "7 c1.2 part", "7 c1.2 start valuation",
      "9 c1.1 finish credit", "9 c1.1 reach done after 2",
      "10 c1.2 finish valuation", "10 c1.2 reach done after 3", "10 c1 joined done after 3 sync 1/2 critical 2",
      "10 c1 start decision", "11 c1 finish decision", "11 c1 complete cycle 9 waited 4",
    ]);
    expect(t.levels.filter((row) => row.includes("advisers"))).toEqual(["0 advisers 0/1", "1 advisers 1/1", "11 advisers 0/1"]);
  });
});
