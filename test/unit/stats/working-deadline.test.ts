// When a number of working minutes after a moment is reached, on a weekday calendar.
import { describe, expect, it } from "vitest";
import { workingDeadline } from "../../../src/stats/working-deadline.js";
import { openMinutesBetween, type BusinessHours } from "../../../src/stats/business-clock.js";

const WEEKDAYS_9_TO_5: BusinessHours = { always: false, open: 540, close: 1020, days: [true, true, true, true, true, false, false] };
const day = (n: number, hh: number, mm = 0) => n * 1440 + hh * 60 + mm;

describe("workingDeadline", () => {
  it("a file joining on Friday 16:00 reaches 2 working days on Tuesday 16:00", () => {
    expect(workingDeadline(WEEKDAYS_9_TO_5, day(4, 16), 960)).toBe(day(8, 16));
  });

  it("time before opening starts counting at the opening; a limit ending at closing ends there", () => {
    expect(workingDeadline(WEEKDAYS_9_TO_5, day(0, 7), 30)).toBe(day(0, 9, 30));
    expect(workingDeadline(WEEKDAYS_9_TO_5, day(0, 9), 480)).toBe(day(0, 17));
  });

  it("is the inverse of openMinutesBetween, also across many weeks", () => {
    for (const [from, minutes] of [[day(2, 12, 17), 1], [day(5, 3), 10_000], [day(13, 16, 59), 123_456], [day(1, 17), 480]]) {
      const t = workingDeadline(WEEKDAYS_9_TO_5, from, minutes);
      expect(openMinutesBetween(WEEKDAYS_9_TO_5, from, t)).toBeCloseTo(minutes, 6);
      expect(openMinutesBetween(WEEKDAYS_9_TO_5, from, t - 1e-6)).toBeLessThan(minutes);
    }
  });

  it("is elapsed time on a 24/7 calendar and never on a calendar without open days", () => {
    expect(workingDeadline({ ...WEEKDAYS_9_TO_5, always: true }, 100, 50)).toBe(150);
    expect(workingDeadline({ ...WEEKDAYS_9_TO_5, days: [false, false, false, false, false, false, false] }, 0, 5)).toBe(Infinity);
  });
});
