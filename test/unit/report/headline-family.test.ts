// The headline's Holm family leaves out KPIs that are the same in every replication pair
// (abandonment 0% in both models): they cannot be a finding, and counting them only raises
// every other KPI's threshold. The note says how many were judged and how many were left out.
import { describe, expect, it } from "vitest";
import { buildHeadline, headlineFindings } from "../../../src/report/headline.js";
import { headlineKpis } from "../../../src/report/headline-kpis.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import type { ComparisonResult, KpiDef, KpiDifference, RunResult } from "../../../src/stats/result-types.js";
import { def, difference, summary } from "../../fixtures/results/synth.js";

const DEFS: KpiDef[] = [
  def("overall", "", "cycleTime.mean", "Mean cycle time (all cases)", "min", "lower"),
  def("overall", "", "waitTime.mean", "Mean wait (all cases)", "min", "lower"),
  def("overall", "", "waitTime.p90", "90th percentile wait (all cases)", "min", "lower"),
  def("overall", "", "cycleTime.p90", "90th percentile cycle time (all cases)", "min", "lower"),
  def("overall", "", "throughput", "Throughput per hour (all cases)", "perHour", "higher"),
  def("overall", "", "wip.mean", "Mean cases in process (all cases)", "cases", "lower"),
  def("overall", "", "abandonment.share", "Abandonment rate (all cases)", "share", "lower"),
  def("overall", "", "cost.total", "Total cost", "currency", "lower"),
];
const ABANDONMENT = "overall/abandonment.share";
const P90_WAIT = "overall/waitTime.p90";

function run(model: string, shift: (key: string) => number): RunResult {
  return {
    model, seed: 1, replications: 30, kpiDefs: DEFS,
    kpis: DEFS.map((d) => summary(d.key, (d.key === ABANDONMENT ? 0 : 10) + shift(d.key), d.key === ABANDONMENT ? 0 : 2)),
    distributions: [], timeOfDay: [], serviceLevels: [], events: 0, warnings: [],
  };
}

/** m headline KPIs, abandonment 0 → 0 among them; the 90th percentile wait's p lies between 0.05/m and 0.05/(m − 1). */
function comparisonWith(m: number): ComparisonResult {
  const current = run("today", () => 0);
  const proposed = run("proposal", (key) => (key === P90_WAIT ? -5 : 0));
  const differences = current.kpis.map((c, i): KpiDifference => {
    const same = c.key === ABANDONMENT;
    const d = difference(c, proposed.kpis[i], same ? 0 : 1);
    // The p-values a comparison would carry: the p90 wait's on the edge, the others far from 0.05.
    return { ...d, pValue: same ? 1 : c.key === P90_WAIT ? 0.05 / (m - 0.5) : 0.5 };
  });
  return { current, proposals: [{ name: "proposal", result: proposed, differences }] };
}

describe("Holm family of the headline", () => {
  const m = headlineKpis(DEFS).length;
  const comparison = comparisonWith(m);

  it("leaves out the KPI the same in every replication pair, so the edge change holds", () => {
    expect(headlineKpis(DEFS).map((d) => d.key)).toContain(ABANDONMENT);
    // By hand: p = 0.05/(m − ½) fails Holm's first threshold 0.05/m, and passes 0.05/(m − 1).
    expect(0.05 / (m - 0.5)).toBeGreaterThan(0.05 / m);
    expect(0.05 / (m - 0.5)).toBeLessThanOrEqual(0.05 / (m - 1));
    const [judged] = headlineFindings(comparison, 4);
    expect(judged.family).toBe(m - 1);
    expect(judged.setAside).toEqual([]);
    expect(judged.findings[0].key).toBe(P90_WAIT);
    expect(judged.findings[0].verdict).toBe("better");
  });

  it("says how many KPIs were judged and how many were left out, in English and Chinese", () => {
    const [headline] = buildHeadline(comparison);
    expect(headline.note).toContain(`Holm's step-down correction over the ${m - 1} KPIs`);
    expect(headline.note).toContain("1 KPI that is the same in every replication pair cannot have changed and is left out of it.");
    const [zh] = inLanguage("zh", () => buildHeadline(comparison));
    expect(zh.note).toContain(`${m - 1} 个 KPI`);
    expect(zh.note).toContain("另有 1 个 KPI 在每对重复中完全相同");
  });

  it("keeps a KPI whose differences average 0 but vary", () => {
    const varying = comparisonWith(m);
    const differences = varying.proposals[0].differences.map((d) => (d.key === ABANDONMENT ? { ...d, diff: { ...d.diff, sd: 0.01 } } : d));
    const [judged] = headlineFindings({ ...varying, proposals: [{ ...varying.proposals[0], differences }] }, 4);
    expect(judged.family).toBe(m);
    expect(judged.setAside.map((c) => c.label)).toEqual(["90th percentile wait"]);
  });
});
