// Sweeps: the points are the settings asked for, each point is exactly the separate run of
// the edited model on the same seed (common random numbers), values and parameter paths are
// parsed with clear messages, and the frontier keeps only undominated points.
import { describe, expect, it } from "vitest";
import { applyEdit } from "../../../src/model/overlays/edits.js";
import { resolveParameter } from "../../../src/experiment/parameters.js";
import { simulate } from "../../../src/experiment/simulate.js";
import { sweep, sweepPoints, type SweepAxis } from "../../../src/experiment/sweep.js";
import { costServiceFrontier } from "../../../src/experiment/sweep-frontier.js";
import { parseValues, splitVary } from "../../../src/experiment/sweep-values.js";
import { tornadoValues } from "../../../src/experiment/tornado.js";
import type { KpiDef } from "../../../src/stats/result-types.js";
import { branch, buildModel, exponential, goTo, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";

function bank() {
  const base = buildModel({
    name: "bank",
    arrivals: [poissonSource("walk-in", 0.8, "counter")],
    resources: [pool("tellers", 2)],
    steps: [serviceStep("counter", "tellers", exponential(2), goTo("check")), serviceStep("check", "tellers", exponential(0.5), branch([{ to: "counter", p: 0.1 }, { to: "exit", p: 0.9 }]))],
    run: { horizon: 600, warmup: 60, replications: 5, seed: 9, study: "steadyState" },
  });
  return { ...base, resources: [{ ...base.resources[0], costPerHour: 30 }] };
}

describe("sweep", () => {
  it("reproduces, point by point, separate runs of the edited model with the same seed", async () => {
    const model = bank();
    const parameter = resolveParameter(model, "pools.tellers.capacity");
    const outcome = await sweep(model, [{ parameter, values: [2, 3, 4] }], "factorial", { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.issues.map((issue) => issue.message).join("\n"));
    const result = outcome.value;
    expect(result.points.map((p) => p.settings)).toEqual([[{ path: "pools.tellers.capacity", value: 2 }], [{ path: "pools.tellers.capacity", value: 3 }], [{ path: "pools.tellers.capacity", value: 4 }]]);
    for (const [i, capacity] of [2, 3, 4].entries()) {
      const separate = await simulate(applyEdit(model, { kind: "poolCapacity", pool: "tellers", capacity }), { workers: 1 });
      expect(result.points[i].kpis).toEqual(separate.kpis);
    }
    const waits = result.points.map((p) => p.kpis.find((k) => k.key === "overall/waitTime.mean")?.mean ?? Number.NaN);
    expect(waits[0]).toBeGreaterThan(waits[1]);
    expect(waits[1]).toBeGreaterThan(waits[2]);
  });

  it("crosses axes in full (last fastest) or varies one at a time", () => {
    const model = bank();
    const axes: SweepAxis[] = [
      { parameter: resolveParameter(model, "pools.tellers.capacity"), values: [1, 2] },
      { parameter: resolveParameter(model, "arrivals.walk-in.scale"), values: [0.9, 1.1] },
    ];
    const text = (mode: "factorial" | "oneAtATime") => sweepPoints(axes, mode).map((p) => p.map((s) => `${s.path}=${s.value}`).join(" "));
    expect(text("factorial")).toEqual([
      "pools.tellers.capacity=1 arrivals.walk-in.scale=0.9", "pools.tellers.capacity=1 arrivals.walk-in.scale=1.1",
      "pools.tellers.capacity=2 arrivals.walk-in.scale=0.9", "pools.tellers.capacity=2 arrivals.walk-in.scale=1.1",
    ]);
    expect(text("oneAtATime")).toEqual(["pools.tellers.capacity=1", "pools.tellers.capacity=2", "arrivals.walk-in.scale=0.9", "arrivals.walk-in.scale=1.1"]);
  });
});

describe("parameters and values", () => {
  it("resolves every path form with its base value, and names what is wrong", () => {
    const model = bank();
    expect(resolveParameter(model, "pools.tellers.capacity")).toMatchObject({ integer: true, base: 2 });
    expect(resolveParameter(model, "pools.tellers.costPerHour").base).toBe(30);
    expect(resolveParameter(model, "steps.counter.duration.mean").edit(3)).toEqual({ kind: "durationMean", step: "counter", mean: 3 });
    expect(resolveParameter(model, "steps.check.next.counter.p")).toMatchObject({ base: 0.1 });
    expect(resolveParameter(model, "arrivals.walk-in.ratePerHour").base).toBeCloseTo(48, 10);
    expect(() => resolveParameter(model, "pools.teller.capacity")).toThrow(/no pool of the model matches; the model has "tellers"/);
    expect(() => resolveParameter(model, "pools.tellers.speed")).toThrow(/not a numeric parameter; use one of pools.<pool>.capacity/);
    expect(() => resolveParameter(model, "steps.counter.next.check.p")).toThrow(/no probabilistic branch to "check"/);
  });

  it("parses ranges, stepped ranges and lists; refuses what does not fit", () => {
    expect(parseValues("2..5", true)).toEqual([2, 3, 4, 5]);
    expect(parseValues("0.8..1.2:0.1", false)).toEqual([0.8, 0.9, 1, 1.1, 1.2]);
    expect(parseValues("4, 5,6,5", false)).toEqual([4, 5, 6]);
    expect(parseValues("0.8..1.2", false)).toMatch(/needs a step > 0/);
    expect(parseValues("1..2:0.5", true)).toMatch(/whole numbers/);
    expect(parseValues("5..2", true)).toMatch(/a ≤ b/);
    expect(parseValues("4,x", false)).toMatch(/"x" is not a number/);
    expect(parseValues("1..100000", true)).toMatch(/at most 1000/);
    expect(splitVary("pools.tellers.capacity")).toMatch(/PARAMETER=VALUES/);
  });

  it("moves a headcount by at least one for a tornado and refuses a pool on shifts", () => {
    const model = bank();
    expect(tornadoValues(resolveParameter(model, "pools.tellers.capacity"), 0.1)).toEqual({ base: 2, low: 1, high: 3 });
    expect(tornadoValues(resolveParameter(model, "arrivals.walk-in.scale"), 0.1)).toEqual({ base: 1, low: 0.9, high: 1.1 });
    const shifted = { ...model, resources: [{ ...model.resources[0], shifts: [{ days: model.calendar.days, from: 0, to: 600, capacity: 2, path: [] }] }] };
    expect(() => tornadoValues(resolveParameter(shifted, "pools.tellers.capacity"), 0.1)).toThrow(/vary a shift's capacity instead/);
  });
});

describe("costServiceFrontier", () => {
  it("keeps the points no other beats on both cost and service, cheapest first", () => {
    const defs: KpiDef[] = [
      { key: "overall/cost.total", scope: "overall", subject: "", metric: "cost.total", label: "Total cost", unit: "currency", better: "lower" },
      { key: "serviceLevel/sl/achieved", scope: "serviceLevel", subject: "sl", metric: "achieved", label: "Service level", unit: "share", better: "higher" },
    ];
    const point = (cost: number, level: number) => ({ kpis: [{ key: "overall/cost.total", mean: cost }, { key: "serviceLevel/sl/achieved", mean: level }] as never });
    const frontier = costServiceFrontier(defs, [point(10, 0.5), point(12, 0.4), point(12, 0.7), point(8, 0.6), point(20, 0.9)]);
    expect(frontier).toMatchObject({ serviceKey: "serviceLevel/sl/achieved", serviceBetter: "higher", points: [3, 2, 4] });
  });
});
