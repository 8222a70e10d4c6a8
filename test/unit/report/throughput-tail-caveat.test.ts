/**
 * The throughput caveat of a comparison: when every model completed every case that arrived,
 * a throughput difference is only the tail (when the last case left), and the report says so
 * and leaves it out of the headline.
 */
import { describe, expect, it } from "vitest";
import { comparisonCaveats } from "../../../src/report/caveats.js";
import { headlineFindings } from "../../../src/report/headline.js";
import { accountOpeningComparison } from "../../fixtures/results/account-opening.js";
import { def, difference, summary } from "../../fixtures/results/synth.js";
import type { ComparisonResult, RunResult } from "../../../src/stats/result-types.js";

const TAIL = "Every model completed every case that arrived";

/** `run` with arrivals and completions both exactly `n` in every replication. */
function allCompleted(run: RunResult, n: number): RunResult {
  const keys = ["overall/arrivals", "overall/completions"];
  const exact = keys.map((key) => ({ ...run.kpis[0], key, mean: n, lo: n, hi: n }));
  return { ...run, kpis: [...run.kpis.filter((k) => !keys.includes(k.key)), ...exact] };
}

const c = accountOpeningComparison;
const finished: ComparisonResult = {
  ...c,
  current: allCompleted(c.current, 155),
  proposals: c.proposals.map((p) => ({ ...p, result: allCompleted(p.result, 155) })),
};

describe("throughput tail caveat", () => {
  it("is given when every model completed the same cases and throughput still differs", () => {
    expect(comparisonCaveats(finished, null).some((text) => text.startsWith(TAIL))).toBe(true);
  });

  it("keeps a tail-only throughput change out of the headline findings, not other changes", () => {
    // RPA: cycle time −40%, and throughput per open hour +0.8% only because the last case left earlier.
    const defs = [def("overall", "", "cycleTime.mean", "Mean cycle time", "min", "lower"), def("overall", "", "throughput.perOpenHour", "Throughput per open hour", "cases", "higher")];
    const run = (completed: number) => ({ kpiDefs: defs, kpis: [summary("overall/arrivals", 155, 0), summary("overall/completions", completed, 0)] });
    const synthetic = (completed: number): ComparisonResult => ({
      current: run(155),
      proposals: [{ name: "RPA", result: run(completed), differences: [difference(summary(defs[0].key, 100, 1), summary(defs[0].key, 60, 1), 0.5), difference(summary(defs[1].key, 19.4, 0.01), summary(defs[1].key, 19.55, 0.01), 0.005)] }],
    }) as unknown as ComparisonResult;
    const keys = (comparison: ComparisonResult) => headlineFindings(comparison, 5)[0].findings.map((f) => f.key);
    expect(keys(synthetic(155))).toEqual(["overall/cycleTime.mean"]);
    expect(keys(synthetic(150))).toEqual(["overall/cycleTime.mean", "overall/throughput.perOpenHour"]);
  });

  it("holds with random arrivals: counts that vary between replications, every one completed", () => {
    // 30 replications of a week at 40 customers an hour: 1,505 to 1,677 arrivals, each completed.
    const week = (completed: number) => ({ ...c.current, kpis: [summary("overall/arrivals", 1591.3, 40), summary("overall/completions", completed, 40)] }) as RunResult;
    const pair = (current: number, proposed: number) => ({ ...c, current: week(current), proposals: [{ ...c.proposals[0], result: week(proposed) }] }) as ComparisonResult;
    expect(comparisonCaveats(pair(1591.3, 1591.3), null).some((text) => text.startsWith(TAIL))).toBe(true);
    // Three cases short over the 30 replications (the mean 0.1 lower): not every case completed.
    expect(comparisonCaveats(pair(1591.3, 1591.2), null).some((text) => text.startsWith(TAIL))).toBe(false);
  });

  it("is not given when the models completed different numbers of cases", () => {
    expect(comparisonCaveats(accountOpeningComparison, null).some((text) => text.startsWith(TAIL))).toBe(false);
  });
});
