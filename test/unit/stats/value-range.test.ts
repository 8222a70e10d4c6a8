/**
 * A KPI's interval stays inside the values it can take: a share's in [0, 1], a difference of
 * shares in [−1, 1], a time's, rate's or cost's at 0, while its mean, half-width and p-value
 * are the t-interval's own; a ratio that may pass 1 (occupancy with overtime) is not cut at 1,
 * and a difference of times or costs is not cut at all.
 */
import { describe, expect, it } from "vitest";
import { kpiInterval, kpiPairedDifference, tInterval, tPValue } from "../../../src/stats/ci.js";
import { kpiRangeOfKey } from "../../../src/stats/kpi-defs.js";
import { loadModelFile, simulateSync } from "../../../src/index.js";
import { NON_NEGATIVE_RANGE, SHARE_RANGE, differenceRange, unitRange, withinRange } from "../../../src/stats/value-range.js";

/** A "met" KPI: 1 in 18 of 20 replications (mean 0.9, its t-interval passes 1). */
const MET = "serviceLevel/decision within 4h/met";
const metValues = [...Array<number>(18).fill(1), 0, 0];

/** Abandonment near 0: one replication in thirty lost a call (its t-interval dips below 0). */
const ABANDONED = "overall/abandonment.share";
const rareLoss = [...Array<number>(29).fill(0), 0.002];

describe("value ranges", () => {
  it("are [0, 1] for shares, [0, ∞) for counts, times, rates and money, and [lo − hi, hi − lo] for differences", () => {
    expect(unitRange("share")).toEqual(SHARE_RANGE);
    for (const unit of ["count", "cases", "min", "perHour", "currency", "casesPerStaffHour"] as const) expect(unitRange(unit), unit).toEqual(NON_NEGATIVE_RANGE);
    expect(differenceRange(NON_NEGATIVE_RANGE)).toEqual({ lo: -Infinity, hi: Infinity });
    expect(differenceRange(SHARE_RANGE)).toEqual({ lo: -1, hi: 1 });
    expect(differenceRange(null)).toBeNull();
  });

  it("come from the KPI's record: its own range where a share may pass 1", () => {
    expect(kpiRangeOfKey(MET)).toEqual(SHARE_RANGE);
    expect(kpiRangeOfKey("class/calls/busySignal.share")).toEqual(SHARE_RANGE);
    expect(kpiRangeOfKey("pool/tellers/occupancy")).toEqual(NON_NEGATIVE_RANGE);
    expect(kpiRangeOfKey("overall/waitTime.mean")).toEqual(NON_NEGATIVE_RANGE);
    expect(kpiRangeOfKey("overall/cost.idle")).toEqual(NON_NEGATIVE_RANGE);
    expect(kpiRangeOfKey("no/such")).toBeNull();
  });

  it("cut an interval's ends and leave an interval inside them as it is", () => {
    const inside = { lo: 0.2, hi: 0.4 };
    expect(withinRange(inside, SHARE_RANGE)).toBe(inside);
    expect(withinRange({ lo: -0.1, hi: 1.2, n: 3 }, SHARE_RANGE)).toEqual({ lo: 0, hi: 1, n: 3 });
    expect(withinRange({ lo: null, hi: null }, SHARE_RANGE)).toEqual({ lo: null, hi: null });
    expect(withinRange({ lo: -5, hi: 7 }, null)).toEqual({ lo: -5, hi: 7 });
  });
});

describe("KPI intervals of shares", () => {
  it("stay in [0, 1], with the t-interval's mean and half-width", () => {
    const raw = tInterval(metValues);
    expect(raw.hi).toBeGreaterThan(1);
    const cut = kpiInterval(MET, metValues);
    expect(cut.mean).toBe(raw.mean);
    expect(cut.halfWidth).toBe(raw.halfWidth);
    expect(cut.lo).toBe(raw.lo);
    expect(cut.hi).toBe(1);

    const low = kpiInterval(ABANDONED, rareLoss);
    expect(tInterval(rareLoss).lo).toBeLessThan(0);
    expect(low.lo).toBe(0);
    expect(low.hi).toBe(tInterval(rareLoss).hi);
  });

  it("are not cut for a KPI without a range, nor at 1 for occupancy", () => {
    const values = [-3, 5, 12];
    expect(kpiInterval("no/such", values)).toMatchObject({ lo: tInterval(values).lo, hi: tInterval(values).hi });
    const overtime = [1.02, 1.1, 0.98];
    expect(kpiInterval("pool/tellers/occupancy", overtime).hi).toBe(tInterval(overtime).hi);
  });

  it("start at 0 for times and costs: two days with mean waits 0 and 1.2 min", () => {
    // By hand: mean 0.6, sd 0.8485, t(0.975, 1) = 12.7062, half-width 12.7062 × 0.8485 / √2 = 7.6237;
    // the t-interval [−7.02, 8.22] is reported [0, 8.22], mean and half-width unchanged.
    const cut = kpiInterval("overall/waitTime.mean", [0, 1.2]);
    expect(cut.mean).toBeCloseTo(0.6, 12);
    expect(cut.halfWidth).toBeCloseTo(7.6237, 3);
    expect(cut).toMatchObject({ lo: 0 });
    expect(cut.hi).toBeCloseTo(8.2237, 3);
    expect(kpiInterval("overall/cost.idle", [0, 40, 5]).lo).toBe(0);
    expect(kpiInterval("step/counter/serviceTime.mean", [4.9, 5.1, 5]).lo).toBe(tInterval([4.9, 5.1, 5]).lo);
  });

  it("leave a paired difference of times or costs uncut, on both sides of zero", () => {
    const diff = kpiPairedDifference("overall/waitTime.mean", [2, 0.5, 3], [0.5, 2, 1]);
    const raw = tInterval([-1.5, 1.5, -2]);
    expect(diff).toMatchObject({ mean: raw.mean, halfWidth: raw.halfWidth, lo: raw.lo, hi: raw.hi });
    expect(diff.lo).toBeLessThan(0);
  });

  it("keep a paired difference of shares in [−1, 1], its p-value unchanged", () => {
    const current = [0, 1, 0, 1, 0];
    const proposed = [1, 0, 1, 0, 1];
    const diff = kpiPairedDifference(MET, current, proposed);
    const raw = tInterval(proposed.map((p, i) => p - current[i]));
    expect(raw.lo).toBeLessThan(-1);
    expect(raw.hi).toBeGreaterThan(1);
    expect(diff).toMatchObject({ mean: raw.mean, halfWidth: raw.halfWidth, lo: -1, hi: 1 });
    expect(diff.pValue).toBe(tPValue(raw));
  });

  it("leave a target's test by the lower bound as it was", () => {
    // Every replication met: exactly [1, 1], so even a 100% target is met.
    expect(kpiInterval(MET, [1, 1, 1])).toMatchObject({ lo: 1, hi: 1 });
    // Cut at 1, the upper end still reaches a 100% target: not "missed", only undecided.
    expect(kpiInterval(MET, metValues).hi).toBeGreaterThanOrEqual(SHARE_RANGE.hi);
  });
});

describe("a two-day run of the branch counter", () => {
  it("reports no interval below zero, means and half-widths the t-interval's own", () => {
    const loaded = loadModelFile(new URL("../../../scenarios/branch-counter.yaml", import.meta.url).pathname);
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
    const run = simulateSync(loaded.model, { replications: 2 });
    const below = run.kpis.filter((k) => k.lo !== null && k.lo < 0).map((k) => k.key);
    expect(below).toEqual([]);
    const wait = run.kpis.find((k) => k.key === "overall/waitTime.mean");
    const raw = tInterval(run.repResults.map((rep) => rep.kpis["overall/waitTime.mean"] ?? null));
    expect(wait).toMatchObject({ mean: raw.mean, halfWidth: raw.halfWidth, lo: Math.max(0, raw.lo ?? 0), hi: raw.hi });
    expect(run.timeOfDay.flatMap((series) => series.lo.filter((lo) => lo !== null && lo < 0))).toEqual([]);
  });
});
