/**
 * Case attributes against their declared values: category shares, the share of cases a
 * condition routes (alone and mixed with probability fallbacks), durations per category, and
 * a priority read from a category against Cobham's non-preemptive priority formula.
 *
 * Loans arrive at 1 a minute with amount ~ exponential(mean 1) and segment retail 60% / SME
 * 40%. "amount > 1" takes e⁻¹ = 36.8% of them; of the rest, a 30% spot check takes
 * 0.3·(1 − e⁻¹) = 19.0%. Retail handling is exponential(mean 2), SME uniform(4, 6): the
 * cycle time of each segment through a pure delay is its own mean. A teller serving premium
 * (50%) before standard (50%) customers at 0.8 a minute makes them wait 1.33 and 6.67 minutes.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { Route } from "../../src/model/compile/model.js";
import { cobhamMg1 } from "../support/theory/priority.js";
import { distMoments } from "../support/theory/moments.js";
import { checkKpi, expectTheoryWithin, kpiValues, replicate } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { horizonFor } from "../support/theory/station-models.js";
import { EXIT, buildModel, goTo, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

const amountAbove = (lower: number, to: string) => ({
  to, when: { attribute: "amount", lower, lowerInclusive: false, upper: null, upperInclusive: false, categories: null, path: [] }, p: null,
});

/** big if amount > 1, else spot check 30% / small 70%. */
const route: Route = {
  kind: "conditional",
  options: [amountAbove(1, "big"), { to: "spot", when: null, p: 0.3 }, { to: "small", when: null, p: 0.7 }],
};

/** Per-replication ratio of two KPIs, as an interval. */
function ratioInterval(results: readonly RepResult[], numerator: string, denominator: string) {
  const top = kpiValues(results, numerator);
  const bottom = kpiValues(results, denominator);
  return tInterval(top.map((v, i) => v / bottom[i]));
}

describe("attribute draws, routing and durations per category", () => {
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      arrivals: [poissonSource("loans", 1, "handle", {
        attributes: {
          amount: { kind: "numeric", dist: { kind: "exponential", mean: 1 } },
          segment: { kind: "categorical", categories: ["retail", "sme"], shares: [0.6, 0.4] },
        },
      })],
      steps: [
        {
          ...serviceStep("handle", null, { kind: "exponential", mean: 3 }, route),
          durationBy: { kind: "byCategory", attribute: "segment", values: { retail: { kind: "exponential", mean: 2 }, sme: { kind: "uniform", min: 4, max: 6 } }, otherwise: null, path: [] },
        },
        serviceStep("big", null, { kind: "deterministic", value: 0 }, EXIT),
        serviceStep("spot", null, { kind: "deterministic", value: 0 }, EXIT),
        serviceStep("small", null, { kind: "deterministic", value: 0 }, goTo("exit")),
      ],
      run: { maxArrivals: 10_000, study: "terminating" },
    });
    results = replicate(model, 20);
  });

  it("categories are drawn with their declared shares", () => {
    expectTheoryWithin("share retail", ratioInterval(results, "category/segment: retail/arrivals", "overall/arrivals"), 0.6, { maxRelativeHalfWidth: 0.01 });
    expectTheoryWithin("share sme", ratioInterval(results, "category/segment: sme/arrivals", "overall/arrivals"), 0.4, { maxRelativeHalfWidth: 0.015 });
  });

  it("a condition routes the share of cases whose attribute satisfies it", () => {
    expectTheoryWithin("share amount > 1", ratioInterval(results, "step/big/visits", "overall/arrivals"), Math.exp(-1), { maxRelativeHalfWidth: 0.015 });
  });

  it("the fallbacks split the other cases by their p", () => {
    const rest = 1 - Math.exp(-1);
    expectTheoryWithin("share spot", ratioInterval(results, "step/spot/visits", "overall/arrivals"), 0.3 * rest, { maxRelativeHalfWidth: 0.025 });
    expectTheoryWithin("share small", ratioInterval(results, "step/small/visits", "overall/arrivals"), 0.7 * rest, { maxRelativeHalfWidth: 0.015 });
  });

  it("each category takes its own duration", () => {
    checkKpi(results, "category/segment: retail/cycleTime.mean", 2, { maxRelativeHalfWidth: 0.02 });
    checkKpi(results, "category/segment: sme/cycleTime.mean", 5, { maxRelativeHalfWidth: 0.01 });
  });
});

describe("priority by category at one teller (Cobham, M/G/1)", () => {
  const classes = [
    { name: "premium", share: 0.3 / 0.55, priority: 5, service: { kind: "uniform", min: 0.5, max: 1.5 } as const },
    { name: "standard", share: 0.25 / 0.55, priority: 0, service: { kind: "gamma", shape: 2, scale: 1 } as const },
  ];
  const rate = 0.55;
  const theory = cobhamMg1(classes.map((c) => {
    const m = distMoments(c.service);
    return { arrivalRate: rate * c.share, meanService: m.mean, secondMoment: m.secondMoment };
  }));
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      arrivals: [{
        ...poissonSource("customers", rate, "serve", {
          attributes: { tier: { kind: "categorical", categories: classes.map((c) => c.name), shares: classes.map((c) => c.share) } },
        }),
        priorityBy: { attribute: "tier", values: { premium: 5, standard: 0 }, otherwise: 0, path: [] },
      }],
      resources: [pool("teller", 1)],
      steps: [{
        ...serviceStep("serve", "teller", { kind: "exponential", mean: 1 }, EXIT),
        durationBy: { kind: "byCategory", attribute: "tier", values: { premium: classes[0].service, standard: classes[1].service }, otherwise: null, path: [] },
      }],
      run: { horizon: horizonFor(rate, 60_000, 2_000), warmup: 2_000 },
    });
    results = replicate(model, 20);
  });

  it("each category waits W0 / ((1 − σ_{k−1})(1 − σ_k))", () => {
    classes.forEach((c, k) => checkKpi(results, `category/tier: ${c.name}/waitTime.mean`, theory[k], { maxRelativeHalfWidth: 0.04 }));
  });
});
