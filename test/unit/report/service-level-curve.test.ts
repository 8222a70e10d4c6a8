/**
 * A service-level target is drawn on the curve it is about: the loan factory's target on
 * waiting at initial review is not drawn on the whole application's waiting curve, but on
 * that step's own waiting, where the curve at the threshold agrees with the share achieved;
 * and the steps' shares of the time in process add up to at most 100%.
 */
import { describe, expect, it } from "vitest";
import { simulateFile } from "../../../src/api/simulate.js";
import { buildRunChartList } from "../../../src/report/specs/registry.js";

interface Layer {
  readonly data?: { readonly values?: readonly Record<string, unknown>[] };
  readonly layer?: readonly Layer[];
}

describe("service-level target curves", () => {
  it("draws a per-step target on that step's waiting curve, not the whole-case one", async () => {
    const run = await simulateFile("scenarios/loan-factory.yaml", { replications: 3, workers: 1 });
    if (!run.ok) throw new Error("bundled scenario must load");
    const result = run.value;
    const charts = buildRunChartList(result);
    const wait = charts.find((c) => c.id === "waiting-distribution")?.spec as unknown as Layer;
    expect(wait.layer).toHaveLength(1);

    const own = charts.find((c) => c.id === "service-level-distributions")?.spec as unknown as Layer;
    const [lines, thresholds] = own.layer ?? [];
    expect(thresholds.data?.values?.map((v) => v.maxWait)).toEqual([4]);
    const level = result.serviceLevels[0];
    expect(level.measures).toBe("waiting at initial review");
    // The curve at the threshold (4 h) reads the share achieved (up to the histogram's bin width).
    const points = (lines.data?.values ?? []) as { x: number; cdf: number }[];
    const atThreshold = Math.max(...points.filter((p) => p.x <= 4).map((p) => p.cdf));
    const achieved = result.kpis.find((k) => k.key === level.achievedKey)?.mean ?? Number.NaN;
    expect(Math.abs(atThreshold - achieved)).toBeLessThan(0.01);

    // "Where the time goes": shares of all time in process, which add up to at most 100%.
    // Work done in parallel (the loan factory's bureau report and valuation run at once) is
    // time in process for both branches, so only the steps outside the fork's branches add up.
    const breakdown = charts.find((c) => c.id === "time-breakdown")?.spec as unknown as { data: { values: { part: string; share: number | null; step?: string }[] } };
    const processing = breakdown.data.values.filter((r) => r.part === "processing");
    const shares = processing.map((r) => r.share ?? 0);
    expect(Math.max(...shares)).toBeGreaterThan(0);
    expect(Math.max(...shares)).toBeLessThanOrEqual(1);
    const parallel = new Set(["credit bureau report", "collateral valuation"]);
    const serial = processing.filter((r) => !parallel.has(String(r.step ?? ""))).map((r) => r.share ?? 0);
    expect(serial.length).toBeLessThan(shares.length);
    expect(serial.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-5);
  });
});
