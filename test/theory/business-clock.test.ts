/**
 * Through-the-day statistics on the business clock.
 *
 * A one-day (terminating) study: customers arrive 08:00-09:00 at 60 per hour and each stays
 * exactly 30 minutes (M_t/D/∞). The expected number present is m(t) = arrivals of the last
 * 30 minutes: its hourly averages are 22.5 for 08:00 and 7.5 for 09:00, and exactly 0 later,
 * whatever time each replication happened to empty. A replication that has ended contributes
 * an empty system to the slot averages, not nothing. The same holds for exponential stays
 * (M_t/M/∞) of a branch day with a closed form for every hour, before and after the last
 * arrival. A weekday-only back office shows its full staff through the day: weekends count
 * for nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { compileModel } from "../../src/model/compile/compile.js";
import { collectorLayoutOf } from "../../src/experiment/collector-layout.js";
import { summariseRuns } from "../../src/stats/summarise.js";
import { averageOver, MINUTES_PER_DAY, mtDInfinityMean, mtMInfinityMean } from "../support/theory/infinite-server.js";
import { expectTheoryWithin, replicate } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { buildModel, exponential, pool, poissonSource, profileSource, serviceStep, weekdayCalendar } from "../support/theory/model-builder.js";
import type { Model } from "../../src/model/compile/model.js";

function slotValues(results: readonly RepResult[], key: string, k: number): (number | null)[] {
  return results.map((r) => r.timeOfDay.find((s) => s.key === key)?.values[k] ?? null);
}

function summaryOf(model: Model, results: readonly RepResult[]) {
  return summariseRuns(model, results, collectorLayoutOf(compileModel(model)));
}

describe("one-day M_t/D/∞: arrivals 08:00-09:00 at 60/h, 30 minutes each", () => {
  const profile = [{ from: 0, ratePerHour: 0 }, { from: 8 * 60, ratePerHour: 60 }, { from: 9 * 60, ratePerHour: 0 }];
  const model = buildModel({
    arrivals: [profileSource("visitors", profile, "stay")],
    steps: [serviceStep("stay", null, { kind: "deterministic", value: 30 })],
    run: { horizon: MINUTES_PER_DAY, study: "terminating" },
  });
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(model, 200);
  });

  it("averages every slot over all replications, before and after the last arrival", () => {
    for (let hour = 0; hour < 24; hour++) {
      const values = slotValues(results, "overall/wip.mean", hour);
      expect(values.every((v) => v !== null), `slot ${hour}:00 has a value in every replication`).toBe(true);
      const theory = averageOver((t) => mtDInfinityMean(profile, 30, t), hour * 60, hour * 60 + 60);
      if (theory === 0) {
        expect(values.every((v) => v === 0), `slot ${hour}:00 is empty`).toBe(true);
        continue;
      }
      expectTheoryWithin(`wip slot ${hour}:00`, tInterval(values as number[]), theory, { maxRelativeHalfWidth: 0.06 });
    }
  });

  it("reports 7.5 (not the mean over replications still running) for 09:00 in the run summary", () => {
    const slot = summaryOf(model, results).timeOfDay.find((s) => s.key === "overall/wip.mean");
    expect(slot?.mean[9]).toBeGreaterThan(7.5 * 0.9);
    expect(slot?.mean[9]).toBeLessThan(7.5 * 1.1);
    expect(slot?.mean[12]).toBe(0);
  });
});

describe("one-day M_t/M/∞ branch day: exponential 30-minute stays", () => {
  const profile = [
    { from: 0, ratePerHour: 0 },
    { from: 9 * 60, ratePerHour: 40 },
    { from: 12 * 60, ratePerHour: 70 },
    { from: 14 * 60, ratePerHour: 30 },
    { from: 17 * 60, ratePerHour: 0 },
  ];
  const model = buildModel({
    arrivals: [profileSource("customers", profile, "branch")],
    steps: [serviceStep("branch", null, exponential(30))],
    run: { horizon: MINUTES_PER_DAY, study: "terminating" },
  });
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(model, 400);
  });

  it("matches the closed form in every hour from opening to midnight", () => {
    for (let hour = 9; hour < 24; hour++) {
      const theory = averageOver((t) => mtMInfinityMean(profile, 30, t), hour * 60, hour * 60 + 60);
      const ci = tInterval(slotValues(results, "overall/wip.mean", hour) as number[]);
      expectTheoryWithin(`wip slot ${hour}:00`, ci, theory, { maxRelativeHalfWidth: 0.07, absoluteHalfWidth: 0.1 });
    }
  });
});

describe("a weekday-only back office", () => {
  const model = buildModel({
    calendar: weekdayCalendar(9 * 60, 17 * 60),
    arrivals: [poissonSource("files", 2 / 60, "entry")],
    resources: [pool("clerks", 4)],
    steps: [serviceStep("entry", "clerks", exponential(60))],
    run: { horizon: 28 * MINUTES_PER_DAY, warmup: 7 * MINUTES_PER_DAY, study: "steadyState" },
  });

  it("shows its full staff in every open hour and leaves closed hours out", () => {
    const run = summaryOf(model, replicate(model, 3));
    const capacity = run.timeOfDay.find((s) => s.key === "pool/clerks/capacity.mean");
    expect(capacity?.mean.slice(9, 17)).toEqual([4, 4, 4, 4, 4, 4, 4, 4]);
    expect(capacity?.mean.slice(0, 9).every((m) => m === null)).toBe(true);
    expect(capacity?.mean.slice(17).every((m) => m === null)).toBe(true);
  });
});
