// The "What changes" chart draws each relative change's whisker from the comparison's own
// relative interval (the one the headline reads), and an unbounded interval edge to edge.
import { describe, expect, it } from "vitest";
import { buildKpiDifferencesSpec } from "../../../src/report/specs/kpi-differences.js";
import type { ComparisonResult } from "../../../src/stats/result-types.js";
import { accountOpeningComparison } from "../../fixtures/results/account-opening.js";

const CYCLE = "overall/cycleTime.mean";

/** The fixture with the cycle-time interval of the second proposal replaced. */
function withInterval(relativeCi: { lo: number | null; hi: number | null }): ComparisonResult {
  const [first, second] = accountOpeningComparison.proposals;
  const differences = second.differences.map((d) => (d.key === CYCLE ? { ...d, relativeCi } : d));
  return { ...accountOpeningComparison, proposals: [first, { ...second, differences }] };
}

interface DifferencesSpec {
  readonly data: { readonly values: Record<string, unknown>[] };
  readonly spec: { readonly layer: { readonly encoding: { readonly x: { readonly scale?: { readonly domain: [number, number] } } } }[] };
}

/** The cycle-time row of the second proposal and the chart's x domain. */
function cycleRow(comparison: ComparisonResult): { row: Record<string, unknown>; domain: [number, number] } {
  const spec = buildKpiDifferencesSpec({ comparison } as Parameters<typeof buildKpiDifferencesSpec>[0]) as unknown as DifferencesSpec;
  const row = spec.data.values.find((r) => r.kpi === "Mean cycle time" && r.proposal === accountOpeningComparison.proposals[1].name);
  const domain = spec.spec.layer[1].encoding.x.scale?.domain;
  if (!row || !domain) throw new Error("no cycle-time row or no x domain");
  return { row, domain };
}

describe("relative intervals in the differences chart", () => {
  it("draws the comparison's relative interval", () => {
    expect(cycleRow(withInterval({ lo: -0.45, hi: -0.31 })).row).toMatchObject({ relLo: -0.45, relHi: -0.31, drawLo: -0.45, drawHi: -0.31 });
  });

  it("draws an unbounded interval across the whole axis and gives no bounds", () => {
    const { row, domain } = cycleRow(withInterval({ lo: null, hi: null }));
    expect(row).toMatchObject({ relLo: null, relHi: null, drawLo: domain[0], drawHi: domain[1] });
  });
});
