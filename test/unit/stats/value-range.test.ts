/**
 * A KPI's interval stays inside the values it can take: a share's in [0, 1], a difference of
 * shares in [−1, 1], while its mean, half-width and p-value are the t-interval's own; a ratio
 * that may pass 1 (occupancy with overtime) is not cut at 1.
 */
import { describe, expect, it } from "vitest";
import { kpiInterval, kpiPairedDifference, tInterval, tPValue } from "../../../src/stats/ci.js";
import { kpiRangeOfKey } from "../../../src/stats/kpi-defs.js";
import { NON_NEGATIVE_RANGE, SHARE_RANGE, differenceRange, unitRange, withinRange } from "../../../src/stats/value-range.js";

/** A "met" KPI: 1 in 18 of 20 replications (mean 0.9, its t-interval passes 1). */
const MET = "serviceLevel/decision within 4h/met";
const metValues = [...Array<number>(18).fill(1), 0, 0];

/** Abandonment near 0: one replication in thirty lost a call (its t-interval dips below 0). */
const ABANDONED = "overall/abandonment.share";
const rareLoss = [...Array<number>(29).fill(0), 0.002];

describe("value ranges", () => {
  it("are [0, 1] for shares, [0, ∞) for counts, none for times, and [lo − hi, hi − lo] for differences", () => {
    expect(unitRange("share")).toEqual(SHARE_RANGE);
    expect(unitRange("min")).toBeNull();
    expect(unitRange("count")).toEqual(NON_NEGATIVE_RANGE);
    expect(unitRange("cases")).toEqual(NON_NEGATIVE_RANGE);
    expect(differenceRange(NON_NEGATIVE_RANGE)).toEqual({ lo: -Infinity, hi: Infinity });
    expect(differenceRange(SHARE_RANGE)).toEqual({ lo: -1, hi: 1 });
    expect(differenceRange(null)).toBeNull();
  });

  it("come from the KPI's record: its own range where a share may pass 1", () => {
    expect(kpiRangeOfKey(MET)).toEqual(SHARE_RANGE);
    expect(kpiRangeOfKey("class/calls/busySignal.share")).toEqual(SHARE_RANGE);
    expect(kpiRangeOfKey("pool/tellers/occupancy")).toEqual(NON_NEGATIVE_RANGE);
    expect(kpiRangeOfKey("overall/waitTime.mean")).toBeNull();
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
    const waits = [-3, 5, 12];
    expect(kpiInterval("overall/waitTime.mean", waits)).toMatchObject({ lo: tInterval(waits).lo, hi: tInterval(waits).hi });
    const overtime = [1.02, 1.1, 0.98];
    expect(kpiInterval("pool/tellers/occupancy", overtime).hi).toBe(tInterval(overtime).hi);
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
