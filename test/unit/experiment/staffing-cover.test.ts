// The shift-cover program: the known optimum of a small instance, the tie-break toward
// earlier columns, the same plan on every run, and infeasible rules named by interval.
import { describe, expect, it } from "vitest";
import { coverage, solveCover, type CoverProblem } from "../../../src/experiment/staffing/cover.js";
import { formatRoster, parseRoster, shiftColumns, type ShiftRules } from "../../../src/experiment/staffing/roster.js";

const base: Omit<CoverProblem, "required" | "columns"> = { intervalStarts: [540, 600, 660], intervalWidth: 60, maxStaff: 10 };
const A = { start: 540, length: 120, cost: 2 };
const B = { start: 600, length: 120, cost: 2 };
const C = { start: 540, length: 180, cost: 3 };

describe("solveCover", () => {
  it("finds the known cheapest roster", async () => {
    const problem = { ...base, required: [2, 3, 1], columns: [A, C, B] };
    const result = await solveCover(problem);
    expect(result).toEqual({ ok: true, counts: [2, 0, 1], cost: 6 });
    if (result.ok) expect(coverage(problem, result.counts)).toEqual([2, 3, 1]);
  });

  it("breaks ties toward the earliest column, the same on every run", async () => {
    const problem = { ...base, required: [1, 1, 0], columns: [A, { ...C, cost: 2 }] };
    const runs = await Promise.all([1, 2, 3].map(() => solveCover(problem)));
    for (const run of runs) expect(run).toEqual({ ok: true, counts: [1, 0], cost: 2 });
    const reversed = await solveCover({ ...problem, columns: [{ ...C, cost: 2 }, A] });
    expect(reversed).toEqual({ ok: true, counts: [1, 0], cost: 2 });
  });

  it("names the intervals no roster can serve instead of calling the solver", async () => {
    const tooMany = await solveCover({ ...base, required: [2, 12, 1], columns: [A, B, C] });
    expect(tooMany).toEqual({ ok: false, message: "no roster meets the requirement: 10:00-11:00 needs 12 but at most 10 may be on duty" });
    const uncovered = await solveCover({ ...base, required: [0, 0, 1], columns: [A] });
    expect(uncovered).toMatchObject({ ok: false, message: expect.stringMatching(/11:00-12:00 needs 1 but no allowed shift covers it/) });
  });
});

describe("breaks and part-time caps", () => {
  // 09:00-17:00, two on duty every hour. Full-time: 8 h with a 1-h break starting 11:00-14:00;
  // part-time: 4 h, no break. By hand: without a cap, four part-timers (16 paid hours); with
  // part-timers at most 34% of the people, two full-timers whose breaks fall in one half-day
  // plus one part-timer there (20 h); at most 30%, three full-timers with staggered breaks (24 h).
  const rules: ShiftRules = {
    lengths: [240, 480], startEvery: 60, costPerHour: 1, minStaff: 0, maxStaff: 10,
    breaks: { length: 60, minShift: 360, every: 60, earliest: 120, latestEnd: 120 },
  };
  const starts = Array.from({ length: 8 }, (_, i) => 540 + 60 * i);
  const planFor = async (maxShare: number | null) => {
    const withCap = maxShare === null ? rules : { ...rules, partTime: { maxLength: 240, maxShare } };
    const columns = shiftColumns(withCap, 540, 1020);
    const problem = { intervalStarts: starts, intervalWidth: 60, maxStaff: 10, required: starts.map(() => 2), columns, ...(maxShare === null ? {} : { partTimeShare: maxShare }) };
    const result = await solveCover(problem);
    if (!result.ok) throw new Error(result.message);
    return { cost: result.cost, onDuty: coverage(problem, result.counts), lines: columns.flatMap((c, j) => (result.counts[j] > 0 ? [{ ...c, count: result.counts[j] }] : [])) };
  };

  it("offers each allowed break placement of a long shift as its own shift type", () => {
    const fullDay = shiftColumns(rules, 540, 1020).filter((c) => c.length === 480);
    expect(fullDay.map((c) => c.breakStart)).toEqual([660, 720, 780, 840]);
    expect(shiftColumns(rules, 540, 1020).filter((c) => c.length === 240).every((c) => c.breakStart === undefined)).toBe(true);
  });

  it("finds the hand-computed optimum with no cap, a 34% cap and a 30% cap", async () => {
    const free = await planFor(null);
    expect(free.cost).toBe(16);
    const loose = await planFor(0.34);
    expect(loose.cost).toBe(20);
    const tight = await planFor(0.3);
    expect(tight.cost).toBe(24);
    expect(tight.lines.every((line) => line.length === 480)).toBe(true);
    for (const plan of [free, loose, tight]) expect(Math.min(...plan.onDuty)).toBeGreaterThanOrEqual(2);
  });

  it("writes and reads a roster with breaks", () => {
    const roster = [{ start: 540, length: 480, count: 3, breakStart: 720, breakLength: 30 }, { start: 660, length: 240, count: 1 }];
    expect(formatRoster(roster)).toBe("3@09:00-17:00/12:00-12:30,1@11:00-15:00");
    expect(parseRoster("3@09:00-17:00/12:00-12:30,1@11:00-15:00")).toEqual(roster);
    expect(parseRoster("3@09:00-17:00/18:00-18:30")).toMatch(/the break must lie inside the shift/);
  });
});
