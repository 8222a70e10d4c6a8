/**
 * Event-order tests of unplanned downtime on tiny deterministic models (fixed up and repair
 * times): a failure stops the activity in progress, nothing starts while the pool is down, the
 * repair resumes the remaining work (or restarts it), and a failure at the instant an activity
 * would end comes first (POOL_DOWN runs before STEP_END at the same time).
 */
import { describe, expect, it } from "vitest";
import type { PoolDowntime, ResourcePool } from "../../../src/model/compile/model.js";
import { exit, fixed, model, pool, source, step, trace } from "./fixtures.js";

const failing = (p: ResourcePool, between: number, repair: number, interrupted: PoolDowntime["interrupted"]): ResourcePool => ({
  ...p, downtime: { between: fixed(between), repair: fixed(repair), outages: null, interrupted, path: [] },
});

describe("a core system that fails every 3 minutes of up time for 2 minutes", () => {
  it("interrupts the activity in progress and resumes its remaining work after the repair", () => {
    const { trace: t } = trace(model({
      arrivals: [source("files", fixed(1), "key in")],
      resources: [failing(pool("system", 1), 3, 2, "resume")],
      steps: [step("key in", [["system", 1]], fixed(4), exit)],
      run: { maxArrivals: 2 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start key in",
      "2 c1 arrive", "2 c1 enqueue key in",
      "3 system down interrupting 1",
      "5 system up resuming 1",
      "7 c0 finish key in", "7 c1 start key in waited 5", "7 c0 complete cycle 6 waited 0",
      "8 system down interrupting 1",
      "10 system up resuming 1",
      // The next failure falls on c1's end (13): the failure runs first, with 0 minutes left.
      "13 system down interrupting 1",
      "15 system up resuming 1",
      "15 c1 finish key in", "15 c1 complete cycle 13 waited 5",
    ]);
    // The interrupted case keeps its unit during the repair.
    expect(t.levels).toEqual(["0 system 0/1", "1 system 1/1", "15 system 0/1"]);
  });

  it("restarts the activity with its full duration when declared, and nothing starts while down", () => {
    const { trace: t } = trace(model({
      arrivals: [source("files", fixed(4), "key in")],
      resources: [failing(pool("system", 2), 5, 4, "restart")],
      steps: [step("key in", [["system", 1]], fixed(2), exit)],
      run: { maxArrivals: 2 },
    }));
    expect(t.rows).toEqual([
      "4 c0 arrive", "4 c0 start key in",
      "5 system down interrupting 1",
      "8 c1 arrive", "8 c1 enqueue key in",
      "9 system up resuming 1", "9 c1 start key in waited 1",
      "11 c0 finish key in", "11 c0 complete cycle 7 waited 0",
      "11 c1 finish key in", "11 c1 complete cycle 3 waited 1",
    ]);
  });

  it("scheduled outages take the pool down and up at their times, then never again", () => {
    const { trace: t } = trace(model({
      arrivals: [source("files", fixed(1), "key in")],
      resources: [{ ...pool("system", 1), downtime: { between: null, repair: null, outages: [{ from: 2, to: 4 }, { from: 6, to: 7 }], interrupted: "resume", path: [] } }],
      steps: [step("key in", [["system", 1]], fixed(2), exit)],
      run: { maxArrivals: 2 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start key in",
      // Same-time order: the failure (POOL_DOWN) runs before the arrival.
      "2 system down interrupting 1",
      "2 c1 arrive", "2 c1 enqueue key in",
      "4 system up resuming 1",
      "5 c0 finish key in", "5 c1 start key in waited 3", "5 c0 complete cycle 4 waited 0",
      "6 system down interrupting 1",
      "7 system up resuming 1",
      "8 c1 finish key in", "8 c1 complete cycle 6 waited 3",
    ]);
  });
});
