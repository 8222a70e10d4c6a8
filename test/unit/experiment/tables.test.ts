// The terminal tables of `procsim run` and `procsim compare`: precision follows the interval,
// groups follow the scopes, significant changes are marked better or worse by direction.
import { describe, expect, it } from "vitest";
import { decimalsFor, formatDifference, formatMeanHalfWidth, formatRelative } from "../../../src/cli/format-values.js";
import { formatComparisonTables, formatRunTable, groupKpis } from "../../../src/cli/tables.js";
import type { PairedComparison } from "../../../src/experiment/compare.js";
import type { KpiDef, KpiSummary, RunResult } from "../../../src/stats/result-types.js";

const summary = (key: string, mean: number, halfWidth: number): KpiSummary => ({ key, n: 10, mean, sd: halfWidth, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth });
const def = (key: string, scope: KpiDef["scope"], subject: string, metric: string, label: string, unit: KpiDef["unit"], better: KpiDef["better"]): KpiDef => ({ key, scope, subject, metric, label, unit, better });

const DEFS = [
  def("overall/waitTime.mean", "overall", "", "waitTime.mean", "Mean wait (all cases)", "min", "lower"),
  def("overall/waitTime.max", "overall", "", "waitTime.max", "Longest wait (all cases)", "min", "lower"),
  def("pool/tellers/utilisation", "pool", "tellers", "utilisation", "Utilisation of tellers", "share", "neither"),
];

function run(name: string, wait: number, utilisation: number): RunResult {
  return {
    model: name, seed: 7, replications: 10, kpiDefs: DEFS,
    kpis: [summary("overall/waitTime.mean", wait, 0.35), summary("overall/waitTime.max", 30, 4), summary("pool/tellers/utilisation", utilisation, 0.012)],
    distributions: [], timeOfDay: [], serviceLevels: [], events: 1000, warnings: [],
  };
}

describe("value formatting", () => {
  it("shows two significant digits of the half-width", () => {
    expect(decimalsFor(0.35, 4.2137)).toBe(2);
    expect(formatMeanHalfWidth(summary("k", 4.2137, 0.35), "min")).toBe("4.21 ± 0.35 min");
    expect(formatMeanHalfWidth(summary("k", 0.8312, 0.012), "share")).toBe("83.1% ± 1.2%");
    expect(formatMeanHalfWidth(summary("k", 18412.5, 310), "currency")).toBe("18413 ± 310");
    expect(formatDifference(summary("k", -2.14, 0.21), "min")).toBe("-2.14 min [-2.35, -1.93]");
    expect(formatRelative(-0.5904)).toBe("-59.0%");
    expect(formatRelative(null)).toBe("");
  });
});

describe("tables", () => {
  it("groups headline KPIs by scope and subject", () => {
    expect(groupKpis(DEFS, false).map((g) => [g.title, g.defs.length])).toEqual([["Overall", 1], ["Pool tellers", 1]]);
    expect(groupKpis(DEFS, true)[0].defs).toHaveLength(2);
    const text = formatRunTable(run("branch", 4.2137, 0.8312));
    expect(text).toContain("branch — 10 replications, seed 7");
    expect(text).toMatch(/Mean wait \(all cases\)\s+4\.21 ± 0\.35 min\s+\[3\.86, 4\.56\]\s+10/);
    expect(text).not.toContain("Longest wait");
  });

  it("marks a significant reduction of a lower-is-better KPI as better", () => {
    const current = run("today", 4.2, 0.83);
    const proposed = run("lunch tellers", 2.1, 0.7);
    const diff = summary("overall/waitTime.mean", -2.1, 0.2);
    const comparison: PairedComparison = {
      current,
      replications: 10,
      target: null,
      proposals: [{
        name: "lunch tellers",
        result: proposed,
        differences: [{ key: diff.key, current: current.kpis[0], proposed: proposed.kpis[0], diff, relativeChange: -0.5, significant: true, unpairedHalfWidth: 0.5, varianceReduction: 2.5 }],
      }],
    };
    const text = formatComparisonTables(comparison);
    expect(text).toContain("today  →  lunch tellers");
    expect(text).toMatch(/Mean wait \(all cases\).*-2\.10 min \[-2\.30, -1\.90\]\s+-50\.0%\s+\* better\s+2\.5×/);
  });
});
