/**
 * Normalisation: units to minutes, defaults, explicit routes, time-of-day profiles (absolute
 * and as a shape), gamma from mean and cv, calendars, shifts and weekday flags.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import type { Model } from "../../../src/model/compile/model.js";
import { BASE, vary } from "./helpers.js";

function load(text: string): Model {
  const result = loadModelText(text, "model.yaml");
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.model;
}

const WEEKDAYS = [true, true, true, true, true, false, false];

describe("normalisation", () => {
  it("fills defaults", () => {
    const model = load(BASE);
    expect(model.run).toEqual({ horizon: 480, maxArrivals: null, warmup: 0, replications: 2, seed: 1, study: "terminating" });
    expect(model.calendar).toEqual({ always: true, open: 0, close: 1440, days: [true, true, true, true, true, true, true] });
    expect(model.arrivals[0]).toMatchObject({ class: "customers", priority: 0, patience: null, firstStep: "intake", interarrival: null, ratePerHour: 6, profile: null });
    expect(model.resources[0]).toMatchObject({ name: "clerks", capacity: 2, costPerHour: 30, shifts: null, calendar: null, path: ["resources", "clerks"] });
    expect(model.steps[0].resources).toEqual([{ resource: "clerks", units: 1 }]);
    expect(model.fixedCostPerDay).toBe(0);
    expect(model.description).toBe("");
    expect(model.sourceFile).toBe("model.yaml");
  });

  it("makes routes explicit: following step, exit after the last", () => {
    const model = load(BASE);
    expect(model.steps[0].next).toEqual({ kind: "goto", to: "review" });
    expect(model.steps[1].next).toEqual({ kind: "exit" });
    const branched = load(`${BASE}    next: [ { to: intake, p: 15% }, { to: exit, p: 0.85 } ]\n`);
    expect(branched.steps[1].next).toEqual({ kind: "branch", options: [{ to: "intake", p: 0.15 }, { to: "exit", p: 0.85 }] });
  });

  it("study defaults to steadyState when there is a warm-up", () => {
    expect(load(vary("horizon: 8h,", "horizon: 20d, warmup: 2d,")).run).toMatchObject({ horizon: 28_800, warmup: 2_880, study: "steadyState" });
  });

  it("converts duration strings and bare numbers in timeUnit to minutes", () => {
    const text = vary("name: test\n", "name: test\ntimeUnit: h\n", vary("{ exponential: { mean: 5 } }", '{ uniform: { min: "90s", max: 0.5 } }'));
    const model = load(text);
    expect(model.steps[0].duration).toEqual({ kind: "uniform", min: 1.5, max: 30 });
    expect(model.run.horizon).toBe(480);
    expect(load(vary("{ exponential: { mean: 5 } }", '"2.5min"')).steps[0].duration).toEqual({ kind: "deterministic", value: 2.5 });
    expect(load(vary("{ exponential: { mean: 5 } }", "1d", vary("horizon: 8h", "horizon: 3d"))).steps[0].duration).toEqual({ kind: "deterministic", value: 1440 });
    const seconds = load(vary("name: test\n", "name: test\ntimeUnit: s\n", vary("{ exponential: { mean: 5 } }", "{ exponential: { mean: 30 } }")));
    expect(seconds.steps[0].duration).toEqual({ kind: "exponential", mean: 0.5 });
  });

  it("gamma from mean and cv: shape = 1/cv², scale = mean·cv²", () => {
    const model = load(vary("{ exponential: { mean: 5 } }", "{ gamma: { mean: 20min, cv: 0.5 } }"));
    const spec = model.steps[0].duration;
    expect(spec.kind).toBe("gamma");
    if (spec.kind === "gamma") {
      expect(spec.shape).toBeCloseTo(4, 12);
      expect(spec.scale).toBeCloseTo(5, 12);
    }
    expect(load(vary("{ exponential: { mean: 5 } }", "{ gamma: { shape: 2, scale: 3 } }")).steps[0].duration).toEqual({ kind: "gamma", shape: 2, scale: 3 });
  });

  it("empirical weights default to equal; attributes are untimed", () => {
    const model = load(vary("{ exponential: { mean: 5 } }", "{ empirical: { values: [1, 2min, 3] } }", vary("ratePerHour: 6\n", "ratePerHour: 6\n    attributes: { amount: { normal: { mean: 5000, sd: 100 } } }\n")));
    expect(model.steps[0].duration).toEqual({ kind: "empirical", values: [1, 2, 3], weights: [1, 1, 1] });
    expect(model.arrivals[0].attributes.amount).toEqual({ kind: "numeric", dist: { kind: "normal", mean: 5000, sd: 100 } });
  });

  it("calendar and shift times become minutes after midnight; days become Mon..Sun flags", () => {
    const text = vary(
      "  clerks: { capacity: 2, costPerHour: 30 }",
      '  clerks: { costPerHour: 30, shifts: [ { from: "09:00", to: "12:30", capacity: 2 }, { from: "12:30", to: "17:00", capacity: 3, days: [mon, fri] }, { from: "12:30", to: "17:00", capacity: 1, days: [tue, wed, thu] } ] }\n  bots: { capacity: 5, calendar: always }',
      vary("name: test\n", 'name: test\ncalendar: { open: "09:00", close: "17:00" }\n'),
    );
    const model = load(text);
    expect(model.calendar).toEqual({ always: false, open: 540, close: 1020, days: WEEKDAYS, endOfDay: null });
    const clerks = model.resources[0];
    expect(clerks.capacity).toBe(3);
    expect(clerks.shifts?.map(({ from, to, capacity, days }) => ({ from, to, capacity, days }))).toEqual([
      { from: 540, to: 750, capacity: 2, days: WEEKDAYS },
      { from: 750, to: 1020, capacity: 3, days: [true, false, false, false, true, false, false] },
      { from: 750, to: 1020, capacity: 1, days: [false, true, true, true, false, false, false] },
    ]);
    expect(clerks.shifts?.[1].path).toEqual(["resources", "clerks", "shifts", 1]);
    expect(model.resources[1].calendar).toEqual({ always: true, open: 0, close: 1440, days: [true, true, true, true, true, true, true] });
  });

  it("named day sets", () => {
    const days = (set: string) => load(vary("name: test\n", `name: test\ncalendar: { open: "08:00", close: "24:00", days: ${set} }\n`)).calendar;
    expect(days("all").days).toEqual([true, true, true, true, true, true, true]);
    expect(days("weekend").days).toEqual([false, false, false, false, false, true, true]);
    expect(days("[sat]").close).toBe(1440);
  });

  it("a profile alone gives absolute rates, zero before the first time", () => {
    const model = load(vary("ratePerHour: 6", 'profile: { "11:00": 9, "09:00": 4, "14:00": 6 }'));
    expect(model.arrivals[0].ratePerHour).toBeNull();
    expect(model.arrivals[0].profile).toEqual([
      { from: 0, ratePerHour: 0 },
      { from: 540, ratePerHour: 4 },
      { from: 660, ratePerHour: 9 },
      { from: 840, ratePerHour: 6 },
    ]);
  });

  it("ratePerHour with a profile scales the shape to that mean over the open hours", () => {
    // Open 09:00-17:00; shape 2 (3h), 4 (2h), 2 (3h): mean (6 + 8 + 6)/8 = 2.5, so × 30/2.5 = 12.
    const text = vary("ratePerHour: 6", 'ratePerHour: 30\n    profile: { "09:00": 2, "12:00": 4, "14:00": 2 }', vary("name: test\n", 'name: test\ncalendar: { open: "09:00", close: "17:00" }\n'));
    const model = load(text);
    expect(model.arrivals[0].ratePerHour).toBeNull();
    expect(model.arrivals[0].profile).toEqual([
      { from: 0, ratePerHour: 0 },
      { from: 540, ratePerHour: 24 },
      { from: 720, ratePerHour: 48 },
      { from: 840, ratePerHour: 24 },
    ]);
  });

  it("a profile time after closing is a warning", () => {
    const text = vary("ratePerHour: 6", 'profile: { "09:00": 2, "18:00": 4 }', vary("name: test\n", 'name: test\ncalendar: { open: "09:00", close: "17:00" }\n', vary("horizon: 8h", "horizon: 1d")));
    const result = loadModelText(text, "model.yaml");
    expect(result.ok && result.warnings.map((w) => [w.code, w.path])).toEqual([["profileOutsideHours", ["arrivals", 0, "profile", "18:00"]]]);
  });

  it("interarrival gives a renewal source", () => {
    const source = load(vary("ratePerHour: 6", "interarrival: { erlang: { k: 2, mean: 10 } }")).arrivals[0];
    expect(source).toMatchObject({ ratePerHour: null, profile: null, interarrival: { kind: "erlang", k: 2, mean: 10 } });
  });

  it("service levels: percentages, durations and a default name", () => {
    const model = load(`${BASE}serviceLevels:\n  - { maxWait: 30s, target: 80%, step: intake }\n`);
    expect(model.serviceLevels[0]).toEqual({ name: "80% wait ≤ 30s (at intake)", class: null, step: "intake", maxWait: 0.5, target: 0.8, path: ["serviceLevels", 0] });
  });

  it("does not mutate or share the parsed input between loads", () => {
    const a = load(BASE);
    const b = load(BASE);
    expect(a).toEqual(b);
    expect(a.steps).not.toBe(b.steps);
  });
});
