// The planner's occupancy is that of the staff at work: busy time over rostered time plus the
// time staff are busy past their roster (finishing the case in hand at a break or a shift's
// end), so it never reads above 100%. An interval nobody works past their roster in keeps the
// busy ÷ rostered figure to the bit.
import { describe, expect, it } from "vitest";
import { evaluateRoster, type StaffRequest } from "../../../src/experiment/staffing/planner.js";
import { buildModel, exponential, pool, poissonSource, renewalSource, serviceStep } from "../../support/theory/model-builder.js";

const WEEKDAYS = [true, true, true, true, true, false, false];

describe("occupancy of the staff at work", () => {
  it("counts the teller finishing a case after her shift as at work: exact on a deterministic counter", async () => {
    // A case every 20 minutes from 09:20 (a renewal source's first arrival is one gap after opening), 50 minutes
    // each; 3 tellers 09:00-10:00, 1 from 10:00 to 11:00, who serve the line after closing (nothing carried over).
    // 09:00-10:00: the cases of 09:20 and 09:40 are busy 40 + 20 = 60 of 180 rostered minutes.
    // 10:00-11:00: the 09:20 case ends at 10:10 and the 09:40 one at 10:30 (two busy, one rostered, until 10:10:
    // 10 minutes past the roster); the 10:00 case starts at 10:30. Busy 20 + 20 + 30 = 70 minutes against
    // 60 rostered + 10 worked past the roster: 100%, not 70 ÷ 60 = 116.7%.
    const counter = buildModel({
      name: "deterministic counter",
      arrivals: [renewalSource("walk-in", { kind: "deterministic", value: 20 }, "counter")],
      resources: [pool("tellers", 3)],
      steps: [serviceStep("counter", "tellers", { kind: "deterministic", value: 50 })],
      calendar: { always: false, open: 540, close: 660, days: WEEKDAYS, endOfDay: { rule: "serve", comeBack: false, path: ["calendar", "endOfDay"] } },
      run: { horizon: 1440, warmup: 0, replications: 2, seed: 1, study: "terminating" },
    });
    const request: StaffRequest = { pool: "tellers", target: { share: 0.5, maxWait: 60 }, width: 60, rounds: 1, rules: { lengths: [60, 120], startEvery: 60, costPerHour: 1, minStaff: 1, maxStaff: 5 } };
    const scored = await evaluateRoster(counter, request, [{ start: 540, length: 60, count: 2 }, { start: 540, length: 120, count: 1 }], { workers: 1 });
    if (!scored.ok) throw new Error(scored.message);
    expect(scored.plan.intervals.map((row) => row.scheduled)).toEqual([3, 1]);
    expect(scored.plan.intervals[0].occupancy.mean).toBeCloseTo(60 / 180, 12);
    expect(scored.plan.intervals[1].occupancy.mean).toBeCloseTo(70 / 70, 12);
  });

  it("never reads above 100% with breaks and shift ends inside busy intervals", async () => {
    // 85 cases an hour of 5 minutes (7.1 erlangs) against 7 tellers, 4 of them on a break at 12:00-12:30:
    // busy ÷ rostered read 109.6% there (3.3 busy of 3 rostered).
    const busy = buildModel({
      name: "busy counter",
      arrivals: [poissonSource("walk-in", 40 / 60, "counter", { priority: 10 }), poissonSource("back-office", 45 / 60, "counter")],
      resources: [pool("tellers", 7)],
      steps: [serviceStep("counter", "tellers", exponential(5))],
      calendar: { always: false, open: 540, close: 1020, days: WEEKDAYS },
      run: { horizon: 1440, warmup: 0, replications: 20, seed: 11, study: "terminating" },
    });
    const request: StaffRequest = { pool: "tellers", target: { share: 0.8, maxWait: 5, class: "walk-in" }, width: 30, rounds: 1, rules: { lengths: [240, 480], startEvery: 30, costPerHour: 1, minStaff: 1, maxStaff: 30 } };
    const roster = [{ start: 540, length: 480, count: 4, breakStart: 720, breakLength: 30 }, { start: 540, length: 240, count: 3 }, { start: 780, length: 240, count: 3 }];
    const scored = await evaluateRoster(busy, request, roster, { workers: 1 });
    if (!scored.ok) throw new Error(scored.message);
    const noon = scored.plan.intervals.find((row) => row.start === 720);
    expect(noon?.scheduled).toBe(3);
    for (const row of scored.plan.intervals) expect(row.occupancy.mean as number).toBeLessThanOrEqual(1);
    // Before and after the break everyone rostered is at work: the figure there is busy ÷ rostered, unscaled.
    expect(noon?.occupancy.mean as number).toBeGreaterThan(0.9);
  });
});
