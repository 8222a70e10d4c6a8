/**
 * KPIs on the business clock: throughput per open hour and per open day, output per staff
 * hour of a pool counting only the cases it served, and rostered hours counted to the end of
 * the roster.
 *
 * A branch open 09:00-17:00 whose customers arrive at 48 per hour while open completes 48 per
 * open hour and 384 per open day (not 16 per clock hour); two tellers rostered all day are 16
 * staff hours even when the last customer leaves before closing; an advisor desk that only
 * half the customers visit serves half the customers per staff hour.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { MINUTES_PER_DAY } from "../support/theory/infinite-server.js";
import { checkKpi, kpiValues, replicate } from "../support/theory/replications.js";
import { branch, buildModel, exponential, goTo, pool, poissonSource, profileSource, serviceStep, weekdayCalendar } from "../support/theory/model-builder.js";

const OPEN = 9 * 60;
const CLOSE = 17 * 60;

describe("a one-day branch open 09:00-17:00, 48 arrivals per open hour, 20-minute visits", () => {
  const profile = [{ from: 0, ratePerHour: 0 }, { from: OPEN, ratePerHour: 48 }, { from: CLOSE, ratePerHour: 0 }];
  const model = buildModel({
    calendar: weekdayCalendar(OPEN, CLOSE),
    arrivals: [profileSource("customers", profile, "visit")],
    steps: [serviceStep("visit", null, exponential(20))],
    run: { horizon: MINUTES_PER_DAY, study: "terminating" },
  });
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(model, 100);
  });

  it("completes 48 per open hour and 384 per open day", () => {
    checkKpi(results, "overall/throughput.perOpenHour", 48, { maxRelativeHalfWidth: 0.02 });
    checkKpi(results, "overall/throughput.perOpenDay", 48 * 8, { maxRelativeHalfWidth: 0.02 });
  });

  it("keeps clock-hour throughput as such: completions over the hours from opening to the last departure", () => {
    // Observation starts when the day can start (09:00), not at the midnight before it.
    for (const r of results) {
      expect(r.kpis["overall/throughput"]).toBeCloseTo((r.kpis["overall/completions"] as number) / ((r.endTime - OPEN) / 60), 10);
    }
  });
});

describe("a weekday back office over four weeks, 6 files per open hour", () => {
  const model = buildModel({
    calendar: weekdayCalendar(OPEN, CLOSE),
    arrivals: [poissonSource("files", 6 / 60, "entry")],
    resources: [pool("clerks", 4)],
    steps: [serviceStep("entry", "clerks", exponential(20))],
    run: { horizon: 28 * MINUTES_PER_DAY, warmup: 7 * MINUTES_PER_DAY, study: "steadyState" },
  });

  it("completes about 48 files per open day (arrivals only while open)", () => {
    checkKpi(replicate(model, 20), "overall/throughput.perOpenDay", 48, { maxRelativeHalfWidth: 0.03 });
  });
});

describe("a branch whose last customer leaves before closing", () => {
  const model = buildModel({
    calendar: weekdayCalendar(OPEN, CLOSE),
    arrivals: [profileSource("customers", [{ from: 0, ratePerHour: 0 }, { from: OPEN, ratePerHour: 6 }, { from: 10 * 60, ratePerHour: 0 }], "counter")],
    resources: [{ ...pool("tellers", 2), costPerHour: 30 }],
    steps: [serviceStep("counter", "tellers", exponential(5))],
    run: { horizon: MINUTES_PER_DAY, study: "terminating" },
  });

  it("counts two tellers' rostered hours to 17:00: 16 staff hours and 480 in staff cost", () => {
    const results = replicate(model, 10);
    for (const r of results) {
      expect(r.endTime).toBeLessThan(CLOSE);
      expect(r.kpis["pool/tellers/staffHours"]).toBe(16);
      expect(r.kpis["pool/tellers/cost.total"]).toBeCloseTo(480, 9);
    }
  });
});

describe("a pool that only half the cases use", () => {
  const arrivalsPerMinute = 1;
  const model = buildModel({
    arrivals: [poissonSource("customers", arrivalsPerMinute, "reception")],
    resources: [pool("receptionists", 2), pool("advisors", 5)],
    steps: [
      serviceStep("reception", "receptionists", exponential(1), branch([{ to: "advice", p: 0.5 }, { to: "exit", p: 0.5 }])),
      serviceStep("advice", "advisors", exponential(6), goTo("exit")),
    ],
    run: { horizon: 20 * MINUTES_PER_DAY, warmup: MINUTES_PER_DAY },
  });
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(model, 10);
  });

  it("gives the advisors half the cases per staff hour: 60 × 0.5 / 5 = 6", () => {
    checkKpi(results, "pool/advisors/output.perStaffHour", (60 * arrivalsPerMinute * 0.5) / 5, { maxRelativeHalfWidth: 0.01 });
  });

  it("gives the receptionists every case: 60 / 2 = 30", () => {
    checkKpi(results, "pool/receptionists/output.perStaffHour", (60 * arrivalsPerMinute) / 2, { maxRelativeHalfWidth: 0.01 });
    const served = kpiValues(results, "pool/receptionists/output.perStaffHour");
    const all = kpiValues(results, "overall/completions").map((c, i) => c / (kpiValues(results, "pool/receptionists/staffHours")[i]));
    served.forEach((s, i) => expect(s).toBeCloseTo(all[i], 12));
  });
});
