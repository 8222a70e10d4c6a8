/**
 * The sweep table `procsim sweep` prints: a time that reaches ten hours at any point shows in
 * hours down its whole column (a loan process swept over approver counts), shorter ones in
 * minutes, each estimate with its interval.
 */
import { describe, expect, it } from "vitest";
import { formatSweepTable } from "../../../src/cli/sweep-output.js";
import type { SweepResult } from "../../../src/experiment/sweep.js";

const estimate = (key: string, mean: number, half: number) => ({ key, n: 10, mean, sd: half, halfWidth: half, lo: mean - half, hi: mean + half });

const point = (index: number, approvers: number, cycle: number, wait: number) => ({
  index,
  settings: [{ path: "pools.approvers.capacity", value: approvers }],
  kpis: [estimate("overall/cycleTime.mean", cycle, cycle / 20), estimate("overall/waitTime.mean", wait, wait / 10)],
});

const RESULT = {
  model: "Loan approval", seed: 11, replications: 10, mode: "oneAtATime",
  parameters: [{ path: "pools.approvers.capacity", values: [4, 5, 6] }],
  kpiDefs: [
    { key: "overall/cycleTime.mean", label: "Mean cycle time", unit: "min", better: "lower", scope: "overall", subject: "" },
    { key: "overall/waitTime.mean", label: "Mean wait of served cases", unit: "min", better: "lower", scope: "overall", subject: "" },
  ],
  points: [point(0, 4, 2078, 367), point(1, 5, 540, 218), point(2, 6, 420, 95)],
  frontier: null,
} as unknown as SweepResult;

describe("sweep table", () => {
  it("shows a column whose time reaches ten hours in hours at every point, the others in minutes", () => {
    const text = formatSweepTable(RESULT, ["overall/cycleTime.mean", "overall/waitTime.mean"], 200);
    expect(text).toMatch(/34\.6 ± 1\.7 h/);
    expect(text).toMatch(/9\.0 ± 0\.45 h|9\.00 ± 0\.45 h/);
    expect(text).toMatch(/367 ± 37 min/);
    expect(text).not.toMatch(/2,078/);
  });
});
