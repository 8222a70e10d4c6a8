/**
 * The headline's relative interval comes from the ratio of paired means (Fieller), so a fall
 * of a wait can never read more than 100%, and an interval that does not exist says so.
 */
import { describe, expect, it } from "vitest";
import { sentenceOf } from "../../../src/report/headline.js";
import { compareRuns } from "../../../src/stats/compare-runs.js";
import { summariseKpi } from "../../../src/stats/summarise.js";
import type { KpiDef, KpiDifference, RepResult, RunResult } from "../../../src/stats/result-types.js";

const KEY = "overall/waitTime.mean";
const WAIT: KpiDef = { key: KEY, scope: "overall", subject: "", metric: "waitTime.mean", label: "Mean wait (all cases)", unit: "min", better: "lower" };

function rep(replication: number, value: number): RepResult {
  return { replication, kpis: { [KEY]: value }, histograms: {}, timeOfDayBinMinutes: 60, timeOfDay: [], events: 1, endTime: 1 };
}

function runOf(values: readonly number[]): { result: RunResult; reps: RepResult[] } {
  const reps = values.map((v, i) => rep(i, v));
  const result = { model: "m", seed: 1, replications: reps.length, kpiDefs: [WAIT], kpis: [summariseKpi(KEY, reps)], distributions: [], timeOfDay: [], serviceLevels: [], events: 0, warnings: [] } as unknown as RunResult;
  return { result, reps };
}

describe("relative change in the headline", () => {
  it("a wait that falls by 91% on busy and quiet days alike: the interval stays below 100%", () => {
    // Ten replayed days, today's mean wait 8–30 min; the proposal cuts each day's wait to ~9%.
    const today = [8, 30, 12, 25, 15, 28, 10, 22, 18, 28];
    const proposal = today.map((x, i) => 0.09 * x + (i % 2 === 0 ? 0.1 : -0.1));
    const [d] = compareRuns(runOf(today), runOf(proposal));
    // The difference's interval over today's mean (the old reading) reaches beyond −100%.
    expect((d.diff.lo as number) / (d.current.mean as number)).toBeLessThan(-1);
    const text = sentenceOf(WAIT, d).text;
    const [, pct, lo, hi] = /falls by ([\d.]+)% \(95% CI ([\d.]+)–([\d.]+)%\)/.exec(text) ?? [];
    expect(Number(pct)).toBeCloseTo(91, 0);
    expect(Number(lo)).toBeLessThanOrEqual(91);
    expect(Number(hi)).toBeGreaterThanOrEqual(91);
    expect(Number(hi)).toBeLessThanOrEqual(100);
  });

  const stated = (relativeCi: KpiDifference["relativeCi"]): KpiDifference => ({
    key: KEY,
    current: { key: KEY, n: 10, mean: 2, sd: 3, halfWidth: 2.1, lo: -0.1, hi: 4.1 },
    proposed: { key: KEY, n: 10, mean: 1.24, sd: 2, halfWidth: 1.4, lo: -0.2, hi: 2.6 },
    diff: { key: KEY, n: 10, mean: -0.76, sd: 0.5, halfWidth: 0.36, lo: -1.12, hi: -0.4 },
    relativeChange: -0.38,
    relativeCi,
    significant: true,
    unpairedHalfWidth: null,
  });

  it("says the interval is unbounded when today's mean is not clearly away from zero", () => {
    expect(sentenceOf(WAIT, stated({ lo: null, hi: null })).text).toBe("Mean wait falls by 38% (95% CI unbounded: the current value is not clearly different from zero).");
  });

  it("shows the change alone for results saved without a relative interval", () => {
    expect(sentenceOf(WAIT, stated(undefined)).text).toBe("Mean wait falls by 38%.");
  });
});
