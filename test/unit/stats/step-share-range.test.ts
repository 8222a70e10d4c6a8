/**
 * A step's share of the time in process is at most 1 outside a fork's branches: a welcome
 * desk holds a case at most once, so its interval is cut at 100%; a branch step, where two
 * parts of one case can be at once, keeps an open upper end.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { collectorLayoutOf } from "../../../src/experiment/collector-layout.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { summariseSimulation } from "../../../src/experiment/simulate.js";
import { kpiRangeInLayout } from "../../../src/stats/kpi-defs.js";
import { tInterval } from "../../../src/stats/ci.js";
import type { Model } from "../../../src/model/compile/model.js";

function load(text: string): Model {
  const loaded = loadModelText(text, "share.yaml");
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("; "));
  return loaded.model;
}

// Two delays: welcome takes 50 min on average, filing exactly 1 min. By Little's law the
// time-average cases at welcome over those in process is 50 / (50 + 1) ≈ 0.980.
const DESK = `name: desk
calendar: always
run: { horizon: 6h, warmup: 1h, replications: 2, seed: SEED, study: steadyState }
arrivals:
  - { name: customers, ratePerHour: 6, start: welcome }
steps:
  - { name: welcome, kind: delay, duration: { exponential: { mean: 50min } } }
  - { name: filing, kind: delay, duration: 1min }
`;

const FORK = `name: fork
calendar: always
run: { horizon: 1d, replications: 2, seed: 1 }
arrivals:
  - { name: a, ratePerHour: 2, start: intake }
steps:
  - { name: intake, duration: 5min, next: checks }
  - { name: checks, kind: fork, branches: [credit, valuation], join: done }
  - { name: credit, duration: { exponential: { mean: 60min } }, next: done }
  - { name: valuation, duration: { exponential: { mean: 60min } }, next: done }
  - { name: done, kind: join }
  - { name: decide, duration: 10min }
`;

const SHARE = "step/welcome/cycleTime.share";

describe("a step's share of the time in process", () => {
  it("is bounded at 1 outside the branches and open inside them", () => {
    const layout = collectorLayoutOf(compileModel(load(FORK)));
    expect(layout.branchSteps?.map((s) => layout.steps[s])).toEqual(["credit", "valuation"]);
    expect(kpiRangeInLayout("step/credit/cycleTime.share", layout)).toEqual({ lo: 0, hi: Number.POSITIVE_INFINITY });
    expect(kpiRangeInLayout("step/intake/cycleTime.share", layout)).toEqual({ lo: 0, hi: 1 });
    expect(kpiRangeInLayout("step/decide/cycleTime.share", layout)).toEqual({ lo: 0, hi: 1 });
    expect(kpiRangeInLayout("step/intake/waitTime.mean", layout)).toEqual({ lo: 0, hi: Number.POSITIVE_INFINITY });
  });

  it("adds nothing to the layout of a model without forks", () => {
    expect("branchSteps" in collectorLayoutOf(compileModel(load(DESK.replace("SEED", "1"))))).toBe(false);
  });

  it("has an interval within [0, 1] holding Little's law 50/51 where the t-interval passes 1", () => {
    const model = load(DESK.replace("SEED", "3"));
    const compiled = compileModel(model);
    const reps = [0, 1].map((k) => runReplication(compiled, k));
    // Two replications of six hours: the t-interval reaches past 100% (it did in the summary too).
    const raw = tInterval(reps.map((rep) => rep.kpis[SHARE] ?? null));
    expect(raw.hi).toBeGreaterThan(1);
    const summary = summariseSimulation(model, reps).kpis.find((k) => k.key === SHARE);
    expect(summary?.hi).toBe(1);
    expect(summary?.lo).toBe(raw.lo);
    expect(summary?.halfWidth).toBe(raw.halfWidth);
    expect(Math.abs((summary?.mean ?? Number.NaN) - 50 / 51)).toBeLessThanOrEqual(summary?.halfWidth ?? 0);
  });
});
