/**
 * Rows that say nothing are left out of displayed tables with a note: a KPI zero in every
 * replication of every model, and service-level conventions equal to the achieved share.
 */
import { describe, expect, it } from "vitest";
import { quietKpis } from "../../../src/report/quiet-kpis.js";
import type { KpiDef, KpiSummary, RunResult } from "../../../src/stats/result-types.js";

const def = (scope: KpiDef["scope"], subject: string, metric: string, label: string): KpiDef => ({
  key: scope === "overall" ? `overall/${metric}` : `${scope}/${subject}/${metric}`,
  scope,
  subject,
  metric,
  label,
  unit: "share",
  better: "higher",
});

const DEFS = [
  def("overall", "", "sentAway", "Cases sent away at closing"),
  def("overall", "", "cycleTime.mean", "Mean cycle time"),
  def("serviceLevel", "5 min", "achieved", "Service level achieved: 5 min"),
  def("serviceLevel", "5 min", "achieved.excludingAbandoned", "Service level of served cases only: 5 min"),
];

function run(values: Record<string, [number, number]>): RunResult {
  const kpis: KpiSummary[] = Object.entries(values).map(([key, [mean, half]]) => ({ key, n: 10, mean, sd: half, halfWidth: half, lo: mean - half, hi: mean + half }));
  return { model: "m", seed: 1, replications: 10, kpiDefs: DEFS, kpis, distributions: [], timeOfDay: [], serviceLevels: [], events: 0, warnings: [] };
}

describe("quiet KPIs", () => {
  it("leaves out rows zero everywhere and conventions equal to the achieved share, saying why", () => {
    const a = run({ "overall/sentAway": [0, 0], "overall/cycleTime.mean": [5, 1], "serviceLevel/5 min/achieved": [0.9, 0.01], "serviceLevel/5 min/achieved.excludingAbandoned": [0.9, 0.01] });
    const quiet = quietKpis([a, a]);
    expect([...quiet.hidden]).toEqual(["overall/sentAway", "serviceLevel/5 min/achieved.excludingAbandoned"]);
    expect(quiet.notes[0]).toBe("Zero in every replication of every model, so not shown: Cases sent away at closing.");
    expect(quiet.notes[1]).toMatch(/^No case gave up waiting/);
  });

  it("keeps a row that is zero in one model only, and conventions that differ", () => {
    const a = run({ "overall/sentAway": [0, 0], "serviceLevel/5 min/achieved": [0.9, 0.01], "serviceLevel/5 min/achieved.excludingAbandoned": [0.93, 0.01] });
    const b = run({ "overall/sentAway": [2, 1], "serviceLevel/5 min/achieved": [0.9, 0.01], "serviceLevel/5 min/achieved.excludingAbandoned": [0.93, 0.01] });
    expect(quietKpis([a, b]).hidden.size).toBe(0);
    expect(quietKpis([a, b]).notes).toEqual([]);
  });
});
