/**
 * Opening hours and shifts: what a calendar must do to arrivals and rostered capacity.
 *
 * A branch open 09:00-17:00 Monday to Friday, walk-ins at 1 per minute while open, three
 * tellers rostered while open, or a shift plan of 2 tellers 09:00-12:00 and 4 tellers
 * 12:00-17:00: over four observed weeks the arrivals must be λ × open minutes, nobody may
 * arrive while closed (closed hours carry no through-the-day value), and the rostered capacity must average Σ capacity × hours / 168.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { Shift } from "../../src/model/compile/model.js";
import { checkKpi, expectTheoryWithin, replicate } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { buildModel, exponential, pool, poissonSource, serviceStep, weekdayCalendar } from "../support/theory/model-builder.js";

const DAY = 1440;
const WEEK = 7 * DAY;
const warmup = WEEK;
const horizon = warmup + 4 * WEEK;
const weekdays = [true, true, true, true, true, false, false];
const shifts: Shift[] = [
  { days: weekdays, from: 9 * 60, to: 12 * 60, capacity: 2, path: ["resources", "shift tellers", "shifts", 0] },
  { days: weekdays, from: 12 * 60, to: 17 * 60, capacity: 4, path: ["resources", "shift tellers", "shifts", 1] },
];

function arrivalsPerHour(results: readonly RepResult[], bin: number): number[] {
  return results.map((r) => {
    const series = r.timeOfDay.find((s) => s.key === "overall/arrivals.perHour");
    if (!series) throw new Error("no overall/arrivals.perHour series");
    return series.values[bin] ?? NaN;
  });
}

describe("a branch open 09:00-17:00 on weekdays", () => {
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "weekday branch",
      calendar: weekdayCalendar(9 * 60, 17 * 60),
      arrivals: [poissonSource("walk-ins", 1, "counter"), poissonSource("shift walk-ins", 1, "shift counter")],
      resources: [pool("tellers", 3), { ...pool("shift tellers", 0), shifts }],
      steps: [serviceStep("counter", "tellers", exponential(1)), serviceStep("shift counter", "shift tellers", exponential(1))],
      run: { horizon, warmup },
    });
    results = replicate(model, 20);
  });

  it("arrivals are λ × open minutes (4 weeks × 5 days × 480 min per source)", () => {
    checkKpi(results, "class/walk-ins/arrivals", 4 * 5 * 480, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "class/shift walk-ins/arrivals", 4 * 5 * 480, { maxRelativeHalfWidth: 0.01 });
  });

  it("closed hours have no through-the-day value, and open hours get λ averaged over open days", () => {
    const binMinutes = results[0].timeOfDayBinMinutes;
    for (let start = 0, k = 0; start < DAY; start += binMinutes, k++) {
      const values = arrivalsPerHour(results, k);
      if (start + binMinutes <= 9 * 60 || start >= 17 * 60) {
        // Closed hours are not part of the business day: no value at all, not a zero.
        values.forEach((v) => expect(v, `arrivals in closed bin ${k}`).toBeNaN());
      } else {
        // Through-the-day figures average over open days only: 2 sources × 60 per hour.
        const theory = 2 * 60;
        expectTheoryWithin(`arrivals.perHour bin ${k}`, tInterval(values), theory, { maxRelativeHalfWidth: 0.04, factor: 2.5 });
      }
    }
  });

  it("rostered capacity averages c × 40 h / 168 h, and a shift plan Σ capacity × hours / 168 h", () => {
    checkKpi(results, "pool/tellers/capacity.mean", (3 * 40) / 168, { maxRelativeHalfWidth: 1e-6, absoluteHalfWidth: 1e-9 });
    checkKpi(results, "pool/tellers/staffHours", 3 * 40 * 4, { maxRelativeHalfWidth: 1e-6, absoluteHalfWidth: 1e-9 });
    const shiftHours = (2 * 3 + 4 * 5) * 5;
    checkKpi(results, "pool/shift tellers/capacity.mean", shiftHours / 168, { maxRelativeHalfWidth: 1e-6, absoluteHalfWidth: 1e-9 });
    checkKpi(results, "pool/shift tellers/staffHours", shiftHours * 4, { maxRelativeHalfWidth: 1e-6, absoluteHalfWidth: 1e-9 });
  });
});
