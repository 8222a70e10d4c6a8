/**
 * Downtime that sends interrupted work elsewhere, against theory. Up times are exponential
 * with rate θ on clock time and a service starts only while the pool is up, so by memoryless
 * up times the time to the next failure at a service start is exponential(θ), independent of
 * the exponential(μ) service: the service is cut short (and sent elsewhere) with probability
 * P = θ / (θ + μ). Sending never resumes work, so every started service is an independent
 * trial: the share of activities sent elsewhere is P whatever the queue does.
 */
import { beforeAll, describe, it } from "vitest";
import type { ResourcePool } from "../../src/model/compile/model.js";
import type { RepResult } from "../../src/stats/result-types.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor, stationSource } from "../support/theory/station-models.js";
import { EXIT, buildModel, exponential, pool, serviceStep } from "../support/theory/model-builder.js";

describe("RPA bots, λ = 0.5, E[S] = 1, MTBF 20, MTTR 3, interrupted work sent to manual keying", () => {
  const lambda = 0.5;
  const mtbf = 20;
  const mttr = 3;
  const warmup = 1_000;
  const horizon = horizonFor(lambda, 20_000, warmup);
  let results: RepResult[];
  beforeAll(() => {
    const bots: ResourcePool = {
      ...pool("bots", 1),
      downtime: { between: exponential(mtbf), repair: exponential(mttr), outages: null, interrupted: "send", sendTo: "manual keying", path: [] },
    };
    const model = buildModel({
      arrivals: [stationSource({ arrivalRate: lambda }, "key in")],
      resources: [bots, pool("clerks", 50)],
      steps: [serviceStep("key in", "bots", exponential(1), EXIT), serviceStep("manual keying", "clerks", exponential(5), EXIT)],
      run: { horizon, warmup },
    });
    results = replicate(model, 20);
  });

  it("the share of started activities sent elsewhere is θ / (θ + μ)", () => {
    const theta = 1 / mtbf;
    checkKpi(results, "pool/bots/sentElsewhere.share", theta / (theta + 1), { maxRelativeHalfWidth: 0.05 });
  });

  it("failures and availability are those declared (sending changes neither)", () => {
    checkKpi(results, "pool/bots/failures", (horizon - warmup) / (mtbf + mttr), { maxRelativeHalfWidth: 0.02 });
    checkKpi(results, "pool/bots/availability", mtbf / (mtbf + mttr), { maxRelativeHalfWidth: 0.01 });
  });
});
