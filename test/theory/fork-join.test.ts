/**
 * Fork-join against order statistics: parallel exponential branches with unlimited capacity.
 *
 * A loan file's credit check and valuation each take an exponential time and nobody queues
 * (delay steps): the file waits at the join for the slower one, so its time from fork to
 * join is the maximum of the branch times — for n iid Exp(μ) branches E[max] = H_n / μ and
 * P(T ≤ t) = (1 − e^{−μt})^n; for rates a and b, E[max] = 1/a + 1/b − 1/(a + b) and the
 * branch of rate a is the last one back (the critical branch) with probability b / (a + b).
 * A join that needs k of n parts releases the file at the k-th order statistic:
 * E[X(k)] = (1/μ) Σ_{i=0}^{k−1} 1/(n − i).
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { Route, Step } from "../../src/model/compile/model.js";
import { compileModel } from "../../src/model/compile/compile.js";
import { runReplication } from "../../src/experiment/replicate.js";
import { buildModel, exponential, goTo, pool, poissonSource, serviceStep, EXIT } from "../support/theory/model-builder.js";
import { checkKpi, expectTheoryWithin, replicate } from "../support/theory/replications.js";
import { QuietObserver } from "../support/theory/recording-observers.js";
import { tInterval } from "../support/theory/t-interval.js";

const REPLICATIONS = 20;
const CASES = 8_000;

function fork(branches: string[], join: string): Step {
  return { name: "fork", kind: "fork", resources: [], duration: { kind: "deterministic", value: 0 }, next: EXIT, fork: { branches, join }, path: ["steps", "fork"] };
}

function join(need?: number, next: Route = EXIT): Step {
  return { name: "join", kind: "join", resources: [], duration: { kind: "deterministic", value: 0 }, next, ...(need === undefined ? {} : { need }), path: ["steps", "join"] };
}

/** A fork into delay branches with these mean times, met at a join needing `need` (default all). */
function parallelModel(means: number[], need?: number) {
  const names = means.map((_, i) => `branch ${i + 1}`);
  return buildModel({
    arrivals: [poissonSource("files", 0.2, "fork")],
    steps: [fork(names, "join"), ...means.map((mean, i) => serviceStep(names[i], null, exponential(mean), goTo("join"))), join(need)],
    run: { maxArrivals: CASES, study: "terminating" },
  });
}

/** Fork-to-release times of every case, per replication. */
class SpanObserver extends QuietObserver {
  readonly spans: number[] = [];
  override onJoin(_t: number, _c: number, _cls: number, _join: number, span: number): void {
    this.spans.push(span);
  }
}

function spansOf(means: number[]): number[][] {
  const compiled = compileModel(parallelModel(means));
  return Array.from({ length: REPLICATIONS }, (_, r) => {
    const observer = new SpanObserver();
    runReplication(compiled, r, { observer });
    return observer.spans;
  });
}

const harmonic = (n: number): number => Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
const tight = { maxRelativeHalfWidth: 0.02 };

describe.each([2, 3])("fork of %i iid exponential branches (mean 10)", (n) => {
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(parallelModel(Array.from({ length: n }, () => 10)), REPLICATIONS);
  });

  it("the parallel time and the cycle time are the maximum: H_n / μ", () => {
    checkKpi(results, "step/join/join.parallelTime", 10 * harmonic(n), tight);
    checkKpi(results, "overall/cycleTime.mean", 10 * harmonic(n), tight);
  });

  it("each branch takes its own mean; a part waits E[max] − E[X] at the join; each branch is critical 1/n of the time", () => {
    checkKpi(results, "step/branch 1/branch.time", 10, tight);
    checkKpi(results, "step/join/join.syncDelay", 10 * harmonic(n) - 10, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, "step/branch 2/branch.critical", 1 / n, { maxRelativeHalfWidth: 0.04 });
  });

  it("P(T ≤ t) = (1 − e^{−t/10})^n", () => {
    const spans = spansOf(Array.from({ length: n }, () => 10));
    for (const t of [5, 15, 30]) {
      const shares = spans.map((list) => list.filter((x) => x <= t).length / list.length);
      expectTheoryWithin(`P(T ≤ ${t})`, tInterval(shares), (1 - Math.exp(-t / 10)) ** n, { maxRelativeHalfWidth: 0.03 });
    }
  });
});

describe("fork of two exponential branches with different rates (means 10 and 20)", () => {
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(parallelModel([10, 20]), REPLICATIONS);
  });

  it("E[max] = 1/a + 1/b − 1/(a + b); the faster branch is last back with probability a/(a + b)", () => {
    const a = 1 / 10;
    const b = 1 / 20;
    checkKpi(results, "step/join/join.parallelTime", 1 / a + 1 / b - 1 / (a + b), tight);
    // P(X_a > X_b) = b / (a + b) for the branch of rate a.
    checkKpi(results, "step/branch 1/branch.critical", b / (a + b), { maxRelativeHalfWidth: 0.04 });
  });
});

describe("a join that needs 2 of 3 iid exponential parts (mean 10)", () => {
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(parallelModel([10, 10, 10], 2), REPLICATIONS);
  });

  it("releases the case at the 2nd order statistic: (1/3 + 1/2) · 10; the late part is withdrawn", () => {
    checkKpi(results, "step/join/join.parallelTime", 10 * (1 / 3 + 1 / 2), tight);
    checkKpi(results, "overall/cycleTime.mean", 10 * (1 / 3 + 1 / 2), tight);
    checkKpi(results, "step/join/join.withdrawn", CASES, { maxRelativeHalfWidth: 0.001 });
  });

  it("a branch's share is its time before the release: E[min(X_i, X(2))] / E[X(2)] = 0.8; the rest, (E[X(3)] − E[X(2)]) / 3, is work after the case left", () => {
    // E[min(X_i, X(2))] = (E[X(1)] + 2 E[X(2)]) / 3 = (10/3 + 2 · 25/3) / 3 = 20/3, of E[X(2)] = 25/3.
    checkKpi(results, "step/branch 1/cycleTime.share", 0.8, tight);
    checkKpi(results, "step/branch 3/cycleTime.share", 0.8, tight);
    // E[X(3)] = 10 (1/3 + 1/2 + 1) = 55/3: each branch works (55/3 − 25/3) / 3 = 10/3 after its case left.
    checkKpi(results, "step/branch 1/lateWork.mean", 10 / 3, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, "step/branch 2/serviceTime.mean", 10, tight);
  });
});

describe("a branch with one analyst: the parts form an M/M/1 queue of their own", () => {
  // Parts reach "credit check" as the cases arrive (Poisson, 0.2 a minute); service mean 3:
  // ρ = 0.6, mean wait ρ / (μ − λ) = 4.5 minutes; the valuation branch is a pure delay.
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(buildModel({
      arrivals: [poissonSource("files", 0.2, "fork")],
      resources: [pool("analysts", 1)],
      steps: [
        fork(["credit check", "valuation"], "join"),
        serviceStep("credit check", "analysts", exponential(3), goTo("join")),
        serviceStep("valuation", null, exponential(10), goTo("join")),
        join(),
      ],
      run: { maxArrivals: CASES, study: "terminating" },
    }), REPLICATIONS);
  });

  it("the step's wait and the pool's utilisation are those of M/M/1", () => {
    checkKpi(results, "step/credit check/waitTime.mean", 0.6 / (1 / 3 - 0.2), { maxRelativeHalfWidth: 0.06 });
    checkKpi(results, "pool/analysts/utilisation", 0.6, { maxRelativeHalfWidth: 0.02 });
  });
});

