// The staffing planner on a small branch: the roster covers every requirement, the
// analytic column is Erlang C on the modified offered load, the plan is byte-identical on a
// repeated run and for any worker count, a roster can be scored as given, and rules no
// roster can meet are named by interval.
import { describe, expect, it } from "vitest";
import { analyticRequirement, poolDemand } from "../../../src/experiment/staffing/demand.js";
import { evaluateRoster, planStaff, type StaffRequest } from "../../../src/experiment/staffing/planner.js";
import { buildModel, exponential, pool, profileSource, serviceStep } from "../../support/theory/model-builder.js";

const WEEKDAYS = [true, true, true, true, true, false, false];

function branch() {
  const base = buildModel({
    name: "small branch",
    arrivals: [profileSource("walk-in", [{ from: 540, ratePerHour: 30 }, { from: 600, ratePerHour: 60 }, { from: 660, ratePerHour: 30 }], "counter")],
    resources: [pool("tellers", 4)],
    steps: [serviceStep("counter", "tellers", exponential(5))],
    calendar: { always: false, open: 540, close: 780, days: WEEKDAYS },
    run: { horizon: 1440, warmup: 0, replications: 6, seed: 3, study: "terminating" },
  });
  return { ...base, resources: [{ ...base.resources[0], costPerHour: 30 }] };
}

const request: StaffRequest = {
  pool: "tellers",
  target: { share: 0.8, maxWait: 5 },
  width: 60,
  rounds: 3,
  rules: { lengths: [120, 240], startEvery: 60, costPerHour: 30, minStaff: 1, maxStaff: 12 },
};

describe("planStaff", () => {
  it("covers every requirement and meets the target, starting from Erlang C on the modified offered load", async () => {
    const outcome = await planStaff(branch(), request, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    const demand = poolDemand(branch(), "tellers", 540, 780, 60);
    expect(outcome.plan.intervals.map((row) => row.analyticRequired)).toEqual(demand.intervals.map((i) => analyticRequirement(demand, i, request.target, 12)));
    expect(outcome.plan.intervals.map((row) => row.start)).toEqual([540, 600, 660, 720]);
    for (const row of outcome.plan.intervals) {
      expect(row.scheduled).toBeGreaterThanOrEqual(row.required as number);
      expect(row.required as number).toBeGreaterThanOrEqual(request.rules.minStaff);
      expect(row.misses).toBe(false);
    }
    expect(outcome.plan.met).toBe(true);
    expect(outcome.plan.cost).toBe(outcome.plan.paidHours * 30);
  });

  it("gives byte-identical plans on a repeated run and for 1 or 2 workers", async () => {
    const [a, b, c] = [await planStaff(branch(), request, { workers: 1 }), await planStaff(branch(), request, { workers: 1 }), await planStaff(branch(), request, { workers: 2 })];
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).toBe(JSON.stringify(a));
  });

  it("scores a given roster and names the intervals no roster can serve", async () => {
    const scored = await evaluateRoster(branch(), request, [{ start: 540, length: 240, count: 2 }, { start: 600, length: 60, count: 3 }], { workers: 1 });
    if (!scored.ok) throw new Error(scored.message);
    expect(scored.plan.intervals.map((row) => row.scheduled)).toEqual([2, 5, 2, 2]);
    expect(scored.plan.rosterText).toBe("2@09:00-13:00,3@10:00-11:00");
    const tight = await planStaff(branch(), { ...request, rules: { ...request.rules, maxStaff: 4 } }, { workers: 1 });
    expect(tight).toMatchObject({ ok: false, message: expect.stringMatching(/^no roster within 4 staff meets the target in 10:00-11:00 \(offered load [\d.]+ erlangs\)/) });
  });
});

describe("planning intervals and the simulation's clock slots", () => {
  /** The small branch opening at 08:30: its slots of the clock start at 08:00, 09:00, … */
  const halfPast = () => ({ ...branch(), calendar: { ...branch().calendar, open: 510 } });

  it("refuses hourly intervals from 08:30, which would each be scored on parts of two hourly slots, and says which width fits", async () => {
    const outcome = await planStaff(halfPast(), request, { workers: 1 });
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^the model opens at 08:30, inside a 60-minute slot .*; plan in intervals of 30 minutes$/) });
    const scored = await evaluateRoster(halfPast(), request, [{ start: 510, length: 240, count: 4 }], { workers: 1 });
    expect(scored.ok).toBe(false);
  });

  it("plans half-hourly intervals from 08:30: each interval reads the slot that starts with it", async () => {
    const scored = await evaluateRoster(halfPast(), { ...request, width: 30 }, [{ start: 510, length: 240, count: 4 }], { workers: 1 });
    if (!scored.ok) throw new Error(scored.message);
    expect(scored.plan.intervals.map((row) => row.start)).toEqual([510, 540, 570, 600, 630, 660, 690, 720, 750]);
    // Nobody arrives before 09:00 (the profile starts then): the 08:30 interval has no service level.
    expect(scored.plan.intervals[0].serviceLevel.mean).toBeNull();
    expect(scored.plan.intervals[1].serviceLevel.mean).not.toBeNull();
  });
});
