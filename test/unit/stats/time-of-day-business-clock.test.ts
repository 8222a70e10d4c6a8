/**
 * Time-of-day series on the business clock, on scripted replications: a terminating day
 * whose replications empty at different times, a weekday-only operation over a weekend, and
 * slots outside the opening hours (no value, even with customers served there in overtime).
 */
import { describe, expect, it } from "vitest";
import { createCollector } from "../../../src/stats/collectors.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";
import type { RepResult } from "../../../src/stats/result-types.js";
import { summariseRuns } from "../../../src/stats/summarise.js";

const DAY = 1440;
const WEEKDAYS = [true, true, true, true, true, false, false];

const ONE_DAY: CollectorLayout = {
  warmup: 0,
  classes: ["customer"],
  steps: ["counter"],
  pools: [],
  serviceLevels: [],
  timeOfDayBinMinutes: 60,
  fixedCostPerDay: 0,
  calendar: { always: false, open: 8 * 60, close: 17 * 60, days: WEEKDAYS },
  study: "terminating",
  horizon: DAY,
};

/** One customer arriving at 08:00 and leaving at `leaves`; the replication ends then. */
function oneCustomer(replication: number, leaves: number): RepResult {
  const c = createCollector(ONE_DAY);
  c.onArrival(480, 0, 0);
  c.onStart(480, 0, 0, 0, 0);
  c.onFinish(leaves, 0, 0, 0, leaves - 480);
  c.onComplete(leaves, 0, 0, leaves - 480, 0);
  c.onEnd(leaves);
  return c.result(replication, 4, leaves);
}

const SOURCE = { name: "one-day branch", run: { seed: 1 }, serviceLevels: [] };

describe("a terminating day whose second replication ends early", () => {
  // Replication 0: the customer stays 08:00-10:00 (1 present in slots 8 and 9).
  // Replication 1: the customer leaves at 08:30 and the replication ends there.
  const reps = [oneCustomer(0, 600), oneCustomer(1, 510)];
  const wip = (rep: RepResult) => rep.timeOfDay.find((s) => s.key === "overall/wip.mean")?.values ?? [];

  it("gives the ended replication an empty system in later slots, not nothing", () => {
    expect(wip(reps[1]).slice(8, 11)).toEqual([0.5, 0, 0]);
    expect(wip(reps[0]).slice(8, 11)).toEqual([1, 1, 0]);
  });

  it("averages each slot over both replications", () => {
    const run = summariseRuns(SOURCE, reps, ONE_DAY);
    const series = run.timeOfDay.find((s) => s.key === "overall/wip.mean");
    expect(series?.mean.slice(8, 11)).toEqual([0.75, 0.5, 0]);
  });

  it("leaves closed slots out (gaps), in every replication and the summary", () => {
    const run = summariseRuns(SOURCE, reps, ONE_DAY);
    const series = run.timeOfDay.find((s) => s.key === "overall/wip.mean");
    expect(series?.mean.slice(0, 8).every((m) => m === null)).toBe(true);
    expect(series?.mean.slice(17).every((m) => m === null)).toBe(true);
    expect(wip(reps[0]).slice(17).every((v) => v === null)).toBe(true);
  });

  it("keeps a customer served after closing out of the slots, but in the day's totals", () => {
    // Replication 0 serves its customer until 17:30, half an hour after closing.
    const late = [oneCustomer(0, 17 * 60 + 30), oneCustomer(1, 510)];
    const run = summariseRuns(SOURCE, late, ONE_DAY);
    const series = run.timeOfDay.find((s) => s.key === "overall/wip.mean");
    expect(series?.mean[16]).toBe(0.5);
    expect(series?.mean.slice(17).every((m) => m === null)).toBe(true);
    expect(late[0].kpis["overall/cycleTime.mean"]).toBe(17 * 60 + 30 - 480);
    expect(late[0].kpis["overall/completions"]).toBe(1);
  });
});

describe("a steady-state weekday operation over a weekend", () => {
  const layout: CollectorLayout = { ...ONE_DAY, study: "steadyState", pools: [{ name: "clerks", costPerHour: 0 }], horizon: 7 * DAY };

  it("counts working days only: rostered clerks stay 2 in open slots, closed slots are null", () => {
    const c = createCollector(layout);
    for (let day = 0; day < 5; day++) {
      c.onPoolLevel(day * DAY + 480, 0, 0, 2);
      c.onPoolLevel(day * DAY + 1020, 0, 0, 0);
    }
    c.onEnd(7 * DAY);
    const capacity = c.result(0, 10, 7 * DAY).timeOfDay.find((s) => s.key === "pool/clerks/capacity.mean")?.values ?? [];
    expect(capacity.slice(8, 17)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(capacity.slice(0, 8).every((v) => v === null)).toBe(true);
    expect(capacity.slice(17).every((v) => v === null)).toBe(true);
  });

  it("counts arrivals on working days only, per hour of the slot", () => {
    const c = createCollector(layout);
    c.onArrival(600, 0, 0);
    c.onArrival(5 * DAY + 600, 1, 0);
    c.onEnd(7 * DAY);
    const arrivals = c.result(0, 2, 7 * DAY).timeOfDay.find((s) => s.key === "overall/arrivals.perHour")?.values ?? [];
    expect(arrivals[10]).toBeCloseTo(1 / 5, 12);
  });
});
