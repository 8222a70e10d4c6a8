/**
 * Work after the case left, on tiny deterministic models: a late part of a first-of join
 * collected in a batch, or interrupted by its pool's downtime, counts its time at the step
 * after the release as work after the case left (lateWork), never as its case's time in
 * process (the step's share). Every number below is worked out by hand from the trace.
 */
import { describe, expect, it } from "vitest";
import type { BatchRule, PoolDowntime, ResourcePool, Step } from "../../../src/model/compile/model.js";
import type { DistSpec } from "../../../src/random/dist-spec.js";
import { exit, fixed, goto, model, pool, source, step, trace } from "./fixtures.js";
import { forkStep, joinStep } from "./fork-join-fixtures.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";

function batchStep(name: string, needs: [string, number][], duration: DistSpec, rule: Partial<BatchRule>, next = exit): Step {
  return {
    ...step(name, needs, duration, next),
    kind: "batch",
    batch: { size: null, at: [], maxWait: null, durationPer: "batch", path: ["steps", 0, "batch"], ...rule },
  };
}

/** A loan file forks at minute 1 into a scan (batch step with `rule`, 4 minutes) and a 2-minute valuation; the first back decides. */
const scanOrValue = (rule: Partial<BatchRule>) => model({
  arrivals: [source("loan", fixed(1), "checks")],
  resources: [pool("scanners", 1)],
  steps: [
    forkStep("checks", ["scan", "valuation"], "done"),
    batchStep("scan", [["scanners", 1]], fixed(4), rule, goto("done")),
    step("valuation", [], fixed(2), goto("done")),
    joinStep("done", exit, 1),
  ],
  run: { maxArrivals: 1 },
});

describe("a late part collected in a batch", () => {
  it("goes through its batch after the release: its wait and processing from then on are work after the case left", () => {
    const m = scanOrValue({ at: [6] });
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start checks", "1 c0 finish checks", "1 c0 fork checks wait at done",
      "1 c0.1 part", "1 c0.1 enqueue scan", "1 c0.2 part", "1 c0.2 start valuation",
      "3 c0.2 finish valuation", "3 c0.2 reach done after 2", "3 c0 joined done after 2 sync 0/1 critical 2",
      "3 c0.1 late at scan", "3 c0 complete cycle 2 waited 0",
      "6 batch scan size 1 waited 5 by at", "6 c0.1 start scan waited 5",
      "10 c0.1 finish scan", "10 c0.1 withdrawn at scan",
    ]);
    const k = runReplication(compileModel(m), 0).kpis;
    // In process: c0 1–3 (2 case-minutes). At scan: c0.1 collected 1–3 while its case waited;
    // 3–6 collected and 6–10 processed after c0 left: 7 minutes of work after the case left.
    expect(k["step/scan/cycleTime.share"]).toBe(1);
    expect(k["step/scan/lateWork.mean"]).toBe(7);
    expect(k["step/scan/waitTime.mean"]).toBe(5);
    expect(k["step/scan/serviceTime.mean"]).toBe(4);
    expect(k["step/valuation/lateWork.mean"]).toBe(0);
  });

  it("a part whose batch is being processed at the release finishes it as work after the case left", () => {
    const m = scanOrValue({ size: 1 });
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start checks", "1 c0 finish checks", "1 c0 fork checks wait at done",
      "1 c0.1 part", "1 c0.1 enqueue scan", "1 batch scan size 1 waited 0 by size", "1 c0.1 start scan",
      "1 c0.2 part", "1 c0.2 start valuation",
      "3 c0.2 finish valuation", "3 c0.2 reach done after 2", "3 c0 joined done after 2 sync 0/1 critical 2",
      "3 c0.1 late at scan", "3 c0 complete cycle 2 waited 0",
      "5 c0.1 finish scan", "5 c0.1 withdrawn at scan",
    ]);
    const k = runReplication(compileModel(m), 0).kpis;
    // Processed 1–5: 1–3 while its case was in process, 3–5 after it left.
    expect(k["step/scan/cycleTime.share"]).toBe(1);
    expect(k["step/scan/lateWork.mean"]).toBe(2);
  });
});

const failing = (p: ResourcePool, between: number, repair: number, interrupted: PoolDowntime["interrupted"]): ResourcePool => ({
  ...p, downtime: { between: fixed(between), repair: fixed(repair), outages: null, interrupted, path: [] },
});

/** A loan file forks at minute 1 into a 4-minute credit check on a system that fails after `between` minutes up (2-minute repairs) and a 1-minute valuation. */
const creditOnFailingSystem = (between: number) => model({
  arrivals: [source("loan", fixed(1), "checks")],
  resources: [failing(pool("system", 1), between, 2, "resume")],
  steps: [
    forkStep("checks", ["credit", "valuation"], "done"),
    step("credit", [["system", 1]], fixed(4), goto("done")),
    step("valuation", [], fixed(1), goto("done")),
    joinStep("done", exit, 1),
  ],
  run: { maxArrivals: 1 },
});

describe("a late part interrupted by its pool's downtime", () => {
  it("interrupted after its case left: the repair it waits for is work after the case left too", () => {
    const m = creditOnFailingSystem(3);
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start checks", "1 c0 finish checks", "1 c0 fork checks wait at done",
      "1 c0.1 part", "1 c0.1 start credit", "1 c0.2 part", "1 c0.2 start valuation",
      "2 c0.2 finish valuation", "2 c0.2 reach done after 1", "2 c0 joined done after 1 sync 0/1 critical 2",
      "2 c0.1 late at credit", "2 c0 complete cycle 1 waited 0",
      "3 system down interrupting 1", "5 system up resuming 1",
      "7 c0.1 finish credit", "7 c0.1 withdrawn at credit",
    ]);
    const k = runReplication(compileModel(m), 0).kpis;
    // c0 in process 1–2; c0.1 at credit 1–7: 1–2 in its case's time, 2–7 (3 of work, 2 of repair) after.
    expect(k["step/credit/cycleTime.share"]).toBe(1);
    expect(k["step/credit/lateWork.mean"]).toBe(5);
  });

  it("interrupted before the release and released during the repair: late from the release to its end", () => {
    const m = creditOnFailingSystem(1.5);
    expect(trace(m).trace.rows).toEqual([
      "1 c0 arrive", "1 c0 start checks", "1 c0 finish checks", "1 c0 fork checks wait at done",
      "1 c0.1 part", "1 c0.1 start credit", "1 c0.2 part", "1 c0.2 start valuation",
      "1.5 system down interrupting 1",
      "2 c0.2 finish valuation", "2 c0.2 reach done after 1", "2 c0 joined done after 1 sync 0/1 critical 2",
      "2 c0.1 late at credit", "2 c0 complete cycle 1 waited 0",
      "3.5 system up resuming 1", "5 system down interrupting 1", "7 system up resuming 1",
      "8.5 system down interrupting 1", "10.5 system up resuming 1",
      "11 c0.1 finish credit", "11 c0.1 withdrawn at credit",
    ]);
    const k = runReplication(compileModel(m), 0).kpis;
    // 0.5 + 1.5 + 1.5 + 0.5 minutes of work between three repairs; 2–11 after c0 left.
    expect(k["step/credit/cycleTime.share"]).toBe(1);
    expect(k["step/credit/lateWork.mean"]).toBe(9);
  });
});
