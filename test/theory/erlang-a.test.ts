/**
 * Erlang A (M/M/c+M): callers who hang up after an exponential patience.
 *
 * A contact centre with 10 agents, 10.5 calls per minute (110% of capacity), talk time 1
 * minute and patience 2 minutes on average: it is stable only because callers abandon. The
 * abandonment share, the mean wait of served callers, the mean time to abandon of those who
 * hang up (reported apart, not dropped), the share of served callers who waited and the
 * agents' utilisation must match the birth–death chain solved numerically. The second case
 * declares the patience on the step (admission rules) instead of the source: the same chain,
 * and the step reports its own abandonment rate and time to abandon.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { erlangA } from "../support/theory/erlang-a.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";
import { exponential } from "../support/theory/model-builder.js";
import { admissionRules } from "../support/theory/finite-queues.js";

const { step, pool } = STATION;

describe.each([
  { servers: 10, arrivalRate: 10.5, meanPatience: 2, customers: 60_000, onStep: false },
  { servers: 3, arrivalRate: 2.4, meanPatience: 5, customers: 40_000, onStep: true },
])("M/M/$servers+M at λ = $arrivalRate, patience $meanPatience", ({ servers, arrivalRate, meanPatience, customers, onStep }) => {
  const theory = erlangA(arrivalRate, 1, servers, meanPatience);
  let results: RepResult[];
  beforeAll(() => {
    const model = stationModel({
      arrivalRate, servers, service: exponential(1), customers, warmup: 500, patience: onStep ? null : exponential(meanPatience),
    });
    const rules = admissionRules({ patience: exponential(meanPatience) });
    results = replicate(onStep ? { ...model, steps: model.steps.map((s) => ({ ...s, admission: rules })) } : model, 20);
  });

  it("abandonment share is θ·Lq/λ", () => {
    checkKpi(results, "overall/abandonment.share", theory.probAbandon, { maxRelativeHalfWidth: 0.03 });
  });

  it("callers who hang up waited as the tagged-caller chain says (mean time to abandon)", () => {
    checkKpi(results, "overall/waitTime.abandoned.mean", theory.meanWaitAbandoned, { maxRelativeHalfWidth: 0.03 });
    if (!onStep) return;
    checkKpi(results, `step/${step}/waitTime.abandoned.mean`, theory.meanWaitAbandoned, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, `step/${step}/abandonment.share`, theory.probAbandon, { maxRelativeHalfWidth: 0.03 });
  });

  it("served callers wait as the tagged-caller chain says", () => {
    checkKpi(results, "overall/waitTime.mean", theory.meanWaitServed, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, `step/${step}/waitTime.mean`, theory.meanWaitServed, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, "overall/waitTime.shareWaiting", theory.probWaitGivenServed, { maxRelativeHalfWidth: 0.02 });
  });

  it("queue length includes callers who will abandon; utilisation counts only served load", () => {
    checkKpi(results, `step/${step}/queue.mean`, theory.meanQueue, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, `pool/${pool}/utilisation`, theory.utilisation, { maxRelativeHalfWidth: 0.01 });
  });
});
