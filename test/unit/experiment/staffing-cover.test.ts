// The shift-cover program: the known optimum of a small instance, the tie-break toward
// earlier columns, the same plan on every run, and infeasible rules named by interval.
import { describe, expect, it } from "vitest";
import { coverage, solveCover, type CoverProblem } from "../../../src/experiment/staffing/cover.js";

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
