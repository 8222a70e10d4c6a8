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
    // The cost is the roster's paid hours and the simulated overtime (staff finishing cases after 13:00).
    expect(outcome.plan.rosterCost).toBe(outcome.plan.paidHours * 30);
    expect(outcome.plan.cost).toBe(outcome.plan.rosterCost + (outcome.plan.overtimeCost?.mean ?? 0));
    expect(outcome.plan.overloaded).toEqual([]);
  });

  it("counts the overtime an overloaded roster leaves, and names the intervals it overloads", async () => {
    // 60 cases an hour, 6 minutes each (6 erlangs), against 4 tellers 09:00-17:00 who stay to
    // serve the line (serve): the line grows by 60 − 40 = 20 an hour, about 160 cases at 17:00,
    // whose work (memoryless: 6 minutes each, in hand or waiting) is the overtime:
    // 160 × 6 min = 16 staff-hours, 480 at 30 an hour (a little more: the first minutes run below capacity).
    const overloaded = buildModel({
      name: "overloaded counter",
      arrivals: [profileSource("walk-in", [{ from: 540, ratePerHour: 60 }], "counter")],
      resources: [{ ...pool("tellers", 4), costPerHour: 30 }],
      steps: [serviceStep("counter", "tellers", exponential(6))],
      calendar: { always: false, open: 540, close: 1020, days: [true, true, true, true, true, false, false], endOfDay: { rule: "serve", comeBack: false, path: ["calendar", "endOfDay"] } },
      run: { horizon: 1440, warmup: 0, replications: 30, seed: 7, study: "terminating" },
    });
    const day = { ...request, target: { share: 0.5, maxWait: 600 }, rules: { ...request.rules, costPerHour: 30 } };
    const scored = await evaluateRoster(overloaded, day, [{ start: 540, length: 480, count: 4 }], { workers: 1 });
    if (!scored.ok) throw new Error(scored.message);
    const { plan } = scored;
    const overtime = plan.overtimeCost;
    if (overtime === null || overtime.mean === null) throw new Error("no overtime cost");
    expect(plan.rosterCost).toBe(4 * 8 * 30);
    expect(plan.cost).toBe(960 + overtime.mean);
    expect(Math.abs(overtime.mean - 480)).toBeLessThanOrEqual(overtime.halfWidth as number);
    // Every hour's offered load (5.4 in the first, which starts empty; 6 after) is above the 4 on duty.
    expect(plan.intervals.every((row) => row.offeredLoad > 4)).toBe(true);
    expect(plan.overloaded).toEqual([540, 600, 660, 720, 780, 840, 900, 960]);
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
