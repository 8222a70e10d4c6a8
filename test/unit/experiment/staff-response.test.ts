// Intervals beyond staffing: an interval that still misses after a raise that lifted the lower
// bound of its service level by less than a tenth of its shortfall is left at the staff it
// had, and the planner names it instead of rostering ever more staff for it. At a counter
// where each customer needs a teller and one of 4 cash drawers, the 10:00 peak (60 an hour,
// 5 minutes each: 5 erlangs on 4 drawers) misses whatever the tellers: with 4 or more
// tellers the drawers bind and, on common random numbers, the service level does not move.
import { describe, expect, it } from "vitest";
import { StaffResponse, MIN_GAIN_OF_SHORTFALL } from "../../../src/experiment/staffing/staff-response.js";
import { evaluateRoster, planStaff, type StaffRequest } from "../../../src/experiment/staffing/planner.js";
import type { Model } from "../../../src/model/compile/model.js";
import { loadModelText } from "../../../src/api/load.js";

/** A service level whose lower 95% bound is `lo`. */
const at = (lo: number) => ({ mean: lo + 0.02, lo, hi: lo + 0.04 });

describe("StaffResponse", () => {
  it("marks an interval whose raise lifted its lower bound by less than a tenth of the shortfall, keeping the staff before the raise", () => {
    const response = new StaffResponse(3);
    // Target 80%; lower bounds. Interval 0 meets; interval 1 climbs steeply (a capacity problem); interval 2 stalls.
    response.note([4, 4, 4], [at(0.95), at(0.5), at(0.6)], 0.8);
    response.note([4, 5, 5], [at(0.95), at(0.7), at(0.62)], 0.8);
    expect([...response.beyondStaffing]).toEqual([]); // interval 2 gained 2 points of a 20-point shortfall: exactly a tenth is not less
    response.note([4, 6, 6], [at(0.95), at(0.85), at(0.62 + MIN_GAIN_OF_SHORTFALL * 0.18 - 0.001)], 0.8);
    expect([...response.beyondStaffing]).toEqual([[2, 5]]);
    expect([0, 1, 2].map((i) => response.isBeyond(i))).toEqual([false, false, true]);
  });

  it("judges a miss whose mean is above the target by its lower bound", () => {
    const response = new StaffResponse(1);
    response.note([4], [{ mean: 0.9, lo: 0.77, hi: 1 }], 0.8);
    response.note([5], [{ mean: 0.9, lo: 0.77, hi: 1 }], 0.8); // the raise changed nothing
    expect([...response.beyondStaffing]).toEqual([[0, 4]]);
  });

  it("forgets a miss once the interval meets, and needs a raise between the two misses", () => {
    const response = new StaffResponse(1);
    response.note([4], [at(0.6)], 0.8);
    response.note([4], [at(0.6)], 0.8); // same staff: no raise, nothing to judge
    response.note([5], [at(0.9)], 0.8);
    response.note([6], [at(0.6)], 0.8); // a miss after a meet starts afresh
    expect(response.beyondStaffing.size).toBe(0);
  });
});

const DRAWER_BOUND = `
name: drawer-bound counter
timeUnit: min
calendar: { open: "09:00", close: "13:00", days: weekdays }
run: { horizon: 1d, replications: 6, seed: 3, study: terminating }
arrivals:
  - { name: walk-in, profile: { "09:00": 30, "10:00": 60, "11:00": 30 }, start: counter }
resources:
  tellers: { capacity: 4, costPerHour: 30 }
  drawers: { capacity: 4 }
steps:
  - name: counter
    resources: [ { resource: tellers }, { resource: drawers } ]
    duration: { exponential: { mean: 5 } }
`;

const request: StaffRequest = {
  pool: "tellers",
  target: { share: 0.8, maxWait: 5 },
  width: 60,
  rounds: 6,
  rules: { lengths: [120, 240], startEvery: 60, costPerHour: 30, minStaff: 1, maxStaff: 12 },
};

function drawerBound(): Model {
  const loaded = loadModelText(DRAWER_BOUND);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.model;
}

describe("planStaff with an interval no staff can fix", () => {
  it("gives the 10:00 peak the same service level with 6 or 12 tellers: the 4 cash drawers bind", async () => {
    // Each customer needs a teller and a drawer; with 4 drawers and at least 4 tellers the
    // tellers never bind, so on common random numbers every case waits exactly as long.
    const [six, twelve] = await Promise.all([6, 12].map((n) => evaluateRoster(drawerBound(), request, [{ start: 540, length: 240, count: n }], { workers: 1 })));
    if (!six.ok || !twelve.ok) throw new Error("scoring failed");
    expect(twelve.plan.intervals[1].serviceLevel).toEqual(six.plan.intervals[1].serviceLevel);
    expect(six.plan.intervals[1].misses).toBe(true);
  });

  it("names the drawer-bound peak beyond staffing instead of rostering up to the maximum for it", async () => {
    const outcome = await planStaff(drawerBound(), request, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    const { plan } = outcome;
    const peak = plan.intervals.find((row) => row.start === 10 * 60);
    expect(peak).toMatchObject({ misses: true, beyondStaffing: true });
    expect(peak?.scheduled).toBeLessThan(request.rules.maxStaff);
    expect(plan.intervals[0]).toMatchObject({ start: 9 * 60, misses: false, beyondStaffing: false });
    expect(plan.met).toBe(false);
    expect(plan.settled).toBe(true);
  });
});
