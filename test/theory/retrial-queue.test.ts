/**
 * The M/M/c retrial queue: no waiting room, and every blocked caller redials after an
 * exponential time, until she gets through. Its (busy agents, callers redialling) Markov
 * chain is truncated and solved numerically in the test (support/theory/finite-queues.ts).
 *
 * Three agents, 2.4 calls a minute, 1-minute calls, redial after 2 minutes on average: the
 * share of attempts that find every agent busy, the retrials per first call and the mean
 * number redialling must match the chain; every caller is eventually served.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { admissionRules, retrialQueue, retryRule } from "../support/theory/finite-queues.js";
import { checkKpi, kpiValues, replicate } from "../support/theory/replications.js";
import { expectTheoryWithin } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { STATION, stationModel } from "../support/theory/station-models.js";
import { exponential } from "../support/theory/model-builder.js";

describe.each([
  { servers: 3, arrivalRate: 2.4, meanRedial: 2 },
  { servers: 1, arrivalRate: 0.5, meanRedial: 0.5 },
])("M/M/$servers retrial queue at λ = $arrivalRate, redial after $meanRedial min", ({ servers, arrivalRate, meanRedial }) => {
  const theory = retrialQueue(arrivalRate, 1, servers, meanRedial);
  let results: RepResult[];
  beforeAll(() => {
    const model = stationModel({ arrivalRate, servers, service: exponential(1), customers: 20_000, warmup: 200 });
    const rules = admissionRules({ maxWaiting: 0, retry: retryRule(1, exponential(meanRedial), 1000) });
    results = replicate({ ...model, steps: model.steps.map((s) => ({ ...s, admission: rules })) }, 20);
  });

  it("the truncation is exact enough to judge by", () => {
    expect(theory.boundaryMass).toBeLessThan(1e-9);
  });

  it("the share of blocked attempts and the retrials per first call follow the chain", () => {
    checkKpi(results, "overall/blocked.share", theory.blockedShare, { maxRelativeHalfWidth: 0.03 });
    const arrivals = kpiValues(results, "overall/arrivals");
    const perCall = kpiValues(results, "overall/retrials").map((r, i) => r / arrivals[i]);
    expectTheoryWithin("retrials per first call", tInterval(perCall), theory.retrialsPerCall, { maxRelativeHalfWidth: 0.04 });
  });

  it("callers redialling are out of process: agents busy λ/μ, and everyone is eventually served", () => {
    checkKpi(results, `pool/${STATION.pool}/busy.mean`, arrivalRate, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "overall/served.eventually.share", 1, { maxRelativeHalfWidth: 0, absoluteHalfWidth: 1e-12 });
  });
});
