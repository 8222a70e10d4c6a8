// Typed edits on a loaded model: each edit changes exactly what it names, leaves the input
// untouched, rejects what the model does not have, and the edited model runs as expected
// event by event.
import { describe, expect, it } from "vitest";
import { applyEdit, applyEdits, ModelEditError, scaleDistSpec, withBranchProbability } from "../../../src/model/overlays/edits.js";
import { distMean, distVariance } from "../../../src/random/dist-moments.js";
import type { DistSpec } from "../../../src/random/dist-spec.js";
import type { Model } from "../../../src/model/compile/model.js";
import { capacitySchedule } from "../../../src/process/schedule.js";
import { branch, exit, fixed, model, pool, source, step, trace } from "../process/fixtures.js";

function desk(): Model {
  return model({
    arrivals: [source("walk-in", fixed(1), "desk")],
    resources: [pool("teller", 1)],
    steps: [step("desk", [["teller", 1]], fixed(2), branch(["check", 0.2], ["exit", 0.8])), step("check", [], fixed(1), exit, 1)],
    run: { maxArrivals: 3 },
  });
}

describe("edited models run as the edit says", () => {
  it("a second teller serves the second customer at once", () => {
    const edited = applyEdits(desk(), [{ kind: "poolCapacity", pool: "teller", capacity: 2 }, { kind: "routingProbability", step: "desk", to: "check", p: 0 }]);
    const { trace: t } = trace(edited);
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 start desk",
      "3 c0 finish desk", "3 c0 complete cycle 2 waited 0",
      "3 c2 arrive", "3 c2 start desk",
      "4 c1 finish desk", "4 c1 complete cycle 2 waited 0",
      "5 c2 finish desk", "5 c2 complete cycle 2 waited 0",
    ]);
  });

  it("halving the service time removes the queue", () => {
    const edited = applyEdits(desk(), [{ kind: "durationScale", step: "desk", factor: 0.5 }, { kind: "routingProbability", step: "desk", to: "exit", p: 1 }]);
    const { trace: t } = trace(edited);
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk", "2 c0 finish desk", "2 c0 complete cycle 1 waited 0",
      "2 c1 arrive", "2 c1 start desk", "3 c1 finish desk", "3 c1 complete cycle 1 waited 0",
      "3 c2 arrive", "3 c2 start desk", "4 c2 finish desk", "4 c2 complete cycle 1 waited 0",
    ]);
  });
});

describe("a new shift plan", () => {
  it("rosters the windows given: one teller until 3, two from then on", () => {
    const base = desk();
    const calendar = { ...base.calendar, always: false, open: 0, close: 1440 };
    const edited = applyEdit({ ...base, calendar }, { kind: "poolShifts", pool: "teller", shifts: [{ from: 3, to: 100, capacity: 2 }, { from: 0, to: 3, capacity: 1 }] });
    expect(edited.resources[0].shifts?.map((s) => [s.from, s.to, s.capacity])).toEqual([[0, 3, 1], [3, 100, 2]]);
    const routed = applyEdit(edited, { kind: "routingProbability", step: "desk", to: "exit", p: 1 });
    const { trace: t } = trace(routed, { capacity: { teller: capacitySchedule(routed.resources[0], calendar) } });
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start desk",
      "2 c1 arrive", "2 c1 enqueue desk",
      // The capacity change comes first at a shared instant (engine/bands.ts).
      "3 c1 start desk waited 1", "3 c0 finish desk", "3 c0 complete cycle 2 waited 0",
      "3 c2 arrive", "3 c2 start desk",
      "5 c1 finish desk", "5 c1 complete cycle 3 waited 1",
      "5 c2 finish desk", "5 c2 complete cycle 2 waited 0",
    ]);
    expect(() => applyEdit(edited, { kind: "poolShifts", pool: "teller", shifts: [{ from: 0, to: 10, capacity: 1 }, { from: 5, to: 20, capacity: 1 }] })).toThrow(/must lie within a day and not overlap/);
  });
});

describe("applyEdit", () => {
  it("returns a new model and leaves the input as it was", () => {
    const base = desk();
    const before = JSON.stringify(base);
    const edited = applyEdit(base, { kind: "poolCost", pool: "teller", costPerHour: 42 });
    expect(JSON.stringify(base)).toBe(before);
    expect(edited.resources[0].costPerHour).toBe(42);
    expect(edited.steps).toBe(base.steps);
  });

  it("a flat capacity replaces the shift plan; a shift capacity changes one window", () => {
    const base = desk();
    const shifted: Model = { ...base, resources: [{ ...base.resources[0], shifts: [{ days: base.calendar.days, from: 540, to: 720, capacity: 2, path: [] }, { days: base.calendar.days, from: 720, to: 1020, capacity: 3, path: [] }] }] };
    expect(applyEdit(shifted, { kind: "poolCapacity", pool: "teller", capacity: 6 }).resources[0]).toMatchObject({ capacity: 6, shifts: null });
    const one = applyEdit(shifted, { kind: "shiftCapacity", pool: "teller", shift: 1, capacity: 5 }).resources[0].shifts;
    expect(one?.map((s) => s.capacity)).toEqual([2, 5]);
    expect(() => applyEdit(shifted, { kind: "shiftCapacity", pool: "teller", shift: 2, capacity: 5 })).toThrow(/shifts 0\.\.1; shift 2 does not exist/);
  });

  it("scales every form of arrival rate", () => {
    const base = desk();
    const withRate: Model = { ...base, arrivals: [{ ...base.arrivals[0], interarrival: null, ratePerHour: 30 }] };
    expect(applyEdit(withRate, { kind: "arrivalScale", source: "walk-in", factor: 0.5 }).arrivals[0].ratePerHour).toBe(15);
    expect(applyEdit(withRate, { kind: "arrivalRate", source: "walk-in", ratePerHour: 12 }).arrivals[0].ratePerHour).toBe(12);
    const profiled: Model = { ...withRate, arrivals: [{ ...withRate.arrivals[0], ratePerHour: null, profile: [{ from: 540, ratePerHour: 10 }, { from: 600, ratePerHour: 20 }] }] };
    expect(applyEdit(profiled, { kind: "arrivalScale", source: "walk-in", factor: 2 }).arrivals[0].profile?.map((p) => p.ratePerHour)).toEqual([20, 40]);
    expect(applyEdit(base, { kind: "arrivalScale", source: "walk-in", factor: 2 }).arrivals[0].interarrival).toEqual(fixed(0.5));
    expect(() => applyEdit(base, { kind: "arrivalRate", source: "walk-in", ratePerHour: 12 })).toThrow(/no constant ratePerHour/);
  });

  it("a new mean keeps the family and the coefficient of variation", () => {
    const specs: DistSpec[] = [
      { kind: "lognormal", mean: 5, sd: 2.5 }, { kind: "gamma", shape: 2, scale: 3 }, { kind: "weibull", shape: 1.5, scale: 4 },
      { kind: "triangular", min: 1, mode: 2, max: 6 }, { kind: "empirical", values: [1, 3], weights: [1, 1] }, { kind: "normal", mean: 2, sd: 1 },
    ];
    for (const spec of specs) {
      const base = desk();
      const edited = applyEdit({ ...base, steps: [{ ...base.steps[0], duration: spec }, base.steps[1]] }, { kind: "durationMean", step: "desk", mean: 10 });
      const scaled = edited.steps[0].duration;
      expect(scaled.kind).toBe(spec.kind);
      expect(distMean(scaled)).toBeCloseTo(10, 10);
      expect(Math.sqrt(distVariance(scaled)) / distMean(scaled)).toBeCloseTo(Math.sqrt(distVariance(spec)) / distMean(spec), 10);
    }
    expect(scaleDistSpec({ kind: "erlang", k: 3, mean: 6 }, 0.5)).toEqual({ kind: "erlang", k: 3, mean: 3 });
  });

  it("sets one branch probability and shares the rest pro rata", () => {
    const route = withBranchProbability({ kind: "branch", options: [{ to: "a", p: 0.2 }, { to: "b", p: 0.6 }, { to: "c", p: 0.2 }] }, "s", "a", 0.6);
    if (route.kind !== "branch") throw new Error("expected a branch");
    expect(route.options.map((o) => o.to)).toEqual(["a", "b", "c"]);
    route.options.forEach((o, i) => expect(o.p).toBeCloseTo([0.6, 0.3, 0.1][i], 12));
    expect(() => withBranchProbability({ kind: "goto", to: "x" }, "s", "x", 0.5)).toThrow(/no probabilistic branches/);
    expect(() => withBranchProbability(route, "s", "z", 0.5)).toThrow(/no branch to "z"; it branches to "a", "b", "c"/);
  });

  it("names what does not exist and refuses impossible values", () => {
    expect(() => applyEdit(desk(), { kind: "poolCapacity", pool: "tellers", capacity: 2 })).toThrow(ModelEditError);
    expect(() => applyEdit(desk(), { kind: "poolCapacity", pool: "tellers", capacity: 2 })).toThrow(/pool "tellers" does not exist; the model has "teller"/);
    expect(() => applyEdit(desk(), { kind: "poolCapacity", pool: "teller", capacity: 2.5 })).toThrow(/capacity of "teller"/);
    expect(() => applyEdit(desk(), { kind: "durationScale", step: "nowhere", factor: 2 })).toThrow(/step "nowhere" does not exist/);
    expect(() => applyEdit(desk(), { kind: "arrivalScale", source: "walk-in", factor: 0 })).toThrow(/scale of "walk-in"/);
  });
});
