/**
 * M/M/1+D: deterministic patience (Barrer's M/M/1 with deadlines).
 *
 * One agent, exponential talk time of mean 1 minute, callers who hang up after exactly τ
 * minutes in line: served callers wait exactly the work ahead of them, abandoners add none.
 * The abandonment share, the served callers' mean wait and share who waited, and the agent's
 * busy share must match the work-in-system distribution — including an overloaded line
 * (λ = 1.2 > μ) that only stays stable because callers give up.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { mm1Deadline } from "../support/theory/deadline-queue.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";
import { exponential } from "../support/theory/model-builder.js";

describe.each([
  { arrivalRate: 1.2, patience: 2 },
  { arrivalRate: 0.8, patience: 1 },
])("M/M/1+D at λ = $arrivalRate, τ = $patience", ({ arrivalRate, patience }) => {
  const theory = mm1Deadline(arrivalRate, 1, patience);
  let results: RepResult[];
  beforeAll(() => {
    const model = stationModel({
      arrivalRate, servers: 1, service: exponential(1), customers: 40_000, warmup: 200,
      patience: { kind: "deterministic", value: patience },
    });
    results = replicate(model, 20);
  });

  it("a caller abandons with probability P(V > τ)", () => {
    checkKpi(results, "overall/abandonment.share", theory.probAbandon, { maxRelativeHalfWidth: 0.03 });
  });

  it("served callers wait E[V | V ≤ τ], and the share who waited is P(0 < V ≤ τ)/P(V ≤ τ)", () => {
    checkKpi(results, `step/${STATION.step}/waitTime.mean`, theory.meanWaitServed, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, "overall/waitTime.shareWaiting", theory.probWaitGivenServed, { maxRelativeHalfWidth: 0.02 });
  });

  it("the agent is busy 1 − π0 = λ(1 − P(abandon))E[S]", () => {
    checkKpi(results, `pool/${STATION.pool}/utilisation`, theory.utilisation, { maxRelativeHalfWidth: 0.01 });
  });
});
