// Weekly schedules on small hand-checked weeks: office hours, a lunch peak, night shifts that
// wrap past midnight and past Sunday, a 24/7 pool, and arrival rates masked by opening hours.
import { describe, expect, it } from "vitest";
import type { ArrivalSource, Calendar, ResourcePool, Shift } from "../../../src/model/compile/model.js";
import type { ArrivalProfile, OpenHours } from "../../../src/process/arrivals.js";
import type { CapacityTimeline } from "../../../src/process/capacity.js";
import {
  arrivalProfile, arrivalRateSchedule, capacitySchedule, MINUTES_PER_WEEK, openHoursSchedule, WeeklySchedule,
} from "../../../src/process/schedule.js";

const DAY = 1440;
const WEEKDAYS = [true, true, true, true, true, false, false];
const ALL_DAYS = [true, true, true, true, true, true, true];
const officeHours: Calendar = { always: false, open: 9 * 60, close: 17 * 60, days: WEEKDAYS };
const always: Calendar = { always: true, open: 0, close: DAY, days: ALL_DAYS };

const pool = (overrides: Partial<ResourcePool>): ResourcePool => ({
  name: "tellers", capacity: 4, costPerHour: 30, shifts: null, calendar: null, path: ["resources", 0], ...overrides,
});
const shift = (days: boolean[], from: number, to: number, capacity: number): Shift => ({ days, from, to, capacity, path: [] });
const source = (overrides: Partial<ArrivalSource>): ArrivalSource => ({
  name: "walk-in", class: "walk-in", interarrival: null, ratePerHour: null, profile: null, priority: 0,
  patience: null, attributes: {}, firstStep: "counter", path: ["arrivals", 0], ...overrides,
});

describe("capacitySchedule without shifts", () => {
  const schedule = capacitySchedule(pool({}), officeHours);

  it("rosters the capacity Mon-Fri 09:00-17:00 and nothing otherwise", () => {
    expect(Array.from(schedule.starts.slice(0, 4))).toEqual([0, 540, 1020, DAY + 540]);
    expect(schedule.valueAt(0)).toBe(0);
    expect(schedule.valueAt(540)).toBe(4);
    expect(schedule.valueAt(1019.5)).toBe(4);
    expect(schedule.valueAt(1020)).toBe(0);
    expect(schedule.valueAt(5 * DAY + 600)).toBe(0); // Saturday 10:00
    expect(schedule.valueAt(MINUTES_PER_WEEK + 600)).toBe(4); // next Monday 10:00
  });

  it("reports the first change strictly after t, across nights and weekends", () => {
    expect(schedule.nextChange(0)).toBe(540);
    expect(schedule.nextChange(540)).toBe(1020);
    expect(schedule.nextChange(1020)).toBe(DAY + 540);
    expect(schedule.nextChange(4 * DAY + 1020)).toBe(MINUTES_PER_WEEK + 540); // Friday 17:00 → Monday 09:00
    expect(schedule.nextChange(3 * MINUTES_PER_WEEK + 100)).toBe(3 * MINUTES_PER_WEEK + 540);
  });

  it("uses the pool's own calendar before the model's", () => {
    const bots = capacitySchedule(pool({ capacity: 2, calendar: always }), officeHours);
    expect(bots.isConstant).toBe(true);
    expect(bots.valueAt(5 * DAY)).toBe(2);
    expect(bots.nextChange(123)).toBe(Infinity);
  });

  it("gives a 24/7 pool a constant", () => {
    const schedule247 = capacitySchedule(pool({ capacity: 3 }), always);
    expect(schedule247.valueAt(0)).toBe(3);
    expect(schedule247.valueAt(12345.6)).toBe(3);
    expect(schedule247.nextChange(0)).toBe(Infinity);
  });
});

describe("capacitySchedule with shifts", () => {
  it("adds a lunch-peak shift on top of the day shift", () => {
    const schedule = capacitySchedule(
      pool({ shifts: [shift(WEEKDAYS, 540, 1020, 3), shift(WEEKDAYS, 690, 840, 2)] }),
      officeHours,
    );
    expect(Array.from(schedule.starts.slice(0, 5))).toEqual([0, 540, 690, 840, 1020]);
    expect(Array.from(schedule.values.slice(0, 5))).toEqual([0, 3, 5, 3, 0]);
    expect(schedule.valueAt(2 * DAY + 700)).toBe(5); // Wednesday 11:40
    expect(schedule.nextChange(2 * DAY + 700)).toBe(2 * DAY + 840);
  });

  it("wraps a Sunday night shift 22:00-06:00 into Monday morning", () => {
    const sunday = [false, false, false, false, false, false, true];
    const schedule = capacitySchedule(pool({ shifts: [shift(sunday, 1320, 1800, 1)] }), officeHours);
    expect(schedule.valueAt(6 * DAY + 1320)).toBe(1);
    expect(schedule.valueAt(0)).toBe(1);
    expect(schedule.valueAt(359)).toBe(1);
    expect(schedule.valueAt(360)).toBe(0);
    expect(schedule.nextChange(6 * DAY + 1400)).toBe(MINUTES_PER_WEEK + 360);
    expect(schedule.nextChange(100)).toBe(360);
  });

  it("does not report the week boundary as a change when Sunday and Monday agree", () => {
    const weekendAndMonday = [true, false, false, false, false, true, true];
    const schedule = capacitySchedule(pool({ shifts: [shift(weekendAndMonday, 0, DAY, 2)] }), officeHours);
    expect(schedule.valueAt(5 * DAY + 1)).toBe(2);
    expect(schedule.nextChange(5 * DAY + 1)).toBe(MINUTES_PER_WEEK + DAY);
  });

  it("is constant when the shifts cover the whole week evenly", () => {
    const schedule = capacitySchedule(pool({ shifts: [shift(ALL_DAYS, 0, 720, 2), shift(ALL_DAYS, 720, DAY, 2)] }), officeHours);
    expect(schedule.isConstant).toBe(true);
    expect(schedule.nextChange(77)).toBe(Infinity);
  });
});

describe("openHoursSchedule", () => {
  it("knows when the branch is open and when it next opens", () => {
    const hours = openHoursSchedule(officeHours);
    expect(hours.isOpen(600)).toBe(true);
    expect(hours.isOpen(1020)).toBe(false);
    expect(hours.nextOpening(600)).toBe(600);
    expect(hours.nextOpening(1100)).toBe(DAY + 540);
    expect(hours.nextOpening(5 * DAY + 720)).toBe(MINUTES_PER_WEEK + 540); // Saturday noon → Monday 09:00
  });

  it("handles overnight closures (open 06:00-22:00 every day)", () => {
    const hours = openHoursSchedule({ always: false, open: 360, close: 1320, days: ALL_DAYS });
    expect(hours.isOpen(1319)).toBe(true);
    expect(hours.isOpen(1320)).toBe(false);
    expect(hours.nextOpening(1320)).toBe(DAY + 360);
    expect(hours.nextChange(6 * DAY + 1320)).toBe(MINUTES_PER_WEEK + 360);
  });

  it("never opens for a calendar without working days", () => {
    const hours = openHoursSchedule({ always: false, open: 540, close: 1020, days: [false, false, false, false, false, false, false] });
    expect(hours.nextOpening(0)).toBe(Infinity);
  });
});

describe("arrivalRateSchedule", () => {
  it("applies the time-of-day profile within open hours only, per minute", () => {
    const profile = [{ from: 0, ratePerHour: 600 }, { from: 540, ratePerHour: 60 }, { from: 720, ratePerHour: 120 }, { from: 840, ratePerHour: 30 }];
    const rate = arrivalRateSchedule(source({ profile }), officeHours);
    expect(Array.from(rate.starts.slice(0, 5))).toEqual([0, 540, 720, 840, 1020]);
    expect(Array.from(rate.values.slice(0, 5))).toEqual([0, 1, 2, 0.5, 0]);
    expect(rate.valueAt(5 * DAY + 600)).toBe(0);
  });

  it("applies a constant rate whenever open, and constantly for a 24/7 calendar", () => {
    expect(arrivalRateSchedule(source({ ratePerHour: 30 }), officeHours).valueAt(600)).toBe(0.5);
    expect(arrivalRateSchedule(source({ ratePerHour: 30 }), officeHours).valueAt(1100)).toBe(0);
    const constant = arrivalRateSchedule(source({ ratePerHour: 30 }), always);
    expect(constant.isConstant).toBe(true);
    expect(constant.valueAt(9999)).toBe(0.5);
  });

  it("builds the matching arrival process and rejects renewal sources", () => {
    const process = arrivalProfile(source({ ratePerHour: 60 }), officeHours);
    expect(process.weekTotal).toBe(5 * 8 * 60);
    expect(() => arrivalRateSchedule(source({ interarrival: { kind: "exponential", mean: 2 } }), officeHours)).toThrow(/renewal/);
  });
});

describe("the engine's timeline interfaces", () => {
  it("are implemented by the schedules and the arrival profile", () => {
    const capacity: CapacityTimeline = capacitySchedule(pool({}), officeHours);
    const hours: OpenHours = openHoursSchedule(officeHours);
    const profile: ArrivalProfile = arrivalProfile(source({ ratePerHour: 60 }), officeHours);
    expect([capacity.valueAt(600), capacity.nextChange(600), hours.isOpen(600), hours.nextOpening(0)]).toEqual([4, 1020, true, 540]);
    expect(profile.nextArrival(0, 30)).toBe(570);
  });
});

describe("WeeklySchedule", () => {
  it("drops breakpoints that change nothing and starts at 0 with value 0 when no start is given there", () => {
    const schedule = new WeeklySchedule({ starts: [60, 120, 180], values: [2, 2, 0] });
    expect(Array.from(schedule.starts)).toEqual([0, 60, 180]);
    expect(schedule.nextChange(70)).toBe(180);
    expect(schedule.valueAt(30)).toBe(0);
    expect(new WeeklySchedule({ starts: [60], values: [0] }).isConstant).toBe(true);
  });

  it("rejects malformed steps", () => {
    expect(() => new WeeklySchedule({ starts: [0, 0], values: [1, 2] })).toThrow(/increase/);
    expect(() => new WeeklySchedule({ starts: [0, MINUTES_PER_WEEK], values: [1, 2] })).toThrow(/within the week/);
    expect(() => new WeeklySchedule({ starts: [0], values: [] })).toThrow(/as many values/);
  });
});
