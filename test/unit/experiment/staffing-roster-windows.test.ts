// Rosters at their true minutes: a break inside a planning interval takes off only the people
// on it, for its own minutes (in the cover, the table and the simulated shift plan), and a
// 24/7 operation may roster shifts that cross midnight — checked by hand-computed optima and
// by the simulated capacity, which is exact (no randomness in a shift plan).
import { describe, expect, it } from "vitest";
import { coverage, solveCover } from "../../../src/experiment/staffing/cover.js";
import { formatRoster, parseRoster, shiftColumns, type RosterShift, type ShiftRules } from "../../../src/experiment/staffing/roster.js";
import { rosterCapacityWindows, withRoster } from "../../../src/experiment/staffing/roster-windows.js";
import { perInterval } from "../../../src/experiment/staffing/verify.js";
import { runVariants } from "../../../src/experiment/sweep.js";
import type { Model } from "../../../src/model/compile/model.js";
import { ALWAYS_OPEN, buildModel, exponential, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";

const WEEKDAYS = [true, true, true, true, true, false, false];
const roster = (text: string, overnight = false): RosterShift[] => {
  const lines = parseRoster(text, overnight);
  if (typeof lines === "string") throw new Error(lines);
  return lines;
};

/** A quiet branch (one customer in ten minutes) with the model's time-of-day slots `slot` minutes wide. */
function quietModel(slot: number, always: boolean): Model {
  const base = buildModel({
    arrivals: [poissonSource("walk-in", 0.1, "counter")],
    resources: [pool("tellers", 10)],
    steps: [serviceStep("counter", "tellers", exponential(2))],
    calendar: always ? ALWAYS_OPEN : { always: false, open: 540, close: 1020, days: WEEKDAYS },
    run: { horizon: 1440, warmup: 0, replications: 3, seed: 5, study: "terminating" },
  });
  return { ...base, run: { ...base.run, slot } };
}

/** The simulated rostered capacity per slot (time-average over the slot, mean over replications). */
async function simulatedCapacity(model: Model, starts: readonly number[]): Promise<(number | null)[]> {
  const [result] = await runVariants([model], { workers: 1 });
  return perInterval(result, "pool/tellers/capacity.mean", starts).map((e) => e.mean);
}

describe("breaks inside a planning interval", () => {
  const staggered = roster("2@09:00-17:00/12:00-12:30,2@09:00-17:00/12:30-13:00,1@09:00-17:00/13:00-13:30,3@11:00-14:00");
  const columns = staggered.map((r) => ({ ...r, cost: 0 }));
  const counts = staggered.map((r) => r.count);

  it("counts the fewest on duty at any moment of the interval, not the interval as off", () => {
    // 8 on the roster 11:00-14:00, 2 of them on a break at any moment 12:00-13:30: 6 on duty.
    const hourly = coverage({ intervalStarts: [600, 660, 720, 780, 840], intervalWidth: 60, columns }, counts);
    expect(hourly).toEqual([5, 8, 6, 7, 5]);
    const halfHourly = coverage({ intervalStarts: [720, 750, 780, 810], intervalWidth: 30, columns }, counts);
    expect(halfHourly).toEqual([6, 6, 7, 8]);
    // Off the grid: five on a break 12:15-12:45 leave 3 for a quarter of each half hour.
    const offGrid = roster("5@09:00-17:00/12:15-12:45,3@11:00-15:00");
    expect(coverage({ intervalStarts: [690, 720, 750, 780], intervalWidth: 30, columns: offGrid.map((r) => ({ ...r, cost: 0 })) }, [5, 3])).toEqual([8, 3, 3, 8]);
  });

  it("gives the simulation the break at its own minutes", () => {
    expect(rosterCapacityWindows(staggered, 540, 1020)).toEqual([
      { from: 540, to: 660, capacity: 5 }, { from: 660, to: 720, capacity: 8 }, { from: 720, to: 780, capacity: 6 },
      { from: 780, to: 810, capacity: 7 }, { from: 810, to: 840, capacity: 8 }, { from: 840, to: 1020, capacity: 5 },
    ]);
    expect(rosterCapacityWindows(roster("5@09:00-17:00/12:15-12:45,3@11:00-15:00"), 540, 1020)).toEqual([
      { from: 540, to: 660, capacity: 5 }, { from: 660, to: 735, capacity: 8 }, { from: 735, to: 765, capacity: 3 },
      { from: 765, to: 900, capacity: 8 }, { from: 900, to: 1020, capacity: 5 },
    ]);
    // Shifts outside the opening hours are cut at them, as the planning intervals are.
    expect(rosterCapacityWindows(roster("2@08:00-18:00"), 540, 1020)).toEqual([{ from: 540, to: 1020, capacity: 2 }]);
  });

  it("simulates the capacity the roster has, minute by minute (12:00-12:30: 15 min of 8, 15 of 3 = 5.5)", async () => {
    const model = withRoster(quietModel(30, false), "tellers", roster("5@09:00-17:00/12:15-12:45,3@11:00-15:00"));
    const capacity = await simulatedCapacity(model, [690, 720, 750, 780]);
    expect(capacity).toEqual([8, 5.5, 5.5, 8].map((c) => expect.closeTo(c, 12)));
  });

  it("requires the staff in every piece of an interval a shift edge cuts", async () => {
    // 60-minute intervals, shifts of 2 hours starting every 30 minutes, 2 needed 09:00-11:00:
    // one shift from 09:00 and one from 09:30 leave 09:00-09:30 with 1, so they do not cover it.
    const rules: ShiftRules = { lengths: [120], startEvery: 30, costPerHour: 1, minStaff: 0, maxStaff: 5 };
    const problem = { intervalStarts: [540, 600], intervalWidth: 60, maxStaff: 5, required: [2, 2], columns: shiftColumns(rules, 540, 660) };
    const result = await solveCover(problem);
    if (!result.ok) throw new Error(result.message);
    expect(coverage(problem, result.counts)).toEqual([2, 2]);
    expect(result.cost).toBe(4);
  });
});

describe("shifts across midnight on a 24/7 operation", () => {
  it("reads and writes a night shift with its break on the next day's clock", () => {
    const night = roster("3@22:00-06:00/02:00-02:30,1@16:00-24:00", true);
    expect(night).toEqual([{ start: 1320, length: 480, count: 3, breakStart: 1560, breakLength: 30 }, { start: 960, length: 480, count: 1 }]);
    expect(formatRoster(night)).toBe("3@22:00-06:00/02:00-02:30,1@16:00-24:00");
    expect(parseRoster("3@22:00-06:00")).toMatch(/"3@22:00-06:00": the shift must end after it starts; a shift past midnight \(e\.g\. 22:00-06:00\) needs a calendar with no closing \(calendar: always\)/);
    expect(parseRoster("3@22:00-22:00", true)).toMatch(/the shift must end after it starts$/);
    expect(parseRoster("3@22:00-06:00/07:00-07:30", true)).toMatch(/the break must lie inside the shift/);
    // Every malformed line at once.
    expect(parseRoster("3@22:00-06:00,2@9-17,1@09:00-13:00")).toBe(
      '"3@22:00-06:00": the shift must end after it starts; a shift past midnight (e.g. 22:00-06:00) needs a calendar with no closing (calendar: always); "2@9-17" is not COUNT@HH:MM-HH:MM (e.g. 5@09:00-17:00, with a break 5@09:00-17:00/12:00-12:30)',
    );
  });

  it("offers shifts that wrap past midnight only when the day never closes", () => {
    const rules: ShiftRules = { lengths: [480], startEvery: 60, costPerHour: 1, minStaff: 0, maxStaff: 30 };
    expect(shiftColumns(rules, 0, 1440).map((c) => c.start)).toEqual(Array.from({ length: 17 }, (_, i) => 60 * i));
    expect(shiftColumns(rules, 0, 1440, true).map((c) => c.start)).toEqual(Array.from({ length: 24 }, (_, i) => 60 * i));
  });

  it("finds the hand-computed cheapest night cover: 7 people with night shifts, 11 without", async () => {
    // 5 needed 22:00-06:00, 1 the rest of the day, 8-hour shifts on the hour. Without a shift
    // across midnight, 23:00-24:00 can only be covered from 16:00 and 00:00-01:00 only from
    // 00:00: 5 + 5 + 1 (08:00-16:00) = 11 people. With them, 5@22:00-06:00 and a chain of one
    // person around the clock: 7 people, 56 hours = the hours required, no over-coverage.
    const required = Array.from({ length: 24 }, (_, h) => (h >= 22 || h < 6 ? 5 : 1));
    const rules: ShiftRules = { lengths: [480], startEvery: 60, costPerHour: 1, minStaff: 0, maxStaff: 30 };
    const plan = async (overnight: boolean) => {
      const problem = { intervalStarts: required.map((_, h) => 60 * h), intervalWidth: 60, maxStaff: 30, required, columns: shiftColumns(rules, 0, 1440, overnight) };
      const result = await solveCover(problem);
      if (!result.ok) throw new Error(result.message);
      return { cost: result.cost, onDuty: coverage(problem, result.counts) };
    };
    expect((await plan(false)).cost).toBe(88);
    const night = await plan(true);
    expect(night.cost).toBe(56);
    expect(night.onDuty).toEqual(required);
  });

  it("puts a night shift on duty before and after midnight of every day, its break included", async () => {
    const night = roster("3@22:00-06:00/02:00-02:30,1@06:00-22:00", true);
    expect(rosterCapacityWindows(night, 0, 1440)).toEqual([
      { from: 0, to: 120, capacity: 3 }, { from: 150, to: 360, capacity: 3 }, { from: 360, to: 1320, capacity: 1 }, { from: 1320, to: 1440, capacity: 3 },
    ]);
    // 02:00-03:00: three for the half hour after the break = 1.5 on average.
    const capacity = await simulatedCapacity(withRoster(quietModel(60, true), "tellers", night), [60, 120, 360, 1380]);
    expect(capacity).toEqual([3, 1.5, 1, 3].map((c) => expect.closeTo(c, 12)));
  });
});
