/**
 * Staggered breaks against Erlang C: 60 walk-ins an hour, exponential 4-minute service, and a
 * roster of 3@09:00-17:00 on a break 12:00-12:30, 3 more on a break 12:30-13:00 and
 * 3@12:00-13:00 keeps exactly 6 tellers on duty all day. From noon on (three hours after
 * opening: the M/M/6 transient has long died out) the share waiting at most 1 minute is Erlang
 * C's 1 − C(6, 4)·e^{−(6μ − λ)t} = 82.7%; the simulated 12:00-13:00 service level must hold it
 * in its 95% interval, where counting the hour's broken shifts as off would leave 3 tellers
 * for a load of 4 erlangs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { erlangCServiceLevel } from "../../src/experiment/staffing/erlang.js";
import { evaluateRoster, type StaffPlan, type StaffRequest } from "../../src/experiment/staffing/planner.js";
import { parseRoster } from "../../src/experiment/staffing/roster.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

const WEEKDAYS = [true, true, true, true, true, false, false];
const OPENING = { always: false, open: 540, close: 1020, days: WEEKDAYS };
const SERVE = { rule: "serve" as const, comeBack: false, path: ["calendar", "endOfDay"] };

describe("staggered breaks inside an hour (M/M/6 from noon)", () => {
  const model = buildModel({
    name: "break test",
    arrivals: [poissonSource("walk-in", 1, "counter")],
    resources: [pool("tellers", 9)],
    steps: [serviceStep("counter", "tellers", exponential(4))],
    calendar: { ...OPENING, endOfDay: SERVE },
    run: { horizon: 1440, warmup: 0, replications: 200, seed: 17, study: "terminating" },
  });
  const request: StaffRequest = {
    pool: "tellers", target: { share: 0.8, maxWait: 1 }, width: 60, rounds: 1,
    rules: { lengths: [480], startEvery: 60, costPerHour: 1, minStaff: 1, maxStaff: 30 },
  };
  let plan: StaffPlan;
  beforeAll(async () => {
    const roster = parseRoster("3@09:00-17:00/12:00-12:30,3@09:00-17:00/12:30-13:00,3@12:00-13:00");
    if (typeof roster === "string") throw new Error(roster);
    const outcome = await evaluateRoster(model, request, roster, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    plan = outcome.plan;
  }, 600_000);

  it("shows 6 on duty in every hour", () => {
    expect(plan.intervals.map((row) => row.scheduled)).toEqual([6, 6, 6, 6, 6, 6, 6, 6]);
  });

  it("serves 12:00-13:00 as Erlang C with 6 tellers says, within the run's 95% interval", () => {
    const theory = erlangCServiceLevel(6, 4, 4, 1);
    expect(theory).toBeCloseTo(0.827, 3);
    const noon = plan.intervals[3].serviceLevel;
    expect(noon.lo).not.toBeNull();
    expect(theory).toBeGreaterThanOrEqual(noon.lo as number);
    expect(theory).toBeLessThanOrEqual(noon.hi as number);
    // Tight enough to tell: 3 tellers (the break hour counted as off) for 4 erlangs would be far below it.
    expect((noon.hi as number) - (noon.lo as number)).toBeLessThan(0.1);
  });
});
