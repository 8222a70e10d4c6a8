/**
 * The tornado table `procsim sweep --tornado` prints: each change reads with its sign, and so
 * do both ends of its 95% interval ("+0.30 [+0.16, +0.44]"), as every other difference does.
 */
import { describe, expect, it } from "vitest";
import { formatTornadoTable } from "../../../src/cli/sweep-output.js";
import type { TornadoResult } from "../../../src/experiment/tornado.js";

const change = (mean: number, half: number) => ({ key: "overall/waitTime.mean", n: 5, mean, sd: half, halfWidth: half, lo: mean - half, hi: mean + half });

const RESULT = {
  model: "Branch counter", seed: 7, replications: 5, change: 0.1,
  kpiDefs: [{ key: "overall/waitTime.mean", label: "Mean wait of served cases", unit: "min", better: "lower" }],
  inputs: [
    { path: "arrivals.walk-in.scale", base: 1, low: 0.9, high: 1.1, effects: [{ key: "overall/waitTime.mean", base: 1.2, low: change(-0.26, 0.075), high: change(0.3, 0.14) }] },
  ],
} as unknown as TornadoResult;

describe("tornado table", () => {
  it("signs the change and both ends of its interval", () => {
    const text = formatTornadoTable(RESULT, "overall/waitTime.mean", 200);
    expect(text).toContain("+0.30 [+0.16, +0.44]");
    expect(text).toMatch(/−0\.26\d? \[−0\.33\d?, −0\.18\d?\]/);
  });
});
