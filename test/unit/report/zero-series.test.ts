/**
 * A chart whose every series is zero in every replication of every model is not drawn; the
 * report says so in a sentence instead, in the language in use.
 */
import { describe, expect, it } from "vitest";
import { accountOpeningComparison, accountOpeningRun } from "../../fixtures/results/account-opening.js";
import { buildComparisonPage, buildRunPage } from "../../../src/report/page.js";
import { renderReportHtml } from "../../../src/report/html.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { CHARTS } from "../../../src/report/specs/registry.js";
import { CATALOGUES } from "../../../src/report/i18n/translate.js";
import type { RunResult } from "../../../src/stats/result-types.js";

const SCRIPTS = { vega: "", vegaLite: "", vegaEmbed: "" };

/** The run with nobody waiting: the waiting distribution is all zeros. */
function nobodyWaits(run: RunResult): RunResult {
  const distributions = run.distributions.map((d) => (d.key === "overall/waitTime" ? { ...d, points: [{ x: 0, cdf: 1 }], p50: 0, p90: 0, p95: 0 } : d));
  return { ...run, distributions };
}

/** The run with every time-of-day series at zero (nothing arrives, nothing waits). */
function quietDay(run: RunResult, keep: (key: string) => boolean = () => false): RunResult {
  return { ...run, timeOfDay: run.timeOfDay.map((s) => (keep(s.key) ? s : { ...s, mean: s.mean.map((m) => (m === null ? null : 0)), lo: s.lo.map((m) => (m === null ? null : 0)), hi: s.hi.map((m) => (m === null ? null : 0)) })) };
}

/** The run with every pool idle. */
function idlePools(run: RunResult): RunResult {
  const idle = new Set(run.kpiDefs.filter((d) => d.scope === "pool" && d.metric === "utilisation").map((d) => d.key));
  return { ...run, kpis: run.kpis.map((k) => (idle.has(k.key) ? { ...k, mean: 0, sd: 0, halfWidth: 0, lo: 0, hi: 0 } : k)) };
}

const panelTitles = (run: RunResult): string[] => {
  const spec = buildRunPage(run).charts.find((c) => c.id === "time-of-day")?.spec as unknown as { concat: { title: { text: string } }[] } | undefined;
  return spec?.concat.map((p) => p.title.text) ?? [];
};

describe("charts of an identically zero series", () => {
  it("leaves a through-the-day panel of an all-zero series out, and the chart when every series is zero", () => {
    expect(panelTitles(accountOpeningRun)).toContain("Arrivals per hour");
    const arrivalsOnly = quietDay(accountOpeningRun, (key) => key !== "overall/arrivals.perHour");
    expect(panelTitles(arrivalsOnly)).not.toContain("Arrivals per hour");
    expect(panelTitles(arrivalsOnly).length).toBeGreaterThan(0);
    const page = buildRunPage(quietDay(accountOpeningRun));
    expect(page.charts.map((c) => c.id)).not.toContain("time-of-day");
    expect(page.chartNotes).toEqual(["Not drawn: Through the day is zero in every replication of every model."]);
  });

  it("leaves the utilisation chart out when every pool is idle in every model, and says so", () => {
    const { current, proposals } = accountOpeningComparison;
    const oneIdle = { ...accountOpeningComparison, current: idlePools(current) };
    expect(buildComparisonPage(oneIdle).charts.map((c) => c.id)).toContain("utilisation");
    const allIdle = { ...oneIdle, proposals: proposals.map((p) => ({ ...p, result: idlePools(p.result) })) };
    const page = inLanguage("zh", () => buildComparisonPage(allIdle));
    expect(page.charts.map((c) => c.id)).not.toContain("utilisation");
    expect(page.chartNotes).toEqual(["未绘制：员工与系统利用率在每个方案的每次重复中均为零。"]);
  });

  it("draws the waiting curve when someone waits", () => {
    const page = buildRunPage(accountOpeningRun);
    expect(page.charts.map((c) => c.id)).toContain("waiting-distribution");
    expect(page.chartNotes).toEqual([]);
  });

  it("leaves it out of a run and says so", () => {
    const page = buildRunPage(nobodyWaits(accountOpeningRun));
    expect(page.charts.map((c) => c.id)).not.toContain("waiting-distribution");
    expect(page.chartNotes).toEqual(["Not drawn: Waiting time distribution is zero in every replication of every model."]);
    expect(renderReportHtml(page, SCRIPTS)).toContain('<p class="note chart-note">Not drawn: Waiting time distribution is zero');
  });

  it("draws it while one model of a comparison has waits, and not when none has", () => {
    const { current, proposals } = accountOpeningComparison;
    const oneQuiet = { ...accountOpeningComparison, proposals: proposals.map((p) => ({ ...p, result: nobodyWaits(p.result) })) };
    expect(buildComparisonPage(oneQuiet).charts.map((c) => c.id)).toContain("waiting-distribution");
    const allQuiet = { ...oneQuiet, current: nobodyWaits(current) };
    const page = inLanguage("zh", () => buildComparisonPage(allQuiet));
    expect(page.charts.map((c) => c.id)).not.toContain("waiting-distribution");
    expect(page.chartNotes).toEqual(["未绘制：等待时间分布在每个方案的每次重复中均为零。"]);
  });

  it("has a title for every chart in every language", () => {
    for (const chart of CHARTS) expect(Object.keys(CATALOGUES.zh)).toContain(`chart.${chart.id}`);
  });
});
