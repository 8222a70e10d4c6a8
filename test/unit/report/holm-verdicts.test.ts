/**
 * One verdict everywhere: a headline KPI significant on its own (cost per case +0.41, paired
 * t ≈ 2.27, p ≈ 0.03) that does not hold under Holm over the headline KPIs reads "▲/▼ … (not
 * after Holm)" in the tables and is a hollow point in the "What changes" chart, in its colour;
 * the strong change (cycle time −2, p < 0.001) keeps its plain verdict and a filled point.
 */
import { describe, expect, it } from "vitest";
import { setAsideKeys } from "../../../src/report/headline.js";
import { withHolmVerdicts } from "../../../src/report/holm-verdicts.js";
import { differencesTable } from "../../../src/report/tables.js";
import { buildKpiDifferencesSpec } from "../../../src/report/specs/kpi-differences.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import type { ComparisonResult, KpiDef, RunResult } from "../../../src/stats/result-types.js";
import { def, difference, summary } from "../../fixtures/results/synth.js";

const DEFS: KpiDef[] = [
  def("overall", "", "cycleTime.mean", "Mean cycle time", "min", "lower"),
  def("overall", "", "waitTime.mean", "Mean wait", "min", "lower"),
  def("overall", "", "waitTime.p90", "90th percentile wait", "min", "lower"),
  def("overall", "", "throughput", "Throughput per hour", "perHour", "higher"),
  def("overall", "", "wip.mean", "Mean cases in process", "cases", "lower"),
  def("overall", "", "cost.perCase", "Cost per completed case", "currency", "lower"),
];

function run(model: string, shift: (key: string) => number): RunResult {
  return { model, seed: 1, replications: 30, kpiDefs: DEFS, kpis: DEFS.map((d) => summary(d.key, 10 + shift(d.key), 2)), distributions: [], timeOfDay: [], serviceLevels: [], events: 0, warnings: [] };
}

const shift = (key: string) => (key === "overall/cycleTime.mean" ? -2 : key === "overall/cost.perCase" ? 0.4145 : 0);
const current = run("today", () => 0);
const proposed = run("proposal", shift);
const comparison: ComparisonResult = { current, proposals: [{ name: "proposal", result: proposed, differences: current.kpis.map((c, i) => difference(c, proposed.kpis[i], 1)) }] };

describe("verdicts under the headline's Holm correction", () => {
  it("sets aside the change significant only on its own", () => {
    expect(comparison.proposals[0].differences.find((d) => d.key === "overall/cost.perCase")?.significant).toBe(true);
    expect([...setAsideKeys(comparison)[0]]).toEqual(["overall/cost.perCase"]);
  });

  it("marks it in the table's verdict, in English and Chinese", () => {
    const verdicts = (lang: "en" | "zh") =>
      inLanguage(lang, () => {
        const table = withHolmVerdicts(differencesTable(comparison), setAsideKeys(comparison)[0]);
        const column = table.columns.find((c) => c.header === "verdict");
        return Object.fromEntries(table.rows.map((r) => [r.def.metric, column?.text(r)]));
      });
    expect(verdicts("en")).toMatchObject({ "cycleTime.mean": "▲ better", "cost.perCase": "▼ worse (not after Holm)", "waitTime.mean": "–" });
    expect(verdicts("zh")).toMatchObject({ "cycleTime.mean": "▲ 改善", "cost.perCase": "▼ 变差（Holm 校正后不成立）" });
  });

  it("draws it hollow in its colour, the strong change filled", () => {
    const spec = buildKpiDifferencesSpec({ comparison } as Parameters<typeof buildKpiDifferencesSpec>[0]) as unknown as { data: { values: { kpi: string; verdict: string; marker: string }[] } };
    const row = (kpi: string) => spec.data.values.find((r) => r.kpi === kpi);
    expect(row("Cost per completed case")).toMatchObject({ verdict: "worse", marker: "unclear" });
    expect(row("Mean cycle time")).toMatchObject({ verdict: "better", marker: "better" });
  });
});
