/**
 * Little's law over a steady-state window of whole weeks under a weekday calendar: mean cases
 * in process L equals throughput per clock hour λ times mean cycle time W within the run's
 * own interval. Cycle times count a case's whole cycle (its part before the window too) and L
 * only the window, so the law needs the cases carried in to balance those carried out, which
 * a window of whole weeks gives (docs/kpis.md).
 */
import { describe, expect, it } from "vitest";
import { kpiValues, replicate } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { buildModel, exponential, pool, poissonSource, serviceStep, weekdayCalendar } from "../support/theory/model-builder.js";
import { MINUTES_PER_DAY } from "../support/theory/infinite-server.js";

describe("Little's law over whole weeks of a weekday back office", () => {
  // 2 files an hour, 4 clerks for 60-minute entries: ρ = 0.5, files left at 17:00 wait over night and weekend.
  const model = buildModel({
    calendar: weekdayCalendar(9 * 60, 17 * 60),
    arrivals: [poissonSource("files", 2 / 60, "entry")],
    resources: [pool("clerks", 4)],
    steps: [serviceStep("entry", "clerks", exponential(60))],
    run: { horizon: 35 * MINUTES_PER_DAY, warmup: 7 * MINUTES_PER_DAY, study: "steadyState" },
  });

  it("L − λW has a 95% interval around 0, tight against L", () => {
    const results = replicate(model, 20);
    const wip = kpiValues(results, "overall/wip.mean");
    const rate = kpiValues(results, "overall/throughput");
    const cycle = kpiValues(results, "overall/cycleTime.mean");
    const gap = tInterval(wip.map((l, i) => l - (rate[i] * cycle[i]) / 60));
    const meanL = wip.reduce((a, b) => a + b, 0) / wip.length;
    expect(gap.halfWidth, "interval tight against L").toBeLessThan(0.05 * meanL);
    expect(Math.abs(gap.mean), `L − λW = ${gap.mean.toFixed(3)} ± ${gap.halfWidth.toFixed(3)} (L ${meanL.toFixed(2)})`).toBeLessThanOrEqual(2 * gap.halfWidth);
  });
});
