/**
 * Date cells of a recording: working-day indexes by arithmetic (not by walking the days
 * between), the accepted years, and the longest span.
 *
 * Riverside's recording of Tuesday 2024-03-05 and Thursday 2024-03-07 under a weekday
 * calendar is recording days 0 and 2; a typo "1024-03-05" or "0024-03-05" is refused with the
 * range of dates a cell may take, instead of being read as 1024 or 1924.
 */
import { describe, expect, it } from "vitest";
import { dayIndexes, FIRST_YEAR, LAST_YEAR, MAX_RECORDED_DAYS } from "../../../src/model/compile/recorded-cells.js";
import type { Calendar } from "../../../src/model/compile/model.js";

const WEEKDAYS: Calendar = { always: false, open: 540, close: 1020, days: [true, true, true, true, true, false, false] } as unknown as Calendar;
const ALWAYS: Calendar = { always: true, open: 0, close: 1440, days: [true, true, true, true, true, true, true] } as unknown as Calendar;
const MON_WED_SAT: Calendar = { always: false, open: 540, close: 1020, days: [true, false, true, false, false, true, false] } as unknown as Calendar;

/** Indexes and the problems reported (row index and expectation). */
function read(cells: string[], calendar: Calendar): { days: number[]; problems: [number, string][] } {
  const problems: [number, string][] = [];
  const days = dayIndexes(cells, calendar, (k, expected) => problems.push([k, expected]));
  return { days, problems };
}

/** The old definition: count the working days from the first date, one by one. */
function walked(from: string, to: string, calendar: Calendar): number {
  const day = (cell: string) => Date.parse(`${cell}T00:00:00Z`) / 86_400_000;
  let count = 0;
  for (let d = day(from); d < day(to); d++) if (calendar.always || calendar.days[(((d + 3) % 7) + 7) % 7]) count++;
  return count;
}

describe("recorded dates: working-day indexes", () => {
  it("numbers working days from the first date (hand-checked)", () => {
    // Tue 5 Mar, Thu 7 Mar, Mon 11 Mar 2024 (the weekend skipped), Mon 4 Mar 2024 is the first.
    expect(read(["2024-03-05", "2024-03-07", "2024-03-11", "2024-03-04"], WEEKDAYS)).toEqual({ days: [1, 3, 5, 0], problems: [] });
    // 2024-01-01 to 2025-01-01 is 366 days: 52 weeks and 2 days (Mon, Tue): 262 weekdays.
    expect(read(["2024-01-01", "2025-01-01"], WEEKDAYS).days).toEqual([0, 262]);
    expect(read(["2024-01-01", "2025-01-01"], ALWAYS).days).toEqual([0, 366]);
  });

  it("agrees with counting day by day, on any calendar and across years", () => {
    const dates = ["1900-01-01", "1969-12-29", "1970-01-01", "1999-12-31", "2024-02-29", "2024-03-02", "2031-07-16", "2080-10-05"];
    for (const calendar of [WEEKDAYS, ALWAYS, MON_WED_SAT]) {
      const working = dates.filter((cell) => read([cell], calendar).problems.length === 0);
      const { days, problems } = read(working, calendar);
      expect(problems).toEqual([]);
      expect(days).toEqual(working.map((cell) => walked(working[0], cell, calendar)));
    }
  });

  it("refuses years outside the accepted range, years below 100 included", () => {
    const { problems } = read(["2024-03-05", "0024-03-05", "1000-01-01", "9999-12-31", `${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`], WEEKDAYS);
    expect(problems.map(([k]) => k)).toEqual([1, 2, 3]);
    expect(problems[0][1]).toContain(`from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`);
  });

  it("refuses a date more than the longest recording after the first", () => {
    // 1900-01-01 + 99,998 days is 2173-10-14: the last day a 24/7 recording from 1900-01-01 may reach.
    const far = read(["1900-01-01", "2173-10-14", "2173-10-15"], ALWAYS);
    expect(far.days.slice(0, 2)).toEqual([0, MAX_RECORDED_DAYS - 1]);
    expect(far.problems).toEqual([[2, "a date at most 99,999 working days after the first date of the file (1900-01-01)"]]);
  });

  it("reads 20,000 rows two centuries apart without walking the days between", () => {
    const cells = ["1900-01-01", ...Array.from({ length: 20_000 }, () => "2100-12-31")];
    const { days, problems } = read(cells, WEEKDAYS);
    expect(problems).toEqual([]);
    expect(days[20_000]).toBe(walked("1900-01-01", "2100-12-31", WEEKDAYS));
  });
});
