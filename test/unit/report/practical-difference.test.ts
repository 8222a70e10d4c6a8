/**
 * A difference under 1% of its level is practically nil and gets no "about N replications
 * would resolve" advice; a cost part is weighed against its total; a larger difference the
 * run merely could not resolve keeps its hint. Hand-made differences, hand-checked levels.
 */
import { describe, expect, it } from "vitest";
import { isPracticallyNil, levelKeyOf } from "../../../src/report/practical-difference.js";
import { resolveHints } from "../../../src/api/model-facts.js";
import type { ComparisonResult, KpiDef, KpiDifference, KpiSummary } from "../../../src/stats/result-types.js";

const summary = (key: string, mean: number, halfWidth: number): KpiSummary => ({ key, n: 20, mean, sd: halfWidth, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth });

/** current → current + diff, paired half-width `half`, not significant when the interval spans 0. */
function difference(key: string, current: number, diff: number, half: number): KpiDifference {
  return {
    key,
    current: summary(key, current, 0.1),
    proposed: summary(key, current + diff, 0.1),
    diff: summary(key, diff, half),
    relativeChange: diff / current,
    significant: Math.abs(diff) > half,
    unpairedHalfWidth: half * 2,
  };
}

const def = (key: string, metric: string, unit: KpiDef["unit"]): KpiDef => ({ key, scope: "overall", subject: "", metric, label: metric, unit, better: "lower" });

describe("a practically nil difference", () => {
  it("is under 1% of the KPI's own current value", () => {
    // Throughput 2.495 /h, −0.006 /h: 0.24% of the level.
    expect(isPracticallyNil(difference("overall/throughput.perOpenHour", 2.495, -0.006, 0.011), [])).toBe(true);
    // Mean wait 40 min, +4 min: 10% of the level.
    expect(isPracticallyNil(difference("overall/waitTime.mean", 40, 4, 5), [])).toBe(false);
    // Exactly 1%: not under it.
    expect(isPracticallyNil(difference("overall/waitTime.mean", 100, 1, 5), [])).toBe(false);
  });

  it("weighs a cost part against the total it is part of", () => {
    expect(levelKeyOf("overall/cost.overtime")).toBe("overall/cost.total");
    expect(levelKeyOf("pool/tellers/cost.idle")).toBe("pool/tellers/cost.total");
    expect(levelKeyOf("overall/cost.perCase")).toBe("overall/cost.perCase");
    // Overtime CNY 5.3 → 5.41 (+2% of itself) on a total of CNY 1,475.3: 0.007% of the total.
    const total = difference("overall/cost.total", 1475.3, 180.11, 0.2);
    const overtime = difference("overall/cost.overtime", 5.3, 0.11, 0.2);
    expect(isPracticallyNil(overtime, [total, overtime])).toBe(true);
    // Without its total in the results, the part is weighed against itself (2%: not nil).
    expect(isPracticallyNil(overtime, [overtime])).toBe(false);
  });
});

describe("the resolve hints of a comparison", () => {
  it("keep a meaningful unresolved difference and leave out a practically nil one", () => {
    const defs = [def("overall/waitTime.mean", "waitTime.mean", "min"), def("overall/cost.total", "cost.total", "currency"), def("overall/cost.overtime", "cost.overtime", "currency")];
    const differences = [difference("overall/waitTime.mean", 40, 4, 5), difference("overall/cost.total", 1475.3, 180.11, 0.2), difference("overall/cost.overtime", 5.3, 0.11, 0.2)];
    const comparison = { current: { kpiDefs: defs }, proposals: [{ name: "p", differences }] } as unknown as ComparisonResult;
    expect(resolveHints(comparison, 0).map((h) => h.key)).toEqual(["overall/waitTime.mean"]);
  });
});
