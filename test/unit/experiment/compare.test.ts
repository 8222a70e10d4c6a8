// Paired comparison on common random numbers: a proposal that changes nothing gives exactly
// zero differences; a known effect on an M/M/1 queue is recovered inside the paired interval;
// the half-width target adds replications until it is met.
import { describe, expect, it } from "vitest";
import { compare, nextReplicationCount, UnknownKpiError } from "../../../src/experiment/compare.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";
import type { Model } from "../../../src/model/compile/model.js";
import type { RunResult } from "../../../src/stats/result-types.js";
import type { Simulation } from "../../../src/experiment/simulate.js";
import { tCritical, tInterval } from "../../../src/stats/ci.js";

/** M/M/1: arrivals 0.5 per minute, one server with mean service `serviceMean` minutes. */
function mm1(serviceMean: number, name: string, replications = 10): Model {
  return buildModel({
    name,
    arrivals: [poissonSource("customers", 0.5, "counter")],
    resources: [pool("teller", 1)],
    steps: [serviceStep("counter", "teller", exponential(serviceMean))],
    run: { horizon: 20_000, warmup: 2_000, replications, seed: 11, study: "steadyState" },
  });
}

/** Mean wait in queue of M/M/1: ρ·S/(1−ρ) with ρ = λS. */
function mm1Wait(lambda: number, serviceMean: number): number {
  const rho = lambda * serviceMean;
  return (rho * serviceMean) / (1 - rho);
}

const WAIT = "step/counter/waitTime.mean";

describe("compare", () => {
  it("gives differences of exactly 0 for every KPI when the proposal changes nothing", async () => {
    const current = mm1(1.6, "today", 4);
    const same = { ...mm1(1.6, "same again", 4) };
    const result = await compare(current, [same], { workers: 1 });
    const differences = result.proposals[0].differences;
    expect(differences.length).toBe(result.current.kpis.length);
    for (const difference of differences) {
      if (difference.diff.n === 0) continue;
      expect(difference.diff.mean, difference.key).toBe(0);
      expect(difference.significant, difference.key).toBe(false);
    }
  });

  it("recovers the theory effect of halving the mean service time inside the paired interval", async () => {
    const result = await compare(mm1(1.6, "today"), [mm1(0.8, "twice as fast")], { workers: 1 });
    const wait = result.proposals[0].differences.find((d) => d.key === WAIT);
    const theory = mm1Wait(0.5, 0.8) - mm1Wait(0.5, 1.6);
    expect(wait?.diff.lo).not.toBeNull();
    expect(theory).toBeGreaterThanOrEqual(wait?.diff.lo as number);
    expect(theory).toBeLessThanOrEqual(wait?.diff.hi as number);
    expect(wait?.significant).toBe(true);
    expect(wait?.varianceReduction).toBeGreaterThan(1);
  });

  it("adds replications until the paired half-width target is met", async () => {
    const result = await compare(mm1(1.6, "today", 3), [mm1(0.8, "fast", 3)], {
      workers: 1,
      target: { key: WAIT, halfWidth: 0.6 },
      maxReplications: 60,
    });
    expect(result.target?.met).toBe(true);
    expect(result.target?.achieved).toBeLessThanOrEqual(0.6);
    expect(result.replications).toBeGreaterThan(3);
    expect(result.current.replications).toBe(result.replications);
    expect(result.proposals[0].result.replications).toBe(result.replications);
  });

  it("rejects a target on a KPI the model does not report, with a suggestion", async () => {
    const run = compare(mm1(1.6, "a", 2), [mm1(1.6, "b", 2)], { workers: 1, target: { key: "step/countr/waitTime.mean", halfWidth: 1 } });
    await expect(run).rejects.toBeInstanceOf(UnknownKpiError);
    await expect(run).rejects.toThrow(/did you mean "step\/counter\/waitTime.mean"/);
  });
});

describe("nextReplicationCount", () => {
  /** The fewest m > n whose half-width t(m−1)·s/√m, at the spread s implied by (n, h), is ≤ target. */
  function fewest(n: number, h: number, target: number): number {
    const s = (h * Math.sqrt(n)) / tCritical(n - 1);
    let m = n + 1;
    while (tCritical(m - 1) * (s / Math.sqrt(m)) > target) m++;
    return m;
  }

  it("asks for the fewest replications that meet the target at the t-quantile of the new n", () => {
    // 10 replications at twice the target: the √n law with t(9) and a 20% margin asked for 48.
    expect(nextReplicationCount(10, 2, 1, 1000)).toBe(fewest(10, 2, 1));
    expect(fewest(10, 2, 1)).toBeLessThanOrEqual(36);
    for (const [n, h] of [[3, 5], [5, 1.3], [10, 1.01], [20, 4], [2, 40]] as const) {
      expect(nextReplicationCount(n, h, 1, 100_000), `n=${n} h=${h}`).toBe(fewest(n, h, 1));
    }
  });

  it("stays within the limit and doubles when the half-width is undefined", () => {
    expect(nextReplicationCount(10, 50, 1, 40)).toBe(40);
    expect(nextReplicationCount(10, null, 1, 15)).toBe(15);
    expect(nextReplicationCount(4, null, 1, 100)).toBe(8);
  });
});

describe("compare with a half-width target", () => {
  it("stops near the fewest replications whose paired half-width meets the target", async () => {
    const target = 0.25;
    const result = await compare(mm1(1.6, "today", 5), [mm1(0.8, "fast", 5)], { workers: 1, target: { key: WAIT, halfWidth: target }, maxReplications: 200 });
    expect(result.target?.met).toBe(true);
    // The same replications, by index, in one long run: the half-width after each count k.
    const long = await compare(mm1(1.6, "today", 80), [mm1(0.8, "fast", 80)], { workers: 1 });
    const repsOf = (run: RunResult) => (run as Simulation).repResults;
    const diffs = repsOf(long.current).map((rep, i) => (repsOf(long.proposals[0].result)[i].kpis[WAIT] as number) - (rep.kpis[WAIT] as number));
    const halfWidthAt = (k: number) => tInterval(diffs.slice(0, k)).halfWidth as number;
    let fewestMeeting = 5;
    while (fewestMeeting < diffs.length && halfWidthAt(fewestMeeting) > target) fewestMeeting++;
    expect(fewestMeeting).toBeGreaterThan(10);
    // Measured: fewest 31, stopped at 33 (the √n law with t(n−1) and a 20% margin ran 60).
    // Noise in the spread estimate allows a little overshoot, not that excess.
    expect(result.replications).toBeGreaterThanOrEqual(fewestMeeting);
    expect(result.replications).toBeLessThanOrEqual(Math.ceil(1.15 * fewestMeeting) + 1);
  });
});
