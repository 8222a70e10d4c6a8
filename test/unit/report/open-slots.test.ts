/**
 * The day's slots are the open hours, in every view: a branch open 09:00–17:00 serves its last
 * customer in overtime until 17:40 (endOfDay: serve), yet the through-the-day chart, the
 * service level per slot chart and its table all end at 17:00, and the overtime stays in the
 * day's totals. Scripted replications through the real collectors and summary.
 */
import { describe, expect, it } from "vitest";
import { buildRunCharts } from "../../../src/api/charts.js";
import { serviceLevelSlotTable } from "../../../src/report/service-level-table.js";
import { createCollector } from "../../../src/stats/collectors.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";
import type { RepResult } from "../../../src/stats/result-types.js";
import { summariseRuns } from "../../../src/stats/summarise.js";

const DAY = 1440;
const OPENS = 9 * 60;
const CLOSES = 17 * 60;
const LEVEL = "counter within 5 min";

const LAYOUT: CollectorLayout = {
  warmup: 0,
  classes: ["walk-in"],
  steps: ["counter"],
  pools: [{ name: "tellers", costPerHour: 0 }],
  serviceLevels: [{ name: LEVEL, cls: -1, step: 0, maxWait: 5, target: 0.8 }],
  timeOfDayBinMinutes: 60,
  fixedCostPerDay: 0,
  calendar: { always: false, open: OPENS, close: CLOSES, days: [true, true, true, true, true, false, false] },
  study: "terminating",
  horizon: DAY,
};

/** Customers at 09:10 and at `last`, each served at once for 20 min by the one teller; the teller stays until the last leaves. */
function day(replication: number, last: number): RepResult {
  const c = createCollector(LAYOUT);
  c.onPoolLevel(OPENS, 0, 0, 1);
  c.onPoolLevel(CLOSES, 0, 0, 0);
  for (const [k, t] of [OPENS + 10, last].entries()) {
    c.onArrival(t, k, 0);
    c.onStart(t, k, 0, 0, 0);
    c.onFinish(t + 20, k, 0, 0, 20);
    c.onComplete(t + 20, k, 0, 20, 0);
  }
  c.onEnd(last + 20);
  return c.result(replication, 10, last + 20);
}

const SOURCE = { name: "branch", run: { seed: 1 }, serviceLevels: [{ name: LEVEL, maxWait: 5, target: 0.8, step: "counter" }] };
// Replication 0's last customer comes at 17:20, in overtime; replication 1's at 16:30.
const run = summariseRuns(SOURCE, [day(0, CLOSES + 20), day(1, CLOSES - 30)], LAYOUT);

describe("a branch day with a customer served after closing", () => {
  it("keeps the overtime customer in the day's totals", () => {
    expect(run.kpis.find((k) => k.key === "overall/completions")?.mean).toBe(2);
  });

  it("draws the through-the-day chart over the open hours only", () => {
    const spec = buildRunCharts(run)["time-of-day"] as unknown as { data: { values: { hour: number }[] } };
    const hours = spec.data.values.map((r) => r.hour);
    expect(Math.min(...hours)).toBe(OPENS / 60);
    expect(Math.max(...hours)).toBe(CLOSES / 60);
    expect(JSON.stringify(spec)).toContain(`"domain":[${OPENS / 60},${CLOSES / 60}]`);
  });

  it("gives the service level per slot, chart and table alike, no slot after closing", () => {
    const spec = buildRunCharts(run)["service-level-by-slot"] as unknown as { data: { values: { slot: string }[] } };
    const slots = spec.data.values.map((r) => r.slot);
    expect(slots).toEqual(["09:00", "16:00"]);
    const rows = serviceLevelSlotTable([{ name: "branch", result: run }]).rows;
    expect(rows.map((r) => [r.from, r.to])).toEqual([[OPENS, OPENS + 60], [CLOSES - 60, CLOSES]]);
  });
});
