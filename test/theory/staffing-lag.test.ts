/**
 * No phantom overnight demand: behind a 30-minute intake, counters with more tellers than ever
 * needed are an M_t/M/∞ stage whose mean busy count is the modified offered load exactly. With
 * `endOfDay: serve` and a one-day run nobody reaches the counter before 09:30, so both are 0
 * for 09:00-09:30, and they agree later in the day.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { poolDemand } from "../../src/experiment/staffing/demand.js";
import { perInterval, type IntervalEstimate } from "../../src/experiment/staffing/verify.js";
import { runVariants } from "../../src/experiment/sweep.js";
import type { Model } from "../../src/model/compile/model.js";
import { buildModel, exponential, goTo, pool, profileSource, serviceStep } from "../support/theory/model-builder.js";

const WEEKDAYS = [true, true, true, true, true, false, false];
const OPENING = { always: false, open: 540, close: 1020, days: WEEKDAYS };
const SERVE = { rule: "serve" as const, comeBack: false, path: ["calendar", "endOfDay"] };

describe("demand behind a 30-minute intake with endOfDay: serve, one day (M_t/M/∞)", () => {
  const model: Model = (() => {
    const base = buildModel({
      name: "intake then counter",
      arrivals: [profileSource("walk-in", [{ from: 540, ratePerHour: 10 }, { from: 960, ratePerHour: 120 }], "intake")],
      resources: [pool("tellers", 60)],
      steps: [serviceStep("intake", null, { kind: "deterministic", value: 30 }, goTo("counter")), serviceStep("counter", "tellers", exponential(5))],
      calendar: { ...OPENING, endOfDay: SERVE },
      run: { horizon: 1440, warmup: 0, replications: 200, seed: 23, study: "terminating" },
    });
    return { ...base, run: { ...base.run, slot: 30 } };
  })();
  const starts = Array.from({ length: 16 }, (_, i) => 540 + 30 * i);
  let busy: IntervalEstimate[];
  beforeAll(async () => {
    const [result] = await runVariants([model], { workers: 1 });
    busy = perInterval(result, "pool/tellers/busy.mean", starts);
  }, 600_000);

  it("has no demand where nobody can have arrived yet, as the simulation shows", () => {
    const demand = poolDemand(model, "tellers", 540, 1020, 30);
    expect(demand.intervals[0]).toEqual({ start: 540, arrivalsPerMinute: 0, offeredLoad: 0 });
    expect(busy[0]).toEqual({ mean: 0, lo: 0, hi: 0 });
  });

  it("gives the mean busy count of every later half hour within the run's 95% interval", () => {
    const demand = poolDemand(model, "tellers", 540, 1020, 30);
    // 09:30-10:00 (the first cases), midday (steady 10/h × 5 min) and 16:30-17:00 (the 16:00 rise).
    for (const i of [1, 6, 15]) {
      const { lo, hi } = busy[i];
      expect(demand.intervals[i].offeredLoad).toBeGreaterThanOrEqual(lo as number);
      expect(demand.intervals[i].offeredLoad).toBeLessThanOrEqual(hi as number);
    }
  });
});
