/**
 * The words a chart draws follow the report's language: in a Chinese report every title,
 * subtitle, axis and legend title, tooltip title and drawn label of every chart is Chinese
 * (apart from the model's own names and "KPI"/"CI"), and the setting reaches a second copy
 * of the language module (the command line and the report writer are bundled apart).
 */
import { describe, expect, it, vi } from "vitest";
import { buildComparisonChartList as buildComparisonCharts, buildRunChartList as buildRunCharts } from "../../../../src/report/specs/registry.js";
import { inLanguage, setLanguage } from "../../../../src/report/i18n/language.js";
import { accountOpeningComparison, accountOpeningRun } from "../../../fixtures/results/account-opening.js";
import type { RunResult } from "../../../../src/stats/result-types.js";

/** Worded texts of a spec: titles, subtitles, text values and the string literals of label expressions. */
function wordsOf(spec: unknown): string[] {
  const words: string[] = [];
  const visit = (node: unknown, key: string): void => {
    if (typeof node === "string") {
      if (key === "labelExpr") words.push(...(node.match(/'[^']*'/g) ?? []));
      else if (["title", "subtitle", "text", "value"].includes(key)) words.push(node);
      return;
    }
    if (Array.isArray(node)) return node.forEach((x) => visit(x, key));
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) if (k !== "data" && k !== "$schema" && k !== "config") visit(v, k);
  };
  visit(spec, "");
  return words;
}

/** The names a model brings (models, steps, pools, classes, targets): they stay as written. */
function namesOf(results: readonly RunResult[]): string[] {
  const names = results.flatMap((r) => [r.model, ...r.kpiDefs.map((d) => d.subject), ...r.serviceLevels.map((l) => l.name)]);
  return [...new Set(names)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
}

/** English words left once the model's names, field references and "KPI"/"CI" are taken out. */
function englishLeft(text: string, names: readonly string[]): string[] {
  let rest = text.replace(/datum\.\w+|'(better|worse|unclear)'/g, "");
  for (const name of names) rest = rest.split(name).join("");
  return rest.match(/[A-Za-z]{3,}/g)?.filter((w) => w !== "KPI") ?? [];
}

describe("chart texts in Chinese", () => {
  const results = [accountOpeningComparison.current, ...accountOpeningComparison.proposals.map((p) => p.result)];
  const names = namesOf(results);
  const cases = [
    ["comparison", () => buildComparisonCharts(accountOpeningComparison)],
    ["run", () => buildRunCharts(accountOpeningRun)],
  ] as const;

  it.each(cases)("%s: every worded text of every chart is Chinese", (_, build) => {
    const charts = inLanguage("zh", build);
    expect(charts.length).toBeGreaterThan(5);
    for (const chart of charts) {
      const left = wordsOf(chart.spec).flatMap((w) => englishLeft(w, names).map((e) => `${e} in "${w}"`));
      expect(left, chart.id).toEqual([]);
    }
  });

  it("English reports keep their English chart texts", () => {
    const utilisation = buildRunCharts(accountOpeningRun).find((c) => c.id === "utilisation");
    expect(wordsOf(utilisation?.spec)).toContain("utilisation (%)");
  });
});

describe("language setting", () => {
  it("reaches a second copy of the language module", async () => {
    const before = setLanguage("zh");
    try {
      vi.resetModules();
      const path = "../../../../src/report/i18n/language.js?copy";
      const copy = (await import(/* @vite-ignore */ path)) as typeof import("../../../../src/report/i18n/language.js");
      expect(copy.currentLanguage()).toBe("zh");
    } finally {
      setLanguage(before);
    }
  });
});
