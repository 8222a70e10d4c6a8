/**
 * Benchmark Model B: a bank's loan process. Applications arrive as a Poisson stream every
 * 2 minutes on average; intake by 3 clerks (lognormal, mean 4, sd 2), review by 5 analysts
 * (triangular 3, 6, 12) with 20% of reviews sent back to review, approval by 2 managers
 * (exponential, mean 3.5). One replication of 500,000 applications.
 * Reference: SimPy ≈ 20 s, simmer ≈ 22 s.
 */
import type { Model } from "../../src/model/compile/model.js";
import { branch, buildModel, exponential, goTo, pool, renewalSource, serviceStep } from "../support/theory/model-builder.js";
import { measureOneReplication } from "./model-a.js";
import type { BenchCase } from "./bench-case.js";

/** Model B with `applications` arrivals; runs until every application is decided. */
export function modelB(applications: number): Model {
  return buildModel({
    name: "Model B: loan process",
    arrivals: [renewalSource("applications", exponential(2), "intake")],
    resources: [pool("clerks", 3), pool("analysts", 5), pool("managers", 2)],
    steps: [
      serviceStep("intake", "clerks", { kind: "lognormal", mean: 4, sd: 2 }, goTo("review")),
      serviceStep("review", "analysts", { kind: "triangular", min: 3, mode: 6, max: 12 },
        branch([{ to: "review", p: 0.2 }, { to: "approval", p: 0.8 }])),
      serviceStep("approval", "managers", exponential(3.5)),
    ],
    run: { maxArrivals: applications, horizon: null, study: "terminating" },
  });
}

/** Model B as a benchmark case. */
export function modelBCase(applications: number, targetSeconds: number | null, reference: string): BenchCase {
  return {
    id: `model-b-${applications / 1e3}k`,
    title: `Model B: loan process, ${applications.toLocaleString("en-US")} applications`,
    targetSeconds,
    reference,
    run: () => measureOneReplication(modelB(applications)),
  };
}
