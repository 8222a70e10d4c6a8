// The terminal tables of `procsim run` and `procsim compare`: headline KPIs by default, every
// KPI by scope with --all, precision from the interval, better/worse by direction, and never
// wider than the terminal.
import { describe, expect, it } from "vitest";
import { formatComparisonTables, formatHeadline, formatRunTable, groupKpis, kpiGroups } from "../../../src/cli/tables.js";
import { terminalWidth } from "../../../src/cli/terminal.js";
import type { PairedComparison } from "../../../src/experiment/compare.js";
import { displayWidth } from "../../../src/report/table-text.js";
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

function comparison(name = "lunch tellers"): PairedComparison {
  const current = run("today", 4.2, 0.83);
  const proposed = run(name, 2.1, 0.7);
  const diff = summary("overall/waitTime.mean", -2.1, 0.2);
  return {
    current,
    replications: 10,
    target: null,
    proposals: [{
      name,
      result: proposed,
      differences: [{ key: diff.key, current: current.kpis[0], proposed: proposed.kpis[0], diff, relativeChange: -0.5, significant: true, unpairedHalfWidth: 0.5, varianceReduction: 2.5 }],
    }],
  };
}

const widest = (text: string) => Math.max(...text.split("\n").map(displayWidth));

describe("tables", () => {
  it("shows the headline KPIs by default and every KPI by scope and subject with --all", () => {
    expect(kpiGroups(DEFS, false).map((g) => [g.title, g.defs.length])).toEqual([["Headline KPIs", 1]]);
    expect(groupKpis(DEFS).map((g) => [g.title, g.defs.length])).toEqual([["Overall", 2], ["Pool tellers", 1]]);
    const text = formatRunTable(run("branch", 4.2137, 0.8312), false, 100);
    expect(text).toContain("branch — 10 replications, seed 7");
    expect(text).toMatch(/Mean wait\s+min\s+4\.21\s+\[3\.86, 4\.56\]\s+10/);
    expect(text).not.toContain("Longest wait");
    expect(formatRunTable(run("branch", 4.2137, 0.8312), true, 100)).toContain("Longest wait");
  });

  it("marks a significant reduction of a lower-is-better KPI as better", () => {
    const text = formatComparisonTables(comparison(), false, 120);
    expect(text).toContain("today  →  lunch tellers");
    expect(text).toMatch(/Mean wait\s+min\s+4\.20\s+2\.10\s+−2\.10 min\s+\[−2\.30, −1\.90\]\s+−50\.0%\s+▲ better\s+2\.5×/);
  });

  it.each([120, 80, 60, 40])("fits a comparison with a Chinese proposal name into %s columns", (width) => {
    const text = formatComparisonTables(comparison("午间增派柜员方案"), true, width);
    expect(widest(text)).toBeLessThanOrEqual(width);
    expect(text).toContain("▲ better");
  });

  it("wraps the headline sentences to the width", () => {
    const sentence = { key: "k", verdict: "better" as const, text: "Service level achieved: compliance picked up within 1h rises from 89.4% to 91.3% (+2.0 points, 95% CI 0.4 to 3.6 points)." };
    const text = formatHeadline([{ proposal: "RPA", sentences: [sentence], note: "" }], 60);
    expect(widest(text)).toBeLessThanOrEqual(60);
    expect(text).toContain("  + Service level");
  });

  it("fits to the terminal's columns, else $COLUMNS, else 100", () => {
    expect(terminalWidth({ isTTY: true, columns: 132 })).toBe(132);
    const saved = process.env.COLUMNS;
    try {
      delete process.env.COLUMNS;
      expect(terminalWidth({ isTTY: false })).toBe(100);
      process.env.COLUMNS = "120";
      expect(terminalWidth({ isTTY: false })).toBe(120);
    } finally {
      if (saved === undefined) delete process.env.COLUMNS;
      else process.env.COLUMNS = saved;
    }
  });
});
