/**
 * Common random numbers synchronised by case: a case's arrival time, its duration at a step
 * and its branch choice are the same whatever else changes in the model (another step
 * added, a pool resized, the service order changed), and a run is exactly repeatable.
 */
import { describe, expect, it } from "vitest";
import { branch, expo, goto, model, pool, source, step, trace } from "./fixtures.js";

const arrivals = [source("walk-in", expo(1), "desk")];

function simple() {
  return trace(model({
    arrivals,
    resources: [pool("teller", 2)],
    steps: [step("desk", [["teller", 1]], expo(1.5))],
    run: { maxArrivals: 500, seed: 11 },
  })).trace;
}

function extended(tellers: number) {
  return trace(model({
    arrivals: [source("walk-in", expo(1), "triage")],
    resources: [pool("teller", tellers), pool("expert", 1)],
    steps: [
      step("triage", [], expo(0.5), goto("desk")),
      step("desk", [["teller", 1]], expo(1.5), branch(["expert desk", 0.3], ["exit", 0.7])),
      step("expert desk", [["expert", 1]], expo(4)),
    ],
    run: { maxArrivals: 500, seed: 11 },
  })).trace;
}

describe("common random numbers", () => {
  it("arrival times do not depend on the steps", () => {
    expect(extended(3).arrivals).toEqual(simple().arrivals);
  });

  it("a case's duration at a step does not change when a step is added elsewhere", () => {
    const a = simple();
    const b = extended(3);
    let compared = 0;
    for (let k = 0; k < 500; k++) {
      const key = `c${k}/desk`;
      expect(b.durations.get(key)).toBe(a.durations.get(key));
      compared++;
    }
    expect(compared).toBe(500);
  });

  it("branch choices belong to the case, not to the service order", () => {
    const three = extended(3);
    const one = extended(1);
    const reworked = (t: typeof three) => [...t.durations.keys()].filter((k) => k.endsWith("/expert desk")).sort();
    expect(reworked(one)).toEqual(reworked(three));
    expect(reworked(three).length).toBeGreaterThan(100);
    expect(reworked(three).length).toBeLessThan(200);
    // The service order did change, so the comparison above is not vacuous.
    expect(one.rows).not.toEqual(three.rows);
  });

  it("the same model and replication give the identical event sequence; another replication differs", () => {
    const m = model({
      arrivals: [source("walk-in", expo(1), "desk", { patience: expo(3) })],
      resources: [pool("teller", 1)],
      steps: [step("desk", [["teller", 1]], expo(1.1), branch(["desk", 0.1], ["exit", 0.9]))],
      run: { maxArrivals: 2000 },
    });
    const first = trace(m);
    const second = trace(m);
    expect(second.trace.rows).toEqual(first.trace.rows);
    expect(second.trace.levels).toEqual(first.trace.levels);
    expect(second.outcome).toEqual(first.outcome);
    expect(first.trace.rows.some((r) => r.includes("abandon"))).toBe(true);
    expect(trace(m, { replication: 1 }).trace.rows).not.toEqual(first.trace.rows);
  });
});
