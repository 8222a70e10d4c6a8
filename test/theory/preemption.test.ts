/**
 * Preemptive-resume priority at one server against its closed form.
 *
 * One adviser, exponential handling of mean 1/μ = 1 minute for everyone, VIPs (class 1) at
 * λ1 = 0.3 and standard customers (class 2) at λ2 = 0.4 a minute. VIPs never see standard
 * customers: an M/M/1 of their own, E[T1] = (1/μ)/(1 − ρ1). A standard customer's time in
 * system is its own work stretched by VIP interruptions plus the wait for all work ahead:
 * E[T2] = E[S]/(1 − ρ1) + R/((1 − ρ1)(1 − ρ)), R = Σ λk E[Sk²]/2 = ρ/μ for exponential
 * handling, so E[T2] = (1/μ)/(1 − ρ1) + ρ/(μ(1 − ρ1)(1 − ρ)) = 1.4286 + 3.3333 minutes.
 * The test derives both from the general formula and checks the conservation law
 * λ1·E[T1] + λ2·E[T2] = λ/(μ − λ) (the M/M/1 total: exponential work of equal rate is the
 * same queue whatever the order) before comparing with the simulation.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor } from "../support/theory/station-models.js";
import { EXIT, buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

const MU = 1;
const VIP_RATE = 0.3;
const STANDARD_RATE = 0.4;
const WARMUP = 2_000;

/** Mean time in system of class k (1-based, 1 = highest) under preemptive-resume priority at one server. */
function preemptiveResumeSojourn(rates: readonly number[], meanService: number, secondMoment: number, k: number): number {
  const higher = rates.slice(0, k - 1).reduce((sum, rate) => sum + rate * meanService, 0);
  const upTo = higher + rates[k - 1] * meanService;
  const residual = rates.slice(0, k).reduce((sum, rate) => sum + (rate * secondMoment) / 2, 0);
  return meanService / (1 - higher) + residual / ((1 - higher) * (1 - upTo));
}

describe("M/M/1 with two preemptive-resume priority classes", () => {
  const rates = [VIP_RATE, STANDARD_RATE];
  const vip = preemptiveResumeSojourn(rates, 1 / MU, 2 / MU ** 2, 1);
  const standard = preemptiveResumeSojourn(rates, 1 / MU, 2 / MU ** 2, 2);
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "preemptive adviser",
      arrivals: [
        poissonSource("vip", VIP_RATE, "advice", { priority: 5 }),
        poissonSource("standard", STANDARD_RATE, "advice"),
      ],
      resources: [{ ...pool("adviser", 1), preempt: true }],
      steps: [serviceStep("advice", "adviser", exponential(1 / MU), EXIT)],
      run: { horizon: horizonFor(VIP_RATE + STANDARD_RATE, 50_000, WARMUP), warmup: WARMUP },
    });
    results = replicate(model, 20);
  });

  it("the closed forms agree with the stated formula and the conservation law", () => {
    const rho1 = VIP_RATE / MU;
    const rho = (VIP_RATE + STANDARD_RATE) / MU;
    expect(vip).toBeCloseTo(1 / MU / (1 - rho1), 12);
    expect(standard).toBeCloseTo(1 / MU / (1 - rho1) + rho / (MU * (1 - rho1) * (1 - rho)), 12);
    const lambda = VIP_RATE + STANDARD_RATE;
    expect(VIP_RATE * vip + STANDARD_RATE * standard).toBeCloseTo(lambda / (MU - lambda), 12);
  });

  it("VIPs spend (1/μ)/(1 − ρ1) in the system", () => {
    checkKpi(results, "class/vip/cycleTime.mean", vip, { maxRelativeHalfWidth: 0.03 });
  });

  it("standard customers spend (1/μ)/(1 − ρ1) + ρ/(μ(1 − ρ1)(1 − ρ))", () => {
    checkKpi(results, "class/standard/cycleTime.mean", standard, { maxRelativeHalfWidth: 0.05 });
  });

  it("handling time is reported whole (1/μ) and the adviser is busy ρ of the time", () => {
    checkKpi(results, "step/advice/serviceTime.mean", 1 / MU, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "pool/adviser/utilisation", (VIP_RATE + STANDARD_RATE) / MU, { maxRelativeHalfWidth: 0.01 });
  });

  it("interruptions per service: each standard service is hit by λ1/μ VIP arrivals, VIP services by none", () => {
    // Each standard service of length S is hit by VIP arrivals at rate λ1 while it runs:
    // λ1/μ interruptions per standard service; VIP services are never interrupted.
    const expected = (STANDARD_RATE * (VIP_RATE / MU)) / (VIP_RATE + STANDARD_RATE);
    checkKpi(results, "step/advice/preempted.share", expected, { maxRelativeHalfWidth: 0.03 });
  });
});
