/**
 * The throughput caveat of a comparison: when every model completed every case that arrived,
 * a throughput difference is only the tail (when the last case left), and the report says so.
 */
import { describe, expect, it } from "vitest";
import { comparisonCaveats } from "../../../src/report/caveats.js";
import { accountOpeningComparison } from "../../fixtures/results/account-opening.js";
import type { ComparisonResult, RunResult } from "../../../src/stats/result-types.js";

const TAIL = "Every model completed every case that arrived";

/** `run` with arrivals and completions both exactly `n` in every replication. */
function allCompleted(run: RunResult, n: number): RunResult {
  const keys = ["overall/arrivals", "overall/completions"];
  const exact = keys.map((key) => ({ ...run.kpis[0], key, mean: n, lo: n, hi: n }));
  return { ...run, kpis: [...run.kpis.filter((k) => !keys.includes(k.key)), ...exact] };
}

describe("throughput tail caveat", () => {
  it("is given when every model completed the same cases and throughput still differs", () => {
    const c = accountOpeningComparison;
    const finished: ComparisonResult = {
      ...c,
      current: allCompleted(c.current, 155),
      proposals: c.proposals.map((p) => ({ ...p, result: allCompleted(p.result, 155) })),
    };
    expect(comparisonCaveats(finished, null).some((text) => text.startsWith(TAIL))).toBe(true);
  });

  it("is not given when the models completed different numbers of cases", () => {
    expect(comparisonCaveats(accountOpeningComparison, null).some((text) => text.startsWith(TAIL))).toBe(false);
  });
});
