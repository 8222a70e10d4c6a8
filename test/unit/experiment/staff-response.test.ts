// Intervals beyond staffing: an interval that still misses after a raise that bought less
// than a tenth of its shortfall is left at the staff it had, and the planner names it
// instead of rostering ever more staff for it. On a branch whose customers pass a 90-minute
// check before the counter closes at 13:00, everyone arriving after 11:30 reaches the
// counter after closing and waits overnight: the 12:00-13:00 interval's service level is 0
// whatever its staff.
import { describe, expect, it } from "vitest";
import { StaffResponse, MIN_GAIN_OF_SHORTFALL } from "../../../src/experiment/staffing/staff-response.js";
import { planStaff, type StaffRequest } from "../../../src/experiment/staffing/planner.js";
import { loadModelText } from "../../../src/api/load.js";

const at = (mean: number) => ({ mean, lo: mean - 0.02, hi: mean + 0.02 });

describe("StaffResponse", () => {
  it("marks an interval whose raise bought less than a tenth of the shortfall, keeping the staff before the raise", () => {
    const response = new StaffResponse(3);
    // Target 80%. Interval 0 meets; interval 1 climbs steeply (a capacity problem); interval 2 stalls.
    response.note([4, 4, 4], [at(0.95), at(0.5), at(0.6)], 0.8);
    response.note([4, 5, 5], [at(0.95), at(0.7), at(0.62)], 0.8);
    expect([...response.beyondStaffing]).toEqual([]); // interval 2 gained 2 points of a 20-point shortfall: exactly a tenth is not less
    response.note([4, 6, 6], [at(0.95), at(0.85), at(0.62 + MIN_GAIN_OF_SHORTFALL * 0.18 - 0.001)], 0.8);
    expect([...response.beyondStaffing]).toEqual([[2, 5]]);
    expect([0, 1, 2].map((i) => response.isBeyond(i))).toEqual([false, false, true]);
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

const LATE_CHECKS = `
name: late checks
timeUnit: min
calendar: { open: "09:00", close: "13:00", days: weekdays, endOfDay: carryOver }
run: { horizon: 1d, replications: 6, seed: 3, study: terminating }
arrivals:
  - { name: walk-in, profile: { "09:00": 30, "10:00": 60, "11:00": 30 }, start: pre-check }
resources:
  tellers: { capacity: 4, costPerHour: 30 }
steps:
  - { name: pre-check, duration: 90, next: counter }
  - { name: counter, resource: tellers, duration: { exponential: { mean: 5 } } }
`;

const request: StaffRequest = {
  pool: "tellers",
  target: { share: 0.8, maxWait: 5 },
  width: 60,
  rounds: 6,
  rules: { lengths: [120, 240], startEvery: 60, costPerHour: 30, minStaff: 1, maxStaff: 12 },
};

describe("planStaff with an interval no staff can fix", () => {
  it("names the interval whose cases wait overnight and does not roster up to the maximum for it", async () => {
    const loaded = loadModelText(LATE_CHECKS);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const outcome = await planStaff(loaded.model, request, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    const { plan } = outcome;
    const last = plan.intervals.find((row) => row.start === 12 * 60);
    // Every customer of 12:00-13:00 reaches the counter at 13:30 or later, after closing: none starts within 5 minutes.
    expect(last?.serviceLevel.mean).toBe(0);
    expect(last).toMatchObject({ misses: true, beyondStaffing: true });
    expect(last?.scheduled).toBeLessThan(request.rules.maxStaff);
    const first = plan.intervals[0];
    expect(first).toMatchObject({ start: 9 * 60, misses: false, beyondStaffing: false });
    expect(plan.met).toBe(false);
    expect(plan.settled).toBe(true);
  });
});
