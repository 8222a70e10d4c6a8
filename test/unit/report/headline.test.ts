/**
 * Headline sentences, case by case: digits from the interval's width, points for shares,
 * percent for everything else, and never a range whose two ends read the same.
 */
import { describe, expect, it } from "vitest";
import { sentenceOf } from "../../../src/report/headline.js";
import type { KpiDef, KpiDifference, KpiSummary } from "../../../src/stats/result-types.js";

const summary = (mean: number, lo: number, hi: number): KpiSummary => ({ key: "k", n: 20, mean, sd: 1, halfWidth: (hi - lo) / 2, lo, hi });

const SHARE: KpiDef = { key: "serviceLevel/5 min/achieved", scope: "serviceLevel", subject: "5 min", metric: "achieved", label: "Served within 5 min", unit: "share", better: "higher" };
const WAIT: KpiDef = { key: "overall/waitTime.mean", scope: "overall", subject: "", metric: "waitTime.mean", label: "Mean wait (all cases)", unit: "min", better: "lower" };

function difference(current: number, diff: KpiSummary): KpiDifference {
  const proposed = current + (diff.mean ?? 0);
  return {
    key: "k",
    current: summary(current, current - 0.01, current + 0.01),
    proposed: summary(proposed, proposed - 0.01, proposed + 0.01),
    diff,
    relativeChange: (diff.mean ?? 0) / current,
    relativeCi: diff.lo === null || diff.hi === null ? null : { lo: diff.lo / current, hi: diff.hi / current },
    significant: (diff.lo ?? 0) > 0 || (diff.hi ?? 0) < 0,
    unpairedHalfWidth: null,
  };
}

describe("headline sentences", () => {
  it.each<[string, KpiDef, KpiDifference, string]>([
    ["a small change in points keeps the digit that shows it", SHARE, difference(0.9, summary(0.008, 0.002, 0.014)), "Served within 5 min rises from 90.0% to 90.8% (+0.8 points, 95% CI 0.2 to 1.4 points)."],
    ["a large change in points", SHARE, difference(0.42, summary(0.39, 0.381, 0.399)), "Served within 5 min rises from 42.0% to 81.0% (+39.0 points, 95% CI 38.1 to 39.9 points)."],
    ["points that are the same in every replication", SHARE, difference(0.5, summary(0.1, 0.1, 0.1)), "Served within 5 min rises from 50% to 60% (+10 points in every replication)."],
    ["a relative change with a wide interval", WAIT, difference(100, summary(-38, -42, -34)), "Mean wait falls by 38% (95% CI 34–42%)."],
    ["a relative change the same in every replication", WAIT, difference(100, summary(-12, -12, -12)), "Mean wait falls by 12% in every replication."],
    ["a narrow relative change gets the digits its interval needs", WAIT, difference(100, summary(-12.04, -12.1, -11.98)), "Mean wait falls by 12.04% (95% CI 11.98–12.10%)."],
    ["no detectable change, with its interval", WAIT, difference(100, summary(-0.5, -3, 2)), "No detectable change in mean wait (95% CI −3% to +2%)."],
  ])("%s", (_, def, d, expected) => {
    expect(sentenceOf(def, d).text).toBe(expected);
  });
});
