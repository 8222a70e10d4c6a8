/**
 * Staffing for time-varying demand: λ(t) = 2(1 + 0.6 sin 2πt/480) per minute over an
 * eight-hour day, mean service 20 minutes (exponential), target P(wait) ≤ 0.2, 30-minute
 * intervals. Staffing each interval by stationary Erlang C on its own arrival rate (the
 * pointwise-stationary rule of workforce tools) ignores that work arriving before the peak is
 * still in service after it: the simulated service level falls clearly below the target in
 * the intervals after the peak. procsim's plan (Erlang C on the modified offered load, then
 * simulation refinement) meets the target in every interval, within a band above it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { erlangC } from "../../src/experiment/staffing/erlang.js";
import { planStaff, type StaffPlan, type StaffRequest } from "../../src/experiment/staffing/planner.js";
import { rosteredModel, scoreRosters, withStaffingLevel, type IntervalEstimate } from "../../src/experiment/staffing/verify.js";
import type { Model } from "../../src/model/compile/model.js";
import { buildModel, exponential, pool, profileSource, serviceStep } from "../support/theory/model-builder.js";

const OPEN = 480;
const DAY = 480;
const WIDTH = 30;
const STEP = 15;
const MEAN_SERVICE = 20;
const lambda = (t: number) => 2 * (1 + 0.6 * Math.sin((2 * Math.PI * t) / DAY));

/** The sinusoid as a 15-minute step profile (each step at its midpoint rate). */
function dayModel(): Model {
  const profile = Array.from({ length: DAY / STEP }, (_, k) => ({ from: OPEN + k * STEP, ratePerHour: 60 * lambda(k * STEP + STEP / 2) }));
  return buildModel({
    name: "sinusoidal call day",
    arrivals: [profileSource("calls", profile, "answer")],
    resources: [pool("agents", 80)],
    steps: [serviceStep("answer", "agents", exponential(MEAN_SERVICE))],
    calendar: { always: false, open: OPEN, close: OPEN + DAY, days: [true, true, true, true, true, false, false] },
    run: { horizon: 1440, warmup: 0, replications: 40, seed: 11, study: "terminating" },
  });
}

const TARGET = { share: 0.8, maxWait: 0 };
const request: StaffRequest = {
  pool: "agents",
  target: TARGET,
  width: WIDTH,
  rounds: 12,
  // One-interval shifts: the roster can follow the requirement exactly, so the test is about
  // the requirement, not the shift cover.
  rules: { lengths: [WIDTH], startEvery: WIDTH, costPerHour: 1, minStaff: 1, maxStaff: 120 },
};
const starts = Array.from({ length: DAY / WIDTH }, (_, i) => OPEN + i * WIDTH);

/** Pointwise-stationary Erlang C: fewest agents with P(wait) ≤ 0.2 at the interval's mean rate. */
function stationaryStaffing(): number[] {
  return starts.map((start) => {
    const steps = WIDTH / STEP;
    const rate = Array.from({ length: steps }, (_, k) => lambda(start - OPEN + k * STEP + STEP / 2)).reduce((a, b) => a + b, 0) / steps;
    const load = rate * MEAN_SERVICE;
    let c = Math.ceil(load) + 1;
    while (erlangC(c, load) > 1 - TARGET.share) c++;
    return c;
  });
}

describe("staffing a sinusoidal day (P(wait) ≤ 0.2, 30-minute intervals)", () => {
  let plan: StaffPlan;
  let stationary: readonly IntervalEstimate[];
  beforeAll(async () => {
    const outcome = await planStaff(dayModel(), request, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    plan = outcome.plan;
    const measured = withStaffingLevel({ ...dayModel(), run: { ...dayModel().run, slot: WIDTH } }, "agents", TARGET);
    const [score] = await scoreRosters([rosteredModel(measured, "agents", starts, WIDTH, stationaryStaffing())], "agents", starts, { workers: 1 });
    stationary = score.serviceLevel;
  }, 600_000);

  it("procsim's roster meets the target in every interval, within a band above it", () => {
    expect(plan.met).toBe(true);
    for (const row of plan.intervals) {
      expect(row.serviceLevel.lo).toBeGreaterThanOrEqual(TARGET.share);
      expect(row.serviceLevel.mean).toBeLessThanOrEqual(TARGET.share + 0.15);
    }
  });

  it("per-interval stationary Erlang C falls clearly below the target after the peak", () => {
    const misses = stationary.flatMap((sl, i) => (sl.hi !== null && sl.hi < TARGET.share - 0.05 ? [starts[i]] : []));
    expect(misses.length).toBeGreaterThan(0);
    // The misses come after the peak of λ (two hours after opening), when the work of the peak is still in service.
    for (const start of misses) expect(start).toBeGreaterThanOrEqual(OPEN + DAY / 4);
  });

  it("reads each 30-minute interval's own service level (no two halves of an hour share one)", () => {
    const values = plan.intervals.map((row) => row.serviceLevel.mean);
    expect(values.every((v) => v !== null)).toBe(true);
    expect(values.filter((v, i) => i % 2 === 1 && v === values[i - 1])).toEqual([]);
  });
});
