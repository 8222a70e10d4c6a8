// The headline judges significance over all the KPIs it compares with Holm's step-down
// correction, and says so: a change significant at 5% on its own (p ≈ 0.03) among the headline KPIs
// is not announced as a change; a strong change (p < 0.001) still is.
import { describe, expect, it } from "vitest";
import { buildHeadline } from "../../../src/report/headline.js";
import { headlineKpis } from "../../../src/report/headline-kpis.js";
import type { ComparisonResult, KpiDef, RunResult } from "../../../src/stats/result-types.js";
import { def, difference, summary } from "../../fixtures/results/synth.js";

const DEFS: KpiDef[] = [
  def("overall", "", "cycleTime.mean", "Mean cycle time (all cases)", "min", "lower"),
  def("overall", "", "waitTime.mean", "Mean wait (all cases)", "min", "lower"),
  def("overall", "", "waitTime.p90", "90th percentile wait (all cases)", "min", "lower"),
  def("overall", "", "cycleTime.p90", "90th percentile cycle time (all cases)", "min", "lower"),
  def("overall", "", "throughput", "Throughput per hour (all cases)", "perHour", "higher"),
  def("overall", "", "wip.mean", "Mean cases in process (all cases)", "cases", "lower"),
  def("overall", "", "abandonment.share", "Abandonment rate (all cases)", "share", "lower"),
  def("overall", "", "cost.busy", "Staff cost while busy", "currency", "lower"),
  def("overall", "", "cost.total", "Total cost", "currency", "lower"),
  def("overall", "", "cost.perCase", "Cost per completed case", "currency", "lower"),
];

function run(model: string, shift: (key: string) => number): RunResult {
  return {
    model, seed: 1, replications: 30, kpiDefs: DEFS,
    kpis: DEFS.map((d) => summary(d.key, 10 + shift(d.key), 2)),
    distributions: [], timeOfDay: [], serviceLevels: [], events: 0, warnings: [],
  };
}

/** Cycle time falls by 2 (paired t ≈ 11), cost per case rises by 0.41 (paired t ≈ 2.27, p ≈ 0.03). */
const shift = (key: string) => (key === "overall/cycleTime.mean" ? -2 : key === "overall/cost.perCase" ? 0.4145 : 0);
const current = run("today", () => 0);
const proposed = run("proposal", shift);
const comparison: ComparisonResult = {
  current,
  proposals: [{ name: "proposal", result: proposed, differences: current.kpis.map((c, i) => difference(c, proposed.kpis[i], 1)) }],
};

describe("headline with many KPIs", () => {
  const [headline] = buildHeadline(comparison);
  const sentence = (start: string) => headline.sentences.find((s) => s.text.startsWith(start));

  it("keeps the strong change", () => {
    expect(sentence("Mean cycle time falls")?.verdict).toBe("better");
  });

  it("does not announce a change significant on its own but not under Holm's correction", () => {
    const cost = comparison.proposals[0].differences.find((d) => d.key === "overall/cost.perCase");
    expect(cost?.significant).toBe(true);
    const text = headline.sentences.find((s) => s.key === "overall/cost.perCase");
    expect(text?.verdict).toBe("unclear");
    expect(text?.text).toMatch(/^No change in cost per completed case that holds once all headline KPIs are judged together \(on its own: 95% CI \+/);
  });

  it("says in words how significance was judged", () => {
    const compared = headlineKpis(DEFS).length;
    expect(compared).toBeGreaterThan(5);
    expect(headline.note).toContain(`Holm's step-down correction over the ${compared} KPIs`);
    expect(headline.note).toContain("1 change that is significant on its own does not hold under it.");
  });
});
