/**
 * The KPI registry: every record carries a calculation, metrics are unique per scope, every
 * KPI has a definition in words, and the committed docs/kpis.md is the generated one.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_KPIS } from "../../../src/stats/kpis/case-kpis.js";
import type { CaseFacts } from "../../../src/stats/kpis/facts.js";
import type { KpiRecord } from "../../../src/stats/kpis/record.js";
import { KPI_FAMILIES } from "../../../src/stats/kpis/registry.js";
import { KPI_REFERENCE_PATH, kpiReferenceText } from "../../../src/stats/kpis/reference.js";

const ROOT = resolve(import.meta.dirname, "../../..");

describe("KPI registry", () => {
  it("gives every record of every family a calculation", () => {
    for (const family of KPI_FAMILIES) {
      for (const record of family.records) expect(typeof (record as KpiRecord<never>).value, `${family.title}: ${record.metric}`).toBe("function");
    }
  });

  it("rejects, at compile time, a record without a calculation", () => {
    // @ts-expect-error `value` is required: a KPI cannot be listed without its calculation.
    const missing: KpiRecord<CaseFacts> = { metric: "x", label: "X", unit: "count", better: "neither", definition: "x" };
    expect(CASE_KPIS).not.toContain(missing);
  });

  it("has unique metrics per scope and a definition for every KPI", () => {
    const byScope = new Map<string, string[]>();
    for (const family of KPI_FAMILIES) {
      const metrics = byScope.get(family.scope) ?? [];
      metrics.push(...family.records.map((r) => r.metric));
      byScope.set(family.scope, metrics);
      for (const r of family.records) expect(r.definition.length, r.metric).toBeGreaterThan(10);
    }
    for (const [scope, metrics] of byScope) expect(new Set(metrics).size, scope).toBe(metrics.length);
  });

  it(`the committed ${KPI_REFERENCE_PATH} is the generated one (run \`procsim kpis --out ${KPI_REFERENCE_PATH}\`)`, () => {
    expect(readFileSync(resolve(ROOT, KPI_REFERENCE_PATH), "utf8")).toBe(kpiReferenceText());
  });

  it("lists every KPI of every family in the reference", () => {
    const text = kpiReferenceText();
    for (const family of KPI_FAMILIES) for (const r of family.records) expect(text).toContain(`| \`${r.metric}\` |`);
  });
});
