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

describe("charts of an identically zero series", () => {
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
