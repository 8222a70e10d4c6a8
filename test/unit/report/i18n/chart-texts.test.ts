/**
 * The words a chart draws follow the report's language: in a Chinese report every title,
 * subtitle, axis and legend title, tooltip title and drawn label of every chart is Chinese
 * (apart from the model's own names and "KPI"/"CI"), and the setting reaches a second copy
 * of the language module (the command line and the report writer are bundled apart). The
 * planner's charts (sweep, frontier, tornado, staffing) follow it too, legend entries included.
 */
import { describe, expect, it, vi } from "vitest";
import { buildComparisonChartList as buildComparisonCharts, buildRunChartList as buildRunCharts } from "../../../../src/report/specs/registry.js";
import { inLanguage, setLanguage } from "../../../../src/report/i18n/language.js";
import { accountOpeningComparison, accountOpeningRun } from "../../../fixtures/results/account-opening.js";
import type { RunResult } from "../../../../src/stats/result-types.js";
import { buildFrontierSpec, buildSweepKpiSpec } from "../../../../src/report/specs/sweep.js";
import { buildTornadoSpec } from "../../../../src/report/specs/tornado.js";
import { buildServiceLevelSpec, buildStaffingSpec } from "../../../../src/report/specs/staffing.js";
import { PLANNER_KPIS, plannerStaffing, plannerSweep, plannerTornado } from "../../../fixtures/results/planner.js";

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

/** English words left once the model's names, field references and "KPI"/"CI" and the name "Holm" are taken out. */
function englishLeft(text: string, names: readonly string[]): string[] {
  let rest = text.replace(/datum\.\w+|'(better|worse|unclear)'/g, "");
  for (const name of names) rest = rest.split(name).join("");
  return rest.match(/[A-Za-z]{3,}/g)?.filter((w) => w !== "KPI" && w !== "Holm") ?? [];
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

/** The data values a chart draws as legend entries (the fields of its colour encodings). */
function legendWordsOf(spec: unknown): string[] {
  const fields = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      if (k === "color" && v && typeof v === "object" && "field" in v) fields.add(String(v.field));
      else if (k !== "data") visit(v);
    }
  };
  visit(spec);
  const rows = (spec as { data: { values: Record<string, unknown>[] } }).data.values;
  return rows.flatMap((row) => [...fields].map((f) => row[f]).filter((v): v is string => typeof v === "string"));
}

/** Tooltip entries without a title (Vega-Lite then shows the English field name). */
function untitledTooltips(spec: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown, key: string): void => {
    if (Array.isArray(node)) return node.forEach((x) => visit(x, key));
    if (!node || typeof node !== "object") return;
    if (key === "tooltip" && "field" in node && !("title" in node)) found.push(String(node.field));
    for (const [k, v] of Object.entries(node)) if (k !== "data") visit(v, k === "tooltip" ? k : key === "tooltip" ? "" : k);
  };
  visit(spec, "");
  return found;
}

describe("planner chart texts in Chinese", () => {
  const names = [plannerSweep.model, plannerStaffing.pool, ...plannerSweep.parameters.map((p) => p.path), ...plannerTornado.inputs.map((i) => i.path)].sort((a, b) => b.length - a.length);
  const cases = [
    ["sweep KPIs", () => buildSweepKpiSpec(plannerSweep, PLANNER_KPIS.map((d) => d.key))],
    ["frontier", () => buildFrontierSpec(plannerSweep)],
    ["tornado", () => buildTornadoSpec(plannerTornado, PLANNER_KPIS[0].key)],
    ["staffing", () => buildStaffingSpec(plannerStaffing)],
    ["service level through the day", () => buildServiceLevelSpec(plannerStaffing)],
  ] as const;

  it.each(cases)("%s: every worded text and legend entry is Chinese", (_, build) => {
    const spec = inLanguage("zh", build);
    if (!spec) throw new Error("expected a chart");
    const words = [...wordsOf(spec), ...legendWordsOf(spec)];
    expect(words.length).toBeGreaterThan(3);
    expect(words.flatMap((w) => englishLeft(w, names).map((e) => `${e} in "${w}"`))).toEqual([]);
    expect(untitledTooltips(spec)).toEqual([]);
  });

  it("English planner charts keep their English texts", () => {
    const frontier = buildFrontierSpec(plannerSweep);
    expect(wordsOf(frontier)).toContain("Cost against service level");
    expect(legendWordsOf(frontier)).toContain("on the frontier");
    expect(untitledTooltips(frontier)).toEqual(["cost", "service"]);
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
