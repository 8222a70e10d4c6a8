// A source at ratePerHour 0 (a channel a proposal closes) is valid and never arrives; the
// other sources run as they would without it.
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";

function counter(businessRate: number) {
  const loaded = loadModelText(`name: counter
timeUnit: min
run: { horizon: 8h, replications: 2, seed: 3 }
arrivals:
  - { name: walk-in, ratePerHour: 30, start: counter }
  - { name: business, ratePerHour: ${businessRate}, start: counter }
resources:
  tellers: { capacity: 3 }
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 4 } } }
`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return compileModel(loaded.model);
}

describe("a source at rate 0", () => {
  it("runs, and no case of it arrives", () => {
    const { kpis } = runReplication(counter(0), 0);
    expect(kpis["class/business/arrivals"]).toBe(0);
    expect(kpis["class/walk-in/arrivals"] as number).toBeGreaterThan(0);
    expect(kpis["overall/arrivals"]).toBe(kpis["class/walk-in/arrivals"]);
  });
});
