/**
 * Money in a report's charts is in the model's currency: the cost axes and the key figures'
 * cost panel say "CNY" where the tables say CNY, and "cost units" for a model without one.
 */
import { describe, expect, it } from "vitest";
import { buildComparisonChartList, buildRunChartList } from "../../../src/report/specs/registry.js";
import { accountOpeningComparison, accountOpeningRun } from "../../fixtures/results/account-opening.js";

/** Every axis title and panel subtitle of a chart spec, found anywhere in it. */
function unitTexts(spec: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === "title" || key === "subtitle") && typeof value === "string") found.push(value);
      walk(value);
    }
  };
  walk(spec);
  return found;
}

const chart = (charts: ReturnType<typeof buildRunChartList>, id: string) => charts.find((c) => c.id === id)?.spec;

describe("money in charts", () => {
  it("names the model's currency on the cost axes and the cost panel", () => {
    const charts = buildComparisonChartList(accountOpeningComparison, "CNY");
    expect(unitTexts(chart(charts, "cost-breakdown")).filter((text) => text === "CNY").length).toBeGreaterThanOrEqual(1);
    expect(unitTexts(chart(charts, "key-figures"))).toContain("CNY");
    expect(unitTexts(chart(charts, "cost-breakdown"))).not.toContain("cost units");
  });

  it("says cost units for a model without a currency", () => {
    const charts = buildRunChartList(accountOpeningRun);
    expect(unitTexts(chart(charts, "cost-breakdown"))).toContain("cost units");
    expect(unitTexts(chart(charts, "cost-breakdown"))).not.toContain("CNY");
  });
});
