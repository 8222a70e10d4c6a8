/**
 * Reports at the documented limits: with 1000 pools and 10,000 steps the charts show the top
 * 30 of each and say so in their titles, and the chart library renders them (10,000 rows
 * overflowed its stack before); the tables keep every pool and step.
 */
import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../../src/report/render-svg.js";
import { buildRunChartList } from "../../../src/report/specs/registry.js";
import { CHART_TOP, topEntries } from "../../../src/report/specs/top-entries.js";
import { variantsOfRun } from "../../../src/report/specs/variants.js";
import { runKpiTable } from "../../../src/report/tables.js";
import { kpiDef } from "../../../src/stats/kpi-defs.js";
import type { KpiDef, KpiSummary, RunResult } from "../../../src/stats/result-types.js";
import { accountOpeningRun } from "../../fixtures/results/account-opening.js";

/** A KPI with a fixed mean and interval. */
function kpi(def: KpiDef, mean: number): KpiSummary {
  return { key: def.key, n: 10, mean, sd: 0.1, halfWidth: 0.05, lo: mean - 0.05, hi: mean + 0.05 };
}

/** The account-opening run with `pools` extra pools and `steps` extra steps (utilisation and times rising with the index). */
function huge(pools: number, steps: number): RunResult {
  const defs: KpiDef[] = [];
  const kpis: KpiSummary[] = [];
  const add = (def: KpiDef | null, mean: number) => {
    if (!def) throw new Error("unknown metric");
    defs.push(def);
    kpis.push(kpi(def, mean));
  };
  for (let i = 0; i < pools; i++) add(kpiDef("pool", `pool ${i}`, "utilisation"), i / pools);
  for (let i = 0; i < steps; i++) {
    add(kpiDef("step", `step ${i}`, "waitTime.mean"), i / 100);
    add(kpiDef("step", `step ${i}`, "serviceTime.mean"), 1);
  }
  return { ...accountOpeningRun, kpiDefs: [...accountOpeningRun.kpiDefs, ...defs], kpis: [...accountOpeningRun.kpis, ...kpis] };
}

describe("charts of very large models", () => {
  const result = huge(1000, 10_000);

  it("keep the top pools and steps, by utilisation and by wait plus handling time", () => {
    const { context, notes } = topEntries({ variants: variantsOfRun(result), comparison: null });
    const kept = context.variants[0].result.kpiDefs;
    const pools = new Set(kept.filter((d) => d.scope === "pool").map((d) => d.subject));
    const steps = new Set(kept.filter((d) => d.scope === "step").map((d) => d.subject));
    expect(pools.size).toBe(CHART_TOP);
    expect(pools.has("pool 999") && !pools.has("pool 0")).toBe(true);
    expect(steps.size).toBe(CHART_TOP);
    expect(steps.has("step 9999") && !steps.has("step 0")).toBe(true);
    expect(notes).toEqual([
      `charts show the top ${CHART_TOP} of ${1000 + accountOpeningRun.kpiDefs.filter((d) => d.scope === "pool" && d.metric === "utilisation").length} pools; the tables list all`,
      `charts show the top ${CHART_TOP} of ${10_000 + new Set(accountOpeningRun.kpiDefs.filter((d) => d.scope === "step").map((d) => d.subject)).size} steps; the tables list all`,
    ]);
  });

  it("say so in their titles and render without overflowing the chart library's stack", async () => {
    const charts = buildRunChartList(result);
    const byId = new Map(charts.map((c) => [c.id, c]));
    for (const id of ["utilisation", "time-breakdown"]) {
      const chart = byId.get(id);
      expect(chart?.title).toContain(`top ${CHART_TOP} of`);
      const { svg } = await renderChartSvg(chart?.spec as never);
      expect(svg).toMatch(/^<svg/);
    }
  });

  it("the tables keep every pool and step", () => {
    const table = runKpiTable(result);
    expect(table.rows.filter((r) => r.def.scope === "pool" && r.def.subject.startsWith("pool ")).length).toBe(1000);
    expect(table.rows.filter((r) => r.def.scope === "step" && r.def.subject.startsWith("step ")).length).toBe(20_000);
  });
});
