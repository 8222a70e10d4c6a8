/**
 * Non-preemptive priority (Cobham): premium customers are called before standard ones, but
 * nobody is interrupted.
 *
 * One teller, exponential handling of mean 1 minute, 0.4 premium and 0.4 standard customers
 * per minute: premium customers wait W0/(1 − σ1) = 1.33 minutes and standard ones
 * W0/((1 − σ1)(1 − σ2)) = 6.67, against 4 for everyone under first come, first served.
 * A second case gives the classes different handling-time distributions (M/G/1).
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { DistSpec } from "../../src/random/dist-spec.js";
import { cobhamMg1 } from "../support/theory/priority.js";
import { distMoments } from "../support/theory/moments.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor } from "../support/theory/station-models.js";
import { EXIT, buildModel, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

interface PriorityCase {
  readonly name: string;
  readonly classes: readonly { name: string; rate: number; priority: number; service: DistSpec }[];
  readonly customers: number;
}

const cases: PriorityCase[] = [
  {
    name: "M/M/1, two classes at 0.4 each",
    classes: [
      { name: "premium", rate: 0.4, priority: 2, service: { kind: "exponential", mean: 1 } },
      { name: "standard", rate: 0.4, priority: 1, service: { kind: "exponential", mean: 1 } },
    ],
    customers: 80_000,
  },
  {
    name: "M/G/1, short premium and long standard jobs",
    classes: [
      { name: "premium", rate: 0.3, priority: 5, service: { kind: "uniform", min: 0.5, max: 1.5 } },
      { name: "standard", rate: 0.25, priority: 0, service: { kind: "gamma", shape: 2, scale: 1 } },
    ],
    customers: 60_000,
  },
];

describe.each(cases)("$name", ({ classes, customers }) => {
  const theory = cobhamMg1(classes.map((c) => {
    const m = distMoments(c.service);
    return { arrivalRate: c.rate, meanService: m.mean, secondMoment: m.secondMoment };
  }));
  const totalRate = classes.reduce((s, c) => s + c.rate, 0);
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "priority counter",
      arrivals: classes.map((c) => poissonSource(c.name, c.rate, `serve ${c.name}`, { priority: c.priority })),
      resources: [pool("teller", 1)],
      steps: classes.map((c) => serviceStep(`serve ${c.name}`, "teller", c.service, EXIT)),
      run: { horizon: horizonFor(totalRate, customers, 2_000), warmup: 2_000 },
    });
    results = replicate(model, 20);
  });

  it("each class waits W0 / ((1 − σ_{k−1})(1 − σ_k))", () => {
    classes.forEach((c, k) => {
      checkKpi(results, `class/${c.name}/waitTime.mean`, theory[k], { maxRelativeHalfWidth: 0.04 });
    });
  });

  it("the teller is busy Σ λ_k·E[S_k] of the time", () => {
    const load = classes.reduce((s, c) => s + c.rate * distMoments(c.service).mean, 0);
    checkKpi(results, "pool/teller/utilisation", load, { maxRelativeHalfWidth: 0.01 });
  });
});
