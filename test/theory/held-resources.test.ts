/**
 * Resources held across steps against theory: an adviser seized at "welcome" and released at
 * the end of "paperwork" is busy for the whole holding time, so the advisers' utilisation is
 * λ × (E[welcome] + E[advice] + E[paperwork]) / c; the meeting rooms needed at "advice" (with
 * the held adviser, several pools at once) are busy λ × E[advice] / rooms.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor, stationSource } from "../support/theory/station-models.js";
import { EXIT, buildModel, exponential, goTo, pool, serviceStep } from "../support/theory/model-builder.js";

describe("advisers held from welcome to paperwork, rooms at advice, λ = 0.1 per minute", () => {
  const lambda = 0.1;
  const means = { welcome: 5, advice: 10, paperwork: 3 };
  const advisers = 3;
  const rooms = 4;
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      arrivals: [stationSource({ arrivalRate: lambda }, "welcome")],
      resources: [pool("advisers", advisers), pool("rooms", rooms)],
      steps: [
        { ...serviceStep("welcome", null, exponential(means.welcome), goTo("advice")), kind: "service", seize: { resource: "advisers", units: 1 } },
        { ...serviceStep("advice", "rooms", exponential(means.advice), goTo("paperwork")),
          resources: [{ resource: "advisers", units: 1 }, { resource: "rooms", units: 1 }] },
        { ...serviceStep("paperwork", null, exponential(means.paperwork), EXIT), release: ["advisers"] },
      ],
      run: { horizon: horizonFor(lambda, 30_000, 2_000), warmup: 2_000 },
    });
    results = replicate(model, 20);
  });

  it("advisers are busy λ × total holding time / c", () => {
    const holding = means.welcome + means.advice + means.paperwork;
    checkKpi(results, "pool/advisers/utilisation", (lambda * holding) / advisers, { maxRelativeHalfWidth: 0.01 });
  });

  it("rooms are busy λ × E[advice] / rooms", () => {
    checkKpi(results, "pool/rooms/utilisation", (lambda * means.advice) / rooms, { maxRelativeHalfWidth: 0.02 });
  });
});
