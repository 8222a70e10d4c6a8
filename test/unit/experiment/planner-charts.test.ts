// The sweep, tornado and staffing charts compile to Vega without warnings and draw every
// point they are given.
import { describe, expect, it } from "vitest";
import { compileChart } from "../../../src/report/render-svg.js";
import { buildFrontierSpec, buildSweepKpiSpec, type SweepChartData } from "../../../src/report/specs/sweep.js";
import { buildServiceLevelSpec, buildStaffingSpec, type StaffingChartData } from "../../../src/report/specs/staffing.js";
import { buildTornadoSpec, type TornadoChartData } from "../../../src/report/specs/tornado.js";
import type { KpiDef } from "../../../src/stats/result-types.js";

const DEFS: KpiDef[] = [
  { key: "overall/waitTime.mean", scope: "overall", subject: "", metric: "waitTime.mean", label: "Mean wait", unit: "min", better: "lower" },
  { key: "overall/cost.total", scope: "overall", subject: "", metric: "cost.total", label: "Total cost", unit: "currency", better: "lower" },
];
const summary = (key: string, mean: number) => ({ key, n: 5, mean, sd: 1, halfWidth: 0.5, lo: mean - 0.5, hi: mean + 0.5 });

const sweepData: SweepChartData = {
  model: "bank", replications: 5, parameters: [{ path: "pools.tellers.capacity" }], kpiDefs: DEFS,
  points: [2, 3, 4].map((c, index) => ({ index, settings: [{ path: "pools.tellers.capacity", value: c }], kpis: [summary(DEFS[0].key, 10 / c), summary(DEFS[1].key, 100 * c)] })),
  frontier: { costKey: DEFS[1].key, serviceKey: DEFS[0].key, points: [0, 1, 2] },
};

const valuesOf = (spec: unknown) => (spec as { data: { values: unknown[] } }).data.values;

describe("planner charts", () => {
  it("sweep and frontier specs compile cleanly and hold every point", () => {
    const kpis = buildSweepKpiSpec(sweepData, [DEFS[0].key, DEFS[1].key]);
    const frontier = buildFrontierSpec(sweepData);
    if (!kpis || !frontier) throw new Error("expected both charts");
    expect(valuesOf(kpis)).toHaveLength(6);
    expect(valuesOf(frontier)).toHaveLength(3);
    expect(compileChart(kpis).warnings).toEqual([]);
    expect(compileChart(frontier).warnings).toEqual([]);
  });

  it("names money in the model's currency and ticks whole-number parameters at whole numbers", () => {
    const inCny = JSON.stringify(buildSweepKpiSpec({ ...sweepData, currency: "CNY" }, [DEFS[0].key, DEFS[1].key]));
    expect(inCny).toContain('"title":"CNY"');
    expect(inCny).not.toContain("cost units");
    expect(JSON.stringify(buildFrontierSpec({ ...sweepData, currency: "CNY" }))).toContain("Total cost (CNY)");
    expect(JSON.stringify(buildSweepKpiSpec(sweepData, [DEFS[1].key]))).toContain('"title":"cost units"');
    expect(inCny).toContain('"tickMinStep":1,"format":"d"');
    const scaled = { ...sweepData, parameters: [{ path: "arrivals.walk-in.scale" }], points: [0.8, 1, 1.2].map((v, index) => ({ index, settings: [{ path: "arrivals.walk-in.scale", value: v }], kpis: [summary(DEFS[0].key, 5 * v)] })) };
    expect(JSON.stringify(buildSweepKpiSpec(scaled, [DEFS[0].key]))).not.toContain('"format":"d"');
  });

  it("names each frontier point by its setting, and says so, while there are few enough to read", () => {
    const spec = JSON.stringify(buildFrontierSpec(sweepData));
    expect(spec).toContain('"text":{"field":"setting"');
    expect(spec).toContain("Labels: each point's pools.tellers.capacity.");
    expect((valuesOf(buildFrontierSpec(sweepData)) as { setting: string }[]).map((v) => v.setting)).toEqual(["2", "3", "4"]);
    const many = { ...sweepData, points: Array.from({ length: 13 }, (_, index) => ({ index, settings: [{ path: "pools.tellers.capacity", value: index + 2 }], kpis: [summary(DEFS[0].key, 10 / (index + 2)), summary(DEFS[1].key, 100 * (index + 2))] })) };
    expect(JSON.stringify(buildFrontierSpec(many))).not.toContain('"field":"setting"');
  });

  it("titles the tornado's legend by what its entries are: each input moved −10% / +10%", () => {
    const data: TornadoChartData = {
      model: "bank", change: 0.1, kpiDefs: DEFS,
      inputs: [{ path: "arrivals.walk-in.scale", low: 0.9, high: 1.1, effects: [{ key: DEFS[0].key, low: summary(DEFS[0].key, -1), high: summary(DEFS[0].key, 1) }] }],
    };
    expect(JSON.stringify(buildTornadoSpec(data, DEFS[0].key))).toContain('"field":"side","type":"nominal","title":"each input moved"');
  });

  it("names a money KPI's tornado axis in the model's currency", () => {
    const data: TornadoChartData = {
      model: "bank", change: 0.1, kpiDefs: DEFS,
      inputs: [{ path: "arrivals.walk-in.scale", low: 0.9, high: 1.1, effects: [{ key: DEFS[1].key, low: summary(DEFS[1].key, -50), high: summary(DEFS[1].key, 50) }] }],
    };
    expect(JSON.stringify(buildTornadoSpec({ ...data, currency: "CNY" }, DEFS[1].key))).toContain("change in Total cost (CNY)");
    expect(JSON.stringify(buildTornadoSpec(data, DEFS[1].key))).toContain("change in Total cost (cost units)");
  });

  it("the tornado has a low and a high bar per input", () => {
    const data: TornadoChartData = {
      model: "bank", change: 0.1, kpiDefs: DEFS,
      inputs: ["arrivals.walk-in.scale", "steps.counter.duration.mean"].map((path, i) => ({ path, low: 0.9, high: 1.1, effects: [{ key: DEFS[0].key, low: summary(DEFS[0].key, -1 - i), high: summary(DEFS[0].key, 1 + i) }] })),
    };
    const spec = buildTornadoSpec(data, DEFS[0].key);
    if (!spec) throw new Error("expected a chart");
    expect(valuesOf(spec)).toHaveLength(4);
    expect(compileChart(spec).warnings).toEqual([]);
    expect(buildTornadoSpec(data, "overall/nothing")).toBeNull();
  });

  it("staffing specs compile cleanly", () => {
    const data: StaffingChartData = {
      model: "bank", pool: "tellers", width: 30, target: { share: 0.8, maxWait: 5 },
      intervals: [540, 570].map((start, i) => ({ start, analyticRequired: 3 + i, required: 3 + i, scheduled: 4, serviceLevel: { mean: 0.9, lo: 0.85, hi: 0.95 }, misses: false })),
    };
    expect(compileChart(buildStaffingSpec(data)).warnings).toEqual([]);
    const levels = buildServiceLevelSpec(data);
    if (!levels) throw new Error("expected a chart");
    expect(compileChart(levels).warnings).toEqual([]);
  });

  it("the service-level chart spans the planning window and names an interval beyond staffing apart", () => {
    const row = (start: number, misses: boolean, beyondStaffing: boolean) => ({
      start, analyticRequired: 4, required: 4, scheduled: 4, serviceLevel: { mean: misses ? 0.6 : 0.9, lo: misses ? 0.55 : 0.85, hi: misses ? 0.65 : 0.95 }, misses, beyondStaffing,
    });
    const data: StaffingChartData = { model: "bank", pool: "tellers", width: 60, target: { share: 0.8, maxWait: 5 }, intervals: [row(540, false, false), row(600, true, false), row(660, true, true)] };
    const colourOf = (spec: unknown) => (spec as { layer: { encoding: { color: { scale: { domain: string[] } } } }[] }).layer[1].encoding.color.scale.domain;
    const xOf = (spec: unknown) => (spec as { layer: { encoding: { x: { scale: { domain: number[] } } } }[] }).layer[1].encoding.x.scale.domain;
    const levels = buildServiceLevelSpec(data);
    expect(colourOf(levels)).toEqual(["meets the target", "misses the target", "misses whatever its staff"]);
    expect(valuesOf(levels).map((v) => (v as { verdict: string }).verdict)).toEqual(["meets the target", "misses the target", "misses whatever its staff"]);
    expect(xOf(levels)).toEqual([9, 12]);
    if (!levels) throw new Error("expected a chart");
    expect(compileChart(levels).warnings).toEqual([]);
    const plain = buildServiceLevelSpec({ ...data, intervals: data.intervals.slice(0, 2) });
    expect(colourOf(plain)).toEqual(["meets the target", "misses the target"]);
  });
});
