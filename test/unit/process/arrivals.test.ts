/**
 * Arrivals: renewal sources restart at the next opening when a gap ends while closed;
 * profile sources arrive only where their rate is positive; shift schedules drive pool
 * capacity. These run through `runReplication`, so they use the real weekly schedules.
 */
import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import type { Calendar } from "../../../src/model/compile/model.js";
import { fixed, model, pool, source, step, trace, TraceObserver } from "./fixtures.js";

const ALL_DAYS = [true, true, true, true, true, true, true];
const NINE_TO_FIVE: Calendar = { always: false, open: 540, close: 1020, days: ALL_DAYS };

function traced(m: ReturnType<typeof model>): TraceObserver {
  const compiled = compileModel(m);
  const observer = new TraceObserver(compiled);
  runReplication(compiled, 0, { observer });
  return observer;
}

describe("arrivals", () => {
  it("a renewal gap that ends while closed restarts the renewal at the next opening", () => {
    const m = { ...model({
      arrivals: [source("walk-in", fixed(120), "walk")],
      steps: [step("walk", [], fixed(1))],
      run: { horizon: 2880 },
    }), calendar: NINE_TO_FIVE };
    expect(traced(m).arrivals).toEqual([660, 780, 900, 2100, 2220, 2340]);
  });

  it("uses custom opening hours through the OpenHours interface", () => {
    const hours = { isOpen: (t: number) => t % 20 < 10, nextOpening: (t: number) => (t % 20 < 10 ? t : t - (t % 20) + 20) };
    const { trace: t } = trace(model({
      arrivals: [source("walk-in", fixed(4), "walk")],
      steps: [step("walk", [], fixed(1))],
      run: { horizon: 50 },
    }), { hours });
    expect(t.arrivals).toEqual([4, 8, 24, 28, 44, 48]);
  });

  it("a time-of-day profile produces arrivals only inside its positive-rate window", () => {
    const m = model({
      arrivals: [{ ...source("calls", fixed(1), "talk"), interarrival: null, profile: [{ from: 0, ratePerHour: 0 }, { from: 600, ratePerHour: 60 }, { from: 660, ratePerHour: 0 }] }],
      steps: [step("talk", [], fixed(1))],
      run: { horizon: 1440 },
    });
    const times = traced(m).arrivals;
    expect(times.length).toBeGreaterThan(30);
    expect(times.length).toBeLessThan(95);
    for (const t of times) expect(t >= 600 && t < 660).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("stops at maxArrivals over all sources", () => {
    const t = traced(model({
      arrivals: [source("a", fixed(1), "walk"), source("b", fixed(1.5), "walk")],
      steps: [step("walk", [], fixed(1))],
      run: { maxArrivals: 5 },
    }));
    expect(t.arrivals).toEqual([1, 1.5, 2, 3, 3]);
  });
});

describe("shift schedules", () => {
  it("overlapping shifts add up and change capacity at their boundaries", () => {
    const m = model({
      arrivals: [source("walk-in", fixed(5000), "desk")],
      resources: [{
        ...pool("tellers", 0),
        shifts: [
          { days: ALL_DAYS, from: 540, to: 720, capacity: 2, path: [] },
          { days: ALL_DAYS, from: 600, to: 1020, capacity: 1, path: [] },
        ],
      }],
      steps: [step("desk", [["tellers", 1]], fixed(1))],
      run: { horizon: 1440, study: "steadyState" },
    });
    expect(traced(m).levels).toEqual([
      "0 tellers 0/0", "540 tellers 0/2", "600 tellers 0/3", "720 tellers 0/1", "1020 tellers 0/0",
    ]);
  });
});
