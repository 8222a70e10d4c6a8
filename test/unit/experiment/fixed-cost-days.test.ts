// Fixed costs count simulated days after warm-up: a one-day branch pays one day's fixed cost
// (not the fraction of the day between its opening and its last customer), a three-day
// study three, a steady-state run its days after warm-up.
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";

function branch(run: string) {
  const loaded = loadModelText(`name: branch
timeUnit: min
calendar: { open: "09:00", close: "17:00", days: weekdays }
fixedCostPerDay: 500
run: ${run}
arrivals:
  - { name: walk-in, ratePerHour: 20, start: counter }
resources:
  tellers: { capacity: 3, costPerHour: 30 }
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 5 } } }
`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return compileModel(loaded.model);
}

describe("fixed cost", () => {
  it("is one day's for a one-day study, three for three days, and the days after warm-up for a steady-state run", () => {
    expect(runReplication(branch("{ horizon: 1d, replications: 2, seed: 1 }"), 0).kpis["overall/cost.fixed"]).toBeCloseTo(500, 9);
    expect(runReplication(branch("{ horizon: 3d, replications: 2, seed: 1 }"), 0).kpis["overall/cost.fixed"]).toBeCloseTo(1500, 9);
    const steady = branch("{ horizon: 14d, warmup: 7d, replications: 2, seed: 1, study: steadyState }");
    expect(runReplication(steady, 0).kpis["overall/cost.fixed"]).toBeCloseTo(3500, 9);
  });
});
