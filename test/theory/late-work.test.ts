/**
 * Work after the case left, against hand calculations: a loan file forks into a scan done in
 * batches of two and a valuation (exponential, mean m = 10 minutes); the first back decides.
 *
 * Files arrive as a Poisson stream (λ = 0.1 a minute); a batch of two scans takes d = 5
 * minutes, with no one to wait for. The first scan of a batch waits for the next file's (an
 * Exp(λ) time A), the second not at all, so a scan's time at the step is T = A + d or d. The
 * file leaves at min(T, V) and the scan's time after that, (T − V)⁺, is work after the case
 * left. For V ~ Exp(mean m): E[(t − V)⁺] = t − m (1 − e^{−t/m}), and over A,
 * E[(A + d − V)⁺] = 1/λ + d − m + m e^{−d/m} λ / (λ + 1/m). So lateWork = (8.033 + 1.065) / 2
 * = 4.549 minutes per visit and the cycle time E[min(T, V)] = E[T] − 4.549 = 5.451.
 * The scan's share of time in process is exactly 1: a scan is at the step all the time its
 * file is in process, and only then (the same holds for a credit check on a failing system).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PoolDowntime, ResourcePool, Route, Step } from "../../src/model/compile/model.js";
import type { RepResult } from "../../src/stats/result-types.js";
import { buildModel, exponential, goTo, pool, poissonSource, serviceStep, EXIT } from "../support/theory/model-builder.js";
import { checkKpi, kpiValues, replicate } from "../support/theory/replications.js";

const REPLICATIONS = 20;
const CASES = 8_000;
const LAMBDA = 0.1;
const D = 5;
const M = 10;

const fork = (branches: string[]): Step =>
  ({ name: "fork", kind: "fork", resources: [], duration: { kind: "deterministic", value: 0 }, next: EXIT, fork: { branches, join: "join" }, path: ["steps", "fork"] });
const join = (next: Route = EXIT): Step =>
  ({ name: "join", kind: "join", resources: [], duration: { kind: "deterministic", value: 0 }, next, need: 1, path: ["steps", "join"] });

const scanModel = () => buildModel({
  arrivals: [poissonSource("files", LAMBDA, "fork")],
  steps: [
    fork(["scan", "valuation"]),
    { ...serviceStep("scan", null, { kind: "deterministic", value: D }, goTo("join")), kind: "batch",
      batch: { size: 2, at: [], maxWait: null, durationPer: "batch", path: ["steps", "scan", "batch"] } },
    serviceStep("valuation", null, exponential(M), goTo("join")),
    join(),
  ],
  run: { maxArrivals: CASES, study: "terminating" },
});

/** E[(t − V)⁺] for V ~ Exp(mean M). */
const lateAfter = (t: number): number => t - M * (1 - Math.exp(-t / M));
const LATE_FIRST = 1 / LAMBDA + D - M + M * Math.exp(-D / M) * LAMBDA / (LAMBDA + 1 / M);
const LATE = (LATE_FIRST + lateAfter(D)) / 2;
const MEAN_T = (1 / LAMBDA + D + D) / 2;

function each(results: readonly RepResult[], key: string, check: (value: number, r: number) => void): void {
  kpiValues(results, key).forEach(check);
}

describe("a first-of join with a batch step in one branch", () => {
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(scanModel(), REPLICATIONS);
  });

  it("work after the file left is E[(T − V)⁺] = 4.549 per scan; the cycle time E[min(T, V)] = 5.451", () => {
    expect(LATE).toBeCloseTo(4.549, 3);
    checkKpi(results, "step/scan/lateWork.mean", LATE, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, "overall/cycleTime.mean", MEAN_T - LATE, { maxRelativeHalfWidth: 0.03 });
  });

  it("time accounting adds up in every replication: the scan's share is 1, and wait + handling = time in process + work after the file left", () => {
    each(results, "step/scan/cycleTime.share", (share) => expect(share).toBeCloseTo(1, 9));
    const visits = kpiValues(results, "step/scan/visits");
    const wait = kpiValues(results, "step/scan/waitTime.mean");
    const work = kpiValues(results, "step/scan/serviceTime.mean");
    const late = kpiValues(results, "step/scan/lateWork.mean");
    const cycle = kpiValues(results, "overall/cycleTime.mean");
    const completions = kpiValues(results, "overall/completions");
    const share = kpiValues(results, "step/scan/cycleTime.share");
    visits.forEach((n, r) => {
      const atStep = n * (wait[r] + work[r]);
      expect(share[r] * completions[r] * cycle[r] + n * late[r]).toBeCloseTo(atStep, 6);
    });
  });
});

describe("a first-of join with a credit check on a failing system", () => {
  const failing = (p: ResourcePool): ResourcePool => ({
    ...p, downtime: { between: exponential(60), repair: exponential(15), outages: null, interrupted: "resume" as PoolDowntime["interrupted"], path: [] },
  });

  it("the credit check's share is exactly 1 although repairs stop it after its file left; the rest is work after the file left", () => {
    const results = replicate(buildModel({
      arrivals: [poissonSource("files", LAMBDA, "fork")],
      resources: [failing(pool("system", 1000))],
      steps: [fork(["credit", "valuation"]), serviceStep("credit", "system", exponential(M), goTo("join")), serviceStep("valuation", null, exponential(M), goTo("join")), join()],
      run: { maxArrivals: CASES, study: "terminating" },
    }), REPLICATIONS);
    each(results, "step/credit/cycleTime.share", (share) => expect(share).toBeCloseTo(1, 9));
  });
});
