/**
 * Patience declared per class (`classes: { customers: { patience } }`) on an Erlang A
 * station (M/M/3+M, 2.4 calls a minute, talk time 1 minute, patience 5 minutes): the
 * abandonment share, the mean time to abandon and the mean wait of served callers must
 * match the birth–death chain, and the class rule must draw exactly the numbers the same
 * patience declared on the step draws (same stream, same counters: identical results).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { Model } from "../../src/model/compile/model.js";
import { erlangA } from "../support/theory/erlang-a.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";
import { exponential } from "../support/theory/model-builder.js";
import { admissionRules } from "../support/theory/finite-queues.js";

const { step } = STATION;
const [servers, arrivalRate, meanPatience] = [3, 2.4, 5];

function station(customers: number, on: "class" | "step"): Model {
  const model = stationModel({ arrivalRate, servers, service: exponential(1), customers, warmup: 500 });
  if (on === "step") return { ...model, steps: model.steps.map((s) => ({ ...s, admission: admissionRules({ patience: exponential(meanPatience) }) })) };
  const cls = model.arrivals[0].class;
  return { ...model, classes: { [cls]: { patience: exponential(meanPatience), path: ["classes", cls] } } };
}

describe(`M/M/${servers}+M at λ = ${arrivalRate}, patience ${meanPatience} declared on the class`, () => {
  const theory = erlangA(arrivalRate, 1, servers, meanPatience);
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(station(30_000, "class"), 20);
  });

  it("abandonment share is θ·Lq/λ", () => {
    checkKpi(results, "overall/abandonment.share", theory.probAbandon, { maxRelativeHalfWidth: 0.04 });
  });

  it("callers who hang up and callers who are served wait as the tagged-caller chain says", () => {
    checkKpi(results, "overall/waitTime.abandoned.mean", theory.meanWaitAbandoned, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, `step/${step}/waitTime.mean`, theory.meanWaitServed, { maxRelativeHalfWidth: 0.04 });
  });

  it("draws the same patience as the rule on the step: identical replications", () => {
    const short = 2_000;
    const byClass = replicate(station(short, "class"), 2);
    const byStep = replicate(station(short, "step"), 2);
    // The rule on the step adds the step's admission KPIs; every KPI both report is identical.
    const shared = Object.keys(byClass[0].kpis).filter((key) => key in byStep[0].kpis);
    expect(shared.length).toBeGreaterThan(20);
    for (let r = 0; r < 2; r++) {
      for (const key of shared) expect(byClass[r].kpis[key], key).toBe(byStep[r].kpis[key]);
      expect(byClass[r].events).toBe(byStep[r].events);
    }
  });
});
