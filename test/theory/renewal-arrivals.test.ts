/**
 * GI/M/1: renewal arrivals that are smoother than Poisson.
 *
 * Appointment customers booked every 1.25 minutes exactly (D/M/1), and walk-ins whose gaps
 * are Erlang-2 (E2/M/1), at one exponential teller of mean 1 minute: the share who wait is σ,
 * the root of σ = A*(μ(1 − σ)), and the mean wait σ/(μ(1 − σ)).
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { DistSpec } from "../../src/random/dist-spec.js";
import { giM1 } from "../support/theory/gi-m-1.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor, STATION } from "../support/theory/station-models.js";
import { buildModel, exponential, pool, renewalSource, serviceStep } from "../support/theory/model-builder.js";

const cases: { name: string; interarrival: DistSpec }[] = [
  { name: "D/M/1", interarrival: { kind: "deterministic", value: 1.25 } },
  { name: "E2/M/1", interarrival: { kind: "erlang", k: 2, mean: 1.25 } },
];

describe.each(cases)("$name at ρ = 0.8", ({ interarrival }) => {
  const theory = giM1(interarrival, 1.25, 1);
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "renewal arrivals",
      arrivals: [renewalSource(STATION.source, interarrival, STATION.step)],
      resources: [pool(STATION.pool, 1)],
      steps: [serviceStep(STATION.step, STATION.pool, exponential(1))],
      run: { horizon: horizonFor(0.8, 60_000, 1_000), warmup: 1_000 },
    });
    results = replicate(model, 20);
  });

  it("P(wait > 0) is σ and the mean wait σ/(μ(1 − σ))", () => {
    checkKpi(results, "overall/waitTime.shareWaiting", theory.probWait, { maxRelativeHalfWidth: 0.02 });
    checkKpi(results, `step/${STATION.step}/waitTime.mean`, theory.meanWait, { maxRelativeHalfWidth: 0.04 });
  });

  it("utilisation is E[S]/E[A]", () => {
    checkKpi(results, `pool/${STATION.pool}/utilisation`, 0.8, { maxRelativeHalfWidth: 0.01 });
  });
});
