// Long model names in chart legends and axes are wrapped onto lines, never cut: the image shows
// "Corporate account opening with RPA data entry and a single approval level" whole.
import { describe, expect, it } from "vitest";
import { buildComparisonCharts } from "../../../src/api/charts.js";
import { renderChartSvg } from "../../../src/report/render-svg.js";
import { LEGEND_LINE_CHARS, legendLines } from "../../../src/report/specs/variant-legend.js";
import type { TopLevelSpec } from "vega-lite";
import { accountOpeningComparison } from "../../fixtures/results/account-opening.js";

const LONG = "Corporate account opening with RPA data entry and a single approval level";

/** The comparison of the fixture with its second proposal renamed to a long name. */
function withLongName() {
  const [first, second] = accountOpeningComparison.proposals;
  return { ...accountOpeningComparison, proposals: [first, { ...second, name: LONG }] };
}

describe("variant legend", () => {
  it("splits a long name at spaces into lines of at most the line width", () => {
    expect(legendLines(LONG)).toEqual(["Corporate account opening with RPA data", "entry and a single approval level"]);
    expect(legendLines("RPA data entry")).toEqual(["RPA data entry"]);
    const word = "x".repeat(LEGEND_LINE_CHARS + 5);
    expect(legendLines(`a ${word} b`)).toEqual(["a", word, "b"]);
    expect(legendLines(LONG).join(" ")).toBe(LONG);
  });

  it.each(["time-of-day", "waiting-distribution", "key-figures", "utilisation", "cost-breakdown"])("%s: the chart image shows the long name whole", async (id) => {
    const spec = buildComparisonCharts(withLongName())[id] as TopLevelSpec;
    expect(spec, id).toBeTruthy();
    const { svg } = await renderChartSvg(spec);
    for (const line of legendLines(LONG)) expect(svg).toContain(`>${line}<`);
    expect(svg).not.toMatch(/Corporate account opening with RPA[^<]*…/);
  });
});
