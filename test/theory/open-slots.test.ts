/**
 * Through-the-day slots that do not line up with the opening hours: a slot's rates and time
 * averages are taken over its open minutes.
 *
 * A loan centre open 08:30–17:30 on weekdays receives applications at a flat λ = 3 per hour
 * and two analysts (rostered while open) take an exponential 30 minutes each, staying after
 * closing to finish the files in hand (endOfDay: serve). Per open hour, the 08:00 slot (30 open
 * minutes) and the 17:00 slot (30 open minutes) must read λ like every whole open hour, and the
 * rostered analysts 2; slots with no open minute have no value, although analysts work in
 * overtime after 17:30 (that work is in the totals: overtime hours > 0).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { checkKpi, expectTheoryWithin, kpiValues, replicate, THEORY_SCALE } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

const DAY = 1440;
const WEEK = 7 * DAY;
const HOUR = 60;
const opens = 8 * HOUR + 30;
const closes = 17 * HOUR + 30;
const ratePerHour = 3;
const analysts = 2;
const meanService = 30;
const weeks = Math.round(20 * THEORY_SCALE);
const warmup = WEEK;
const horizon = warmup + weeks * WEEK;
const weekdays = [true, true, true, true, true, false, false];

/** One time-of-day series' value in slot k, per replication (NaN where null). */
function slotValues(results: readonly RepResult[], key: string, k: number): number[] {
  return results.map((r) => {
    const series = r.timeOfDay.find((s) => s.key === key);
    if (!series) throw new Error(`no time-of-day series "${key}"`);
    return series.values[k] ?? NaN;
  });
}

describe("slots half open: a loan centre open 08:30–17:30, λ = 3 per hour", () => {
  let results: RepResult[];
  let width: number;
  beforeAll(() => {
    const model = buildModel({
      name: "loan centre",
      calendar: { always: false, open: opens, close: closes, days: weekdays, endOfDay: { rule: "serve", comeBack: false, path: [] } },
      arrivals: [poissonSource("applications", ratePerHour / HOUR, "review")],
      resources: [pool("analysts", analysts)],
      steps: [serviceStep("review", "analysts", exponential(meanService))],
      run: { horizon, warmup },
    });
    results = replicate(model, 20);
    width = results[0].timeOfDayBinMinutes;
  });

  /** Open minutes of the slot starting at `start` on a working day. */
  const openMinutes = (start: number) => Math.max(0, Math.min(start + width, closes) - Math.max(start, opens));

  it("reads λ per open hour in every slot open at all, the half-open first and last ones too", () => {
    let partial = 0;
    for (let start = 0, k = 0; start < DAY; start += width, k++) {
      if (openMinutes(start) === 0) continue;
      if (openMinutes(start) < width) partial += 1;
      const ci = tInterval(slotValues(results, "overall/arrivals.perHour", k));
      expectTheoryWithin(`arrivals.perHour slot ${k} (${openMinutes(start)} open min)`, ci, ratePerHour, { maxRelativeHalfWidth: 0.06, factor: 2.5 });
    }
    expect(partial, "the calendar cuts two slots in half").toBe(2);
  });

  it("averages the rostered analysts over the open minutes: 2 in every slot open at all", () => {
    for (let start = 0, k = 0; start < DAY; start += width, k++) {
      if (openMinutes(start) === 0) continue;
      const ci = tInterval(slotValues(results, "pool/analysts/capacity.mean", k));
      expectTheoryWithin(`capacity.mean slot ${k}`, ci, analysts, { maxRelativeHalfWidth: 1e-9, absoluteHalfWidth: 1e-9 });
    }
  });

  it("gives slots with no open minute no value, while the overtime after closing stays in the totals", () => {
    for (let start = 0, k = 0; start < DAY; start += width, k++) {
      if (openMinutes(start) > 0) continue;
      for (const key of ["overall/arrivals.perHour", "overall/wip.mean", "pool/analysts/busy.mean", "overall/waitTime.mean"]) {
        slotValues(results, key, k).forEach((v) => expect(v, `${key} in closed slot ${k}`).toBeNaN());
      }
    }
    expect(Math.min(...kpiValues(results, "pool/analysts/overtime.hours"))).toBeGreaterThan(0);
    checkKpi(results, "overall/arrivals", (ratePerHour / HOUR) * weeks * 5 * (closes - opens), { maxRelativeHalfWidth: 0.02 });
  });
});
