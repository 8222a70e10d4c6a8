/**
 * Every report chart, for a single run and for a comparison: compiles with Vega-Lite with no
 * warning, parses with Vega and renders headlessly to SVG with marks in it. Builders are
 * pure (input unchanged, same JSON twice) and their data says what the chart claims.
 */
import { describe, expect, it } from "vitest";
import { buildComparisonCharts, buildRunCharts } from "../../../src/api/charts.js";
import { compileChart, renderVegaSvg } from "../../../src/report/render-svg.js";
import { verdictOf } from "../../../src/report/verdict.js";
import { CURRENT_COLOUR } from "../../../src/report/specs/theme.js";
import { accountOpeningComparison, accountOpeningRun, minimalRun } from "../../fixtures/results/account-opening.js";

const RUN_CHARTS = ["key-figures", "waiting-distribution", "cycle-time-distribution", "time-of-day", "utilisation", "time-breakdown", "cost-breakdown"];

/** Inline data values of a spec (top-level and layer/facet-level), flattened. */
function dataRows(spec: unknown): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const data = record.data as { values?: Record<string, unknown>[] } | undefined;
    if (data?.values) rows.push(...data.values);
    for (const [key, value] of Object.entries(record)) if (key !== "data") visit(value);
  };
  visit(spec);
  return rows;
}

const singleProposal = { current: accountOpeningComparison.current, proposals: accountOpeningComparison.proposals.slice(0, 1) };

describe.each([
  ["run", () => buildRunCharts(accountOpeningRun)],
  ["comparison", () => buildComparisonCharts(accountOpeningComparison)],
  ["single-proposal comparison", () => buildComparisonCharts(singleProposal)],
])("%s charts", (_name, build) => {
  const charts = build();

  it.each(Object.keys(charts))("%s compiles without warnings and renders marks", async (id) => {
    const spec = charts[id];
    const title = spec.title as { text: string; subtitle: string | string[] };
    expect(title.text.length).toBeGreaterThan(3);
    expect(String(title.subtitle).length).toBeGreaterThan(10);
    const { vega, warnings } = compileChart(spec);
    expect(warnings).toEqual([]);
    const svg = await renderVegaSvg(vega);
    expect(svg.startsWith("<svg")).toBe(true);
    const marks = svg.match(/<path|<line|<text/g) ?? [];
    expect(marks.length).toBeGreaterThan(10);
    expect(svg).toContain(title.text.replace(/&/g, "&amp;"));
  });

  it("builds the same JSON twice (deterministic, pure)", () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(charts));
  });
});

describe("chart sets", () => {
  it("a run has every chart but the paired differences", () => {
    expect(Object.keys(buildRunCharts(accountOpeningRun))).toEqual(RUN_CHARTS);
  });

  it("a comparison adds the paired differences second", () => {
    const ids = Object.keys(buildComparisonCharts(accountOpeningComparison));
    expect(ids).toEqual([RUN_CHARTS[0], "differences", ...RUN_CHARTS.slice(1)]);
  });

  it("does not mutate the results", () => {
    const before = JSON.stringify(accountOpeningComparison);
    buildComparisonCharts(accountOpeningComparison);
    expect(JSON.stringify(accountOpeningComparison)).toBe(before);
  });

  it("leaves out charts with nothing to draw instead of failing", () => {
    expect(buildRunCharts(minimalRun)).toEqual({});
  });

  it("draws current in grey", () => {
    const spec = JSON.stringify(buildComparisonCharts(accountOpeningComparison)["utilisation"]);
    expect(spec).toContain(`"range":["${CURRENT_COLOUR}"`);
  });
});

describe("chart content", () => {
  const charts = buildComparisonCharts(accountOpeningComparison);

  it("flags the busiest pool of each model as its bottleneck", () => {
    const flagged = dataRows(charts["utilisation"]).filter((r) => r.bottleneck).map((r) => `${r.variant}: ${r.pool}`);
    expect(flagged).toEqual(["account opening today: managers", "RPA data entry: managers", "RPA + single approval: clerks"]);
  });

  it("plots utilisation (busy ÷ available time, not occupancy) and says so", () => {
    const current = accountOpeningComparison.current;
    const meanOf = (key: string) => current.kpis.find((k) => k.key === key)?.mean;
    const bars = dataRows(charts["utilisation"]).filter((r) => r.variant === "account opening today");
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) {
      expect(bar.mean).toBeCloseTo(meanOf(`pool/${String(bar.pool)}/utilisation`) ?? NaN, 9);
      expect(meanOf(`pool/${String(bar.pool)}/occupancy`)).not.toBeCloseTo(Number(bar.mean), 4);
    }
    const spec = JSON.stringify(charts["utilisation"]);
    expect(spec).toContain("Busy ÷ available staff time");
    expect(spec).not.toContain("rostered time busy");
  });

  it("promises an outlined bottleneck only where there is one: not for a model with a single pool", () => {
    expect(JSON.stringify(charts["utilisation"])).toContain("Outlined: the busiest pool");
    const onePool = (key: string) => !key.startsWith("pool/") || key.startsWith("pool/managers/");
    const run = { ...accountOpeningRun, kpiDefs: accountOpeningRun.kpiDefs.filter((d) => onePool(d.key)), kpis: accountOpeningRun.kpis.filter((k) => onePool(k.key)) };
    const spec = JSON.stringify(buildRunCharts(run)["utilisation"]);
    expect(dataRows(buildRunCharts(run)["utilisation"]).map((r) => [r.pool, r.bottleneck])).toEqual([["managers", false]]);
    expect(spec).toContain("Busy ÷ available staff time (rostered time plus any overtime worked), mean with 95% CI.");
    expect(spec).not.toContain("Outlined");
  });

  it("labels the key figures as the tables print them: waits of 0.056 and 0.080 min do not both read 0.1, 191.6 does not read 191.63", () => {
    const withMean = (key: string, current: number, proposed: number) => ({
      current: { ...accountOpeningComparison.current, kpis: accountOpeningComparison.current.kpis.map((k) => (k.key === key ? { ...k, mean: current, lo: current - 0.01, hi: current + 0.01, halfWidth: 0.01 } : k)) },
      proposals: [accountOpeningComparison.proposals[0]].map((p) => ({ ...p, result: { ...p.result, kpis: p.result.kpis.map((k) => (k.key === key ? { ...k, mean: proposed, lo: proposed - 0.01, hi: proposed + 0.01, halfWidth: 0.01 } : k)) } })),
    });
    const texts = (key: string, current: number, proposed: number) => {
      const rows = dataRows(buildComparisonCharts(withMean(key, current, proposed))["key-figures"]);
      const panel = rows.find((r) => r.mean === current || r.mean === current / 60)?.panel;
      return rows.filter((r) => r.panel === panel).map((r) => r.text);
    };
    // Half-width 0.01: the digits formatMean gives the tables (two significant of the interval).
    expect(texts("overall/waitTime.mean", 0.0555, 0.08)).toEqual(["0.056", "0.080"]);
    expect(JSON.stringify(buildComparisonCharts(withMean("overall/waitTime.mean", 0.0555, 0.08))["key-figures"])).toContain("datum.text");
  });

  it("states the 90th percentile wait as the tables do: their digits, and minutes below ten hours", () => {
    const p90 = (minutes: number, halfWidth = 0) => ({ key: "overall/waitTime.p90", n: 20, mean: minutes, sd: 0, halfWidth, lo: minutes - halfWidth, hi: minutes + halfWidth });
    const withP90 = (minutes: number, halfWidth = 0) => ({ ...accountOpeningRun, kpis: [...accountOpeningRun.kpis, p90(minutes, halfWidth)] });
    const subtitleOf = (minutes: number, halfWidth = 0) => JSON.stringify((buildRunCharts(withP90(minutes, halfWidth))["waiting-distribution"].title as { subtitle: string[] }).subtitle);
    expect(subtitleOf(0.0769)).toContain(": 0.0769 min");
    expect(subtitleOf(44.75, 0.21)).toContain(": 44.75 min");
    expect(subtitleOf(40.31, 2.1)).toContain(": 40.3 min");
    expect(subtitleOf(975, 30)).toContain(": 16.25 h");
  });

  it("marks the service-level threshold on the waiting distribution", () => {
    const rows = dataRows(charts["waiting-distribution"]);
    expect(rows.find((r) => r.maxWait === 30 && r.target === 0.8)).toBeDefined();
  });

  it("stacks the labels of service levels that share a threshold, so they do not overprint", () => {
    const levels = [
      { name: "counter wait within 30 min", maxWait: 30, target: 0.8, achievedKey: accountOpeningRun.serviceLevels[0]?.achievedKey ?? "" },
      { name: "business wait within 30 min", maxWait: 30, target: 0.9, achievedKey: accountOpeningRun.serviceLevels[0]?.achievedKey ?? "" },
    ];
    const spec = buildRunCharts({ ...accountOpeningRun, serviceLevels: levels })["waiting-distribution"];
    const labelled = dataRows(spec).filter((r) => r.maxWait === 30 && typeof r.labelY === "number");
    expect(labelled).toHaveLength(2);
    expect(new Set(labelled.map((r) => r.labelY)).size).toBe(2);
  });

  it("expresses differences relative to the current mean, with the paired interval", () => {
    const cycle = dataRows(charts["differences"]).find((r) => r.kpi === "Mean cycle time" && r.proposal === "RPA + single approval");
    const d = accountOpeningComparison.proposals[1].differences.find((x) => x.key === "overall/cycleTime.mean");
    expect(cycle?.rel).toBeCloseTo((d?.diff.mean ?? 0) / 116.4, 5);
    expect(cycle?.relLo).toBeCloseTo((d?.diff.lo ?? 0) / 116.4, 5);
    expect(cycle?.verdict).toBe("better");
  });

  it("judges a significant difference by the KPI's better direction", () => {
    const proposal = accountOpeningComparison.proposals[0];
    const defOf = (key: string) => accountOpeningComparison.current.kpiDefs.find((d) => d.key === key)!;
    const diffOf = (key: string) => proposal.differences.find((d) => d.key === key)!;
    expect(verdictOf(defOf("overall/throughput"), diffOf("overall/throughput"))).toBe("better");
    expect(verdictOf(defOf("overall/cost.idle"), diffOf("overall/cost.idle"))).toBe("worse");
    expect(verdictOf(defOf("step/compliance review/waitTime.mean"), diffOf("step/compliance review/waitTime.mean"))).toBe("unclear");
  });

  it("splits each step's time into processing and waiting, with no share where the results have none", () => {
    const rows = dataRows(charts["time-breakdown"]).filter((r) => r.variant === "account opening today" && r.step === "data entry");
    expect(rows.map((r) => [r.part, r.minutes])).toEqual([["processing", 14], ["waiting", 18.2]]);
    // The fixture has no cycleTime.share KPI; minutes per visit over the mean cycle time is not a share.
    expect(rows[0].share).toBeNull();
  });

  it("says that shares add up to more than 100% only where parallel branches overlap", () => {
    const subtitleOf = (run: typeof accountOpeningRun) => JSON.stringify((buildRunCharts(run)["time-breakdown"].title as { subtitle: unknown }).subtitle);
    expect(subtitleOf(accountOpeningRun)).not.toContain("Parallel branches");
    const joinDef = { ...accountOpeningRun.kpiDefs[0], key: "step/checks done/join.parallelTime", scope: "step", subject: "checks done", label: "Mean time from the fork to checks done" };
    const forked = { ...accountOpeningRun, kpiDefs: [...accountOpeningRun.kpiDefs, joinDef] } as typeof accountOpeningRun;
    expect(subtitleOf(forked)).toContain("Parallel branches overlap in time, and a join counts from its fork to its release, so the shares add up to more than 100%.");
  });

  it("adds time away (sent home, coming back) as a third part where a step has it, 0 elsewhere, and says what it is", () => {
    const waitDef = accountOpeningRun.kpiDefs.find((d) => d.key === "step/data entry/waitTime.mean")!;
    const waitKpi = accountOpeningRun.kpis.find((k) => k.key === "step/data entry/waitTime.mean")!;
    const key = "step/data entry/awayTime.mean";
    const run = {
      ...accountOpeningRun,
      kpiDefs: [...accountOpeningRun.kpiDefs, { ...waitDef, key, label: "Mean time away per visit to data entry (sent home, coming back)" }],
      kpis: [...accountOpeningRun.kpis, { ...waitKpi, key, mean: 384, lo: 384, hi: 384 }],
    } as typeof accountOpeningRun;
    const spec = buildRunCharts(run)["time-breakdown"];
    const rows = dataRows(spec);
    const entry = rows.filter((r) => r.step === "data entry");
    expect(entry.map((r) => [r.part, r.minutes])).toEqual([["processing", 14], ["waiting", 18.2], ["time away (sent home, coming back)", 384]]);
    expect(entry[0].label).toMatch(/^416 min/);
    const other = rows.filter((r) => r.step !== "data entry" && r.order === 2);
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((r) => r.minutes === 0)).toBe(true);
    expect(JSON.stringify((spec.title as { subtitle: unknown }).subtitle)).toContain("Wait + processing + away = the cycle time.");
    expect(JSON.stringify(buildRunCharts(accountOpeningRun)["time-breakdown"])).not.toContain("time away");
  });

  it("splits off work after the case left (late parts of a first-of join) from processing, and says it is outside the share", () => {
    const workDef = accountOpeningRun.kpiDefs.find((d) => d.key === "step/data entry/serviceTime.mean")!;
    const workKpi = accountOpeningRun.kpis.find((k) => k.key === "step/data entry/serviceTime.mean")!;
    const key = "step/data entry/lateWork.mean";
    const run = {
      ...accountOpeningRun,
      kpiDefs: [...accountOpeningRun.kpiDefs, { ...workDef, key, label: "Work after the case left per visit to data entry" }],
      kpis: [...accountOpeningRun.kpis, { ...workKpi, key, mean: 4, lo: 4, hi: 4 }],
    } as typeof accountOpeningRun;
    const spec = buildRunCharts(run)["time-breakdown"];
    const entry = dataRows(spec).filter((r) => r.step === "data entry");
    expect(entry.map((r) => [r.part, r.minutes])).toEqual([["processing", 10], ["waiting", 18.2], ["work after the case left", 4]]);
    expect(entry[0].label).toMatch(/^32 min/);
    expect(JSON.stringify((spec.title as { subtitle: unknown }).subtitle)).toContain("not in the share: only the time before the case left counts");
  });

  it("labels a short step in tenths of a minute (a 0.5-minute IVR is not 1 min), a long one in whole minutes", () => {
    const set = (key: string, mean: number) => (k: (typeof accountOpeningRun.kpis)[number]) => (k.key === key ? { ...k, mean } : k);
    const run = { ...accountOpeningRun, kpis: accountOpeningRun.kpis.map(set("step/data entry/serviceTime.mean", 0.5)).map(set("step/data entry/waitTime.mean", 0)) };
    const labels = dataRows(buildRunCharts(run)["time-breakdown"]).filter((r) => r.step === "data entry").map((r) => r.label);
    expect(labels[0]).toMatch(/^0\.5 min/);
    const long = dataRows(charts["time-breakdown"]).find((r) => r.variant === "account opening today" && r.step === "data entry");
    expect(long?.label).toMatch(/^32 min/);
  });

  it("lists in the cost legend only the parts some model has: no fixed cost entry without fixed cost", () => {
    const domainOf = (spec: unknown) => JSON.stringify(spec).match(/"domain":\[[^\]]*busy staff time[^\]]*\]/)?.[0] ?? "";
    const zeroFixed = (r: typeof accountOpeningRun) => ({ ...r, kpis: r.kpis.map((k) => (k.key === "overall/cost.fixed" ? { ...k, mean: 0, lo: 0, hi: 0 } : k)) });
    expect(domainOf(buildRunCharts(zeroFixed(accountOpeningRun))["cost-breakdown"])).not.toContain("fixed cost");
    const withFixed = { ...accountOpeningRun, kpis: accountOpeningRun.kpis.map((k) => (k.key === "overall/cost.fixed" ? { ...k, mean: 120, lo: 120, hi: 120 } : k)) };
    expect(domainOf(buildRunCharts(withFixed)["cost-breakdown"])).toContain("fixed cost");
  });

  it("scales each cost part per case so the parts add up to the cost per case", () => {
    const rows = dataRows(charts["cost-breakdown"]).filter((r) => r.measure === "per case" && r.variant === "RPA data entry");
    const perCase = accountOpeningComparison.proposals[0].result.kpis.find((k) => k.key === "overall/cost.perCase")?.mean ?? 0;
    expect(rows.reduce((s, r) => s + Number(r.value), 0)).toBeCloseTo(perCase, 4);
  });
});
