/**
 * Finite waiting rooms: M/M/c/K through `maxWaiting`, the same system through `maxInSystem`,
 * and M/M/1 with balking above a threshold (which is M/M/1/K).
 *
 * A branch with 2 tellers and 3 chairs, 2 customers a minute, 1-minute service: a customer who
 * finds every chair taken leaves. The share turned away is P_K of the birth–death chain, the
 * admitted customers' mean wait is Lq / (λ(1 − P_K)), the tellers are busy λ(1 − P_K)/c.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../src/model/compile/model.js";
import type { StepAdmission } from "../../src/model/compile/admission-model.js";
import type { RepResult } from "../../src/stats/result-types.js";
import { admissionRules, mmck } from "../support/theory/finite-queues.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";
import { exponential } from "../support/theory/model-builder.js";

const { step, pool } = STATION;

function withRules(model: Model, rules: Partial<StepAdmission>): Model {
  return { ...model, steps: model.steps.map((s) => ({ ...s, admission: admissionRules(rules) })) };
}

describe.each([
  { servers: 2, arrivalRate: 2, waitingRoom: 3, rules: { maxWaiting: 3 }, how: "maxWaiting" },
  { servers: 1, arrivalRate: 0.9, waitingRoom: 3, rules: { balk: { above: 2, p: null, path: [] } }, how: "balk above 2" },
])("M/M/$servers/K with $waitingRoom places ($how) at λ = $arrivalRate", ({ servers, arrivalRate, waitingRoom, rules }) => {
  const theory = mmck(arrivalRate, 1, servers, servers + waitingRoom);
  const turnedAway = "maxWaiting" in rules ? "overall/blocked.share" : "overall/balk.share";
  let results: RepResult[];
  beforeAll(() => {
    const model = stationModel({ arrivalRate, servers, service: exponential(1), customers: 25_000, warmup: 200 });
    results = replicate(withRules(model, rules), 20);
  });

  it("the share turned away is P_K, the rest are eventually served", () => {
    checkKpi(results, turnedAway, theory.blocking, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, "overall/served.eventually.share", 1 - theory.blocking, { maxRelativeHalfWidth: 0.01 });
  });

  it("admitted customers wait Lq / λ(1 − P_K); the queue and utilisation follow", () => {
    checkKpi(results, "overall/waitTime.mean", theory.meanWait, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, `step/${step}/queue.mean`, theory.meanQueue, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, `pool/${pool}/utilisation`, theory.utilisation, { maxRelativeHalfWidth: 0.01 });
  });
});

describe("maxInSystem = c + waiting room is the same system as maxWaiting", () => {
  it("gives the very same replications", () => {
    const model = stationModel({ arrivalRate: 2, servers: 2, service: exponential(1), customers: 3_000, warmup: 50 });
    const byWaiting = replicate(withRules(model, { maxWaiting: 3 }), 3);
    const bySystem = replicate(withRules(model, { maxInSystem: 5 }), 3);
    const pick = (rs: RepResult[]) => rs.map((r) => [r.kpis["overall/blocked.share"], r.kpis["overall/waitTime.mean"], r.kpis["overall/completions"]]);
    expect(pick(bySystem)).toEqual(pick(byWaiting));
    expect(byWaiting[0].kpis["overall/blocked"]).toBeGreaterThan(0);
  });
});
