/**
 * Cycle time in working time against a closed form.
 *
 * Files arrive (Poisson) only while a back office is open, 09:00-17:00 on weekdays, and each
 * is handled in an exponential 30 minutes of elapsed time. A file arriving with R minutes
 * left before closing accrues min(S, R) working minutes that day (what runs on after closing
 * only counts again 16 hours later, with probability e^{-32}); R is uniform on (0, 480), so
 * E[working cycle] = 30 (1 − (30/480)(1 − e^{−16})) = 28.125 while E[elapsed cycle] = 30.
 * Turnaround targets: P(working cycle ≤ 20) = P(min(S, R) ≤ 20) = 1 − e^{−2/3}·(460/480).
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { MINUTES_PER_DAY } from "../support/theory/infinite-server.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { buildModel, exponential, poissonSource, serviceStep, weekdayCalendar } from "../support/theory/model-builder.js";

const mean = 30;
const openMinutes = 480;
const workingMean = mean * (1 - (mean / openMinutes) * (1 - Math.exp(-openMinutes / mean)));
const within20 = 1 - Math.exp(-20 / mean) * ((openMinutes - 20) / openMinutes);

describe("working-time cycle of a weekday back office", () => {
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      calendar: weekdayCalendar(9 * 60, 17 * 60),
      arrivals: [poissonSource("files", 1, "handling")],
      steps: [serviceStep("handling", null, exponential(mean))],
      serviceLevels: [
        { name: "done within 20 working min", class: null, step: null, maxWait: 20, target: 0.5, measure: "cycleTime", clock: "working", path: ["serviceLevels", 0] },
        { name: "done within 20 min", class: null, step: null, maxWait: 20, target: 0.5, measure: "cycleTime", path: ["serviceLevels", 1] },
      ],
      run: { horizon: 28 * MINUTES_PER_DAY, warmup: MINUTES_PER_DAY },
    });
    results = replicate(model, 10);
  });

  it("has mean working cycle 28.125 and mean elapsed cycle 30", () => {
    checkKpi(results, "overall/cycleTime.working.mean", workingMean, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "overall/cycleTime.mean", mean, { maxRelativeHalfWidth: 0.01 });
  });

  it("meets a 20-minute turnaround on the working clock more often than on the elapsed clock", () => {
    checkKpi(results, "serviceLevel/done within 20 working min/achieved", within20, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "serviceLevel/done within 20 min/achieved", 1 - Math.exp(-20 / mean), { maxRelativeHalfWidth: 0.01 });
  });
});
