/**
 * Cycle time and service levels on the working clock, on a scripted back office open
 * 09:00-17:00 on weekdays: a file in on Friday at 16:00 and out on Monday at 10:00 took
 * 66 hours elapsed and 2 working hours.
 */
import { describe, expect, it } from "vitest";
import { ALWAYS_OPEN, closingOf, isOpenAt, openDaysBetween, openMinutesBetween, openingOf } from "../../../src/stats/business-clock.js";
import { createCollector } from "../../../src/stats/collectors.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";

const DAY = 1440;
const HOURS = { always: false, open: 540, close: 1020, days: [true, true, true, true, true, false, false] };
const FRIDAY_16 = 4 * DAY + 960;
const MONDAY_10 = 7 * DAY + 600;

const LAYOUT: CollectorLayout = {
  warmup: 0,
  classes: ["file"],
  steps: ["review"],
  pools: [],
  serviceLevels: [
    { name: "done within 4 working hours", cls: -1, step: -1, maxWait: 240, target: 0.9, measure: "cycleTime", clock: "working" },
    { name: "done within 1 day", cls: -1, step: -1, maxWait: DAY, target: 0.9, measure: "cycleTime" },
    { name: "reviewed within 2 working hours", cls: -1, step: 0, maxWait: 120, target: 0.9, clock: "working" },
    { name: "waited within 2 working hours in total", cls: -1, step: -1, maxWait: 120, target: 0.9, clock: "working" },
  ],
  timeOfDayBinMinutes: 60,
  fixedCostPerDay: 0,
  calendar: HOURS,
};

describe("the business clock", () => {
  it("counts 2 working hours from Friday 16:00 to Monday 10:00", () => {
    expect(openMinutesBetween(HOURS, FRIDAY_16, MONDAY_10)).toBe(120);
    expect(openMinutesBetween(HOURS, 0, 14 * DAY)).toBe(10 * 480);
    expect(openDaysBetween(HOURS, 7 * DAY, 14 * DAY)).toBe(5);
    expect(openMinutesBetween({ ...HOURS, always: true }, FRIDAY_16, MONDAY_10)).toBe(MONDAY_10 - FRIDAY_16);
  });
});

describe("opening and closing of a day", () => {
  it("opens Friday 09:00-17:00, not Saturday; a 24/7 day has no edges", () => {
    expect([openingOf(HOURS, 4), closingOf(HOURS, 4)]).toEqual([4 * DAY + 540, 4 * DAY + 1020]);
    expect([openingOf(HOURS, 5), closingOf(HOURS, 5)]).toEqual([Infinity, -Infinity]);
    expect([openingOf(ALWAYS_OPEN, 5), closingOf(ALWAYS_OPEN, 5)]).toEqual([-Infinity, Infinity]);
  });

  it("is open from the opening minute up to, not at, the closing one", () => {
    expect([539, 540, 1019.5, 1020].map((t) => isOpenAt(HOURS, 4 * DAY + t))).toEqual([false, true, true, false]);
    expect(isOpenAt(HOURS, 5 * DAY + 600)).toBe(false);
    expect(isOpenAt(ALWAYS_OPEN, 5 * DAY + 1439)).toBe(true);
  });
});

describe("a file in on Friday 16:00, reviewed on Monday 09:30, out at 10:00", () => {
  const c = createCollector(LAYOUT);
  c.onArrival(FRIDAY_16, 0, 0);
  c.onEnqueue(FRIDAY_16, 0, 0, 0);
  c.onStart(7 * DAY + 570, 0, 0, 0, 7 * DAY + 570 - FRIDAY_16);
  c.onFinish(MONDAY_10, 0, 0, 0, 30);
  c.onComplete(MONDAY_10, 0, 0, MONDAY_10 - FRIDAY_16, 7 * DAY + 570 - FRIDAY_16);
  c.onEnd(MONDAY_10);
  const k = c.result(0, 5, MONDAY_10).kpis;

  it("reports its cycle time elapsed (3960 min) and in working time (120 min)", () => {
    expect(k["overall/cycleTime.mean"]).toBe(3960);
    expect(k["overall/cycleTime.working.mean"]).toBe(120);
    expect(k["overall/cycleTime.working.p50"]).toBe(120);
  });

  it("meets the working-time turnaround target and misses the elapsed one", () => {
    expect(k["serviceLevel/done within 4 working hours/achieved"]).toBe(1);
    expect(k["serviceLevel/done within 1 day/achieved"]).toBe(0);
  });

  it("reads waits on the working clock: 90 working minutes waited (16:00-17:00, 09:00-09:30), not 3930", () => {
    expect(k["serviceLevel/reviewed within 2 working hours/achieved"]).toBe(1);
    expect(k["serviceLevel/waited within 2 working hours in total/achieved"]).toBe(1);
  });
});
