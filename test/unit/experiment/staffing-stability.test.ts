// The planner keeps every pool stable when its target judges one class only: back-office work
// that shares the tellers with the walk-ins (served first, and the only class the target
// judges) gets at least the fewest tellers above the offered load of every class in every
// interval, so its queue does not grow through the day; the intervals kept at that floor are
// named. A target that judges every case gets no floor.
import { describe, expect, it } from "vitest";
import { planStaff, type StaffRequest } from "../../../src/experiment/staffing/planner.js";
import { stableStaff, unjudgedClasses } from "../../../src/experiment/staffing/stability.js";
import { erlangC } from "../../../src/experiment/staffing/erlang.js";
import { formatStaffTable } from "../../../src/cli/staff-output.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { buildModel, exponential, pool, poissonSource, renewalSource, serviceStep } from "../../support/theory/model-builder.js";

const WEEKDAYS = [true, true, true, true, true, false, false];
const DAY = { always: false, open: 540, close: 1020, days: WEEKDAYS } as const;

/** Walk-ins (40 an hour, priority 10) and back-office work (45 an hour) at one counter, 5 minutes each: 7.08 erlangs in all. */
function sharedCounter() {
  return buildModel({
    name: "shared counter",
    arrivals: [poissonSource("walk-in", 40 / 60, "counter", { priority: 10 }), poissonSource("back-office", 45 / 60, "counter")],
    resources: [pool("tellers", 8)],
    steps: [serviceStep("counter", "tellers", exponential(5))],
    calendar: DAY,
    run: { horizon: 1440, warmup: 0, replications: 20, seed: 11, study: "terminating" },
  });
}

const walkIns: StaffRequest = {
  pool: "tellers",
  target: { share: 0.8, maxWait: 5, class: "walk-in" },
  width: 60,
  rounds: 8,
  rules: { lengths: [480], startEvery: 60, costPerHour: 30, minStaff: 1, maxStaff: 30 },
};

describe("the stability floor", () => {
  it("is the fewest whole staff strictly above the offered load", () => {
    expect([0, 1e-12, 0.4, 2.5, 3, 5.83, 7.08].map(stableStaff)).toEqual([0, 0, 1, 3, 4, 6, 8]);
  });

  it("applies to the classes a class target leaves unjudged, and to none under a target of every case", () => {
    expect(unjudgedClasses(sharedCounter(), "tellers", "walk-in")).toEqual(["back-office"]);
    expect(unjudgedClasses(sharedCounter(), "tellers", null)).toEqual([]);
  });
});

describe("planStaff with a target on one of two classes sharing a pool", () => {
  it("staffs every interval above the offered load of every class, and the untargeted queue does not grow over the day (M/M/c)", async () => {
    const outcome = await planStaff(sharedCounter(), walkIns, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    const { plan } = outcome;
    expect(plan.met).toBe(true);
    expect(plan.overloaded).toEqual([]);
    expect(plan.stability?.classes).toEqual(["back-office"]);
    for (const [i, row] of plan.intervals.entries()) {
      expect(row.scheduled).toBeGreaterThanOrEqual(Math.ceil(row.offeredLoad));
      expect(row.scheduled).toBeGreaterThan(row.offeredLoad);
      expect(row.scheduled).toBeGreaterThanOrEqual(plan.stability?.staff[i] as number);
    }
    // Whole-day shifts: one staff level c all day, against 85 cases an hour of 5 minutes (a = 7.083).
    // The queue of both classes together is that of M/M/c (priority does not change the total
    // with one service time), stationary after the morning: those waiting at closing are its
    // Lq = C(c, a)·a/(c − a), not a queue grown through the day.
    const c = plan.intervals[0].scheduled;
    expect(plan.intervals.every((row) => row.scheduled === c)).toBe(true);
    const a = 85 * (5 / 60);
    const lq = (erlangC(c, a) * a) / (c - a);
    const carried = plan.carriedOver;
    if (carried === null || carried.mean === null || carried.halfWidth === null) throw new Error("no queue at closing");
    expect(Math.abs(carried.mean - lq)).toBeLessThanOrEqual(carried.halfWidth);
  });
});

describe("planStaff on a deterministic counter", () => {
  /** A walk-in each hour (served first) and a back-office file every 10 minutes, 25 minutes each: 7 an hour, 2.92 erlangs. */
  function deterministic() {
    return buildModel({
      name: "deterministic counter",
      arrivals: [
        renewalSource("walk-in", { kind: "deterministic", value: 60 }, "counter", { priority: 10 }),
        renewalSource("back-office", { kind: "deterministic", value: 10 }, "counter"),
      ],
      resources: [pool("tellers", 4)],
      steps: [serviceStep("counter", "tellers", { kind: "deterministic", value: 25 })],
      calendar: DAY,
      run: { horizon: 1440, warmup: 0, replications: 2, seed: 1, study: "terminating" },
    });
  }

  it("keeps 3 tellers all day for the files, where the walk-ins alone would try fewer, and names the intervals", async () => {
    const outcome = await planStaff(deterministic(), { ...walkIns, target: { share: 0.5, maxWait: 60, class: "walk-in" } }, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    const { plan } = outcome;
    expect(plan.rosterText).toBe("3@09:00-17:00");
    // The day starts empty: the 09:00 hour's modified offered load is 2.92·(1 − 25/60·(1 − e^−2.4)) = 1.81
    // erlangs (floor 2), and its third teller is there for the day's whole shift, not held by the floor.
    expect(plan.stability).toEqual({ classes: ["back-office"], staff: [2, 3, 3, 3, 3, 3, 3, 3], held: [600, 660, 720, 780, 840, 900, 960] });
    expect(plan.intervals[0].offeredLoad).toBeCloseTo(((7 * 25) / 60) * (1 - (25 / 60) * (1 - Math.exp(-60 / 25))), 2);
    const table = formatStaffTable(plan, false, 400);
    expect(table).toContain("keeps up");
    expect(table).toContain("7 interval(s) (10:00-11:00, 11:00-12:00, 12:00-13:00, 13:00-14:00, 14:00-15:00, 15:00-16:00, 16:00-17:00) have more tellers than the target alone asked for");
    expect(inLanguage("zh", () => formatStaffTable(plan, false, 400))).toContain("目标未评判的 back-office 业务不会无限排队");
  });

  it("plans a target of every case as before: no floor", async () => {
    const outcome = await planStaff(deterministic(), { ...walkIns, target: { share: 0.5, maxWait: 60 } }, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.plan.stability).toBeUndefined();
  });
});
