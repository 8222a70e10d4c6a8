/**
 * runReplication: with the default collector it returns a full RepResult; the same model and
 * replication give byte-identical JSON; a quick M/M/1 sanity check against ρ/(μ − λ).
 * (Long-run theory checks live in test/theory.)
 */
import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/model/compile/compile.js";
import { collectorLayoutOf } from "../../../src/experiment/collector-layout.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { expo, model, pool, source, step } from "../process/fixtures.js";

function mm1(customers: number) {
  return model({
    arrivals: [source("walk-in", expo(2), "counter")],
    resources: [pool("teller", 1)],
    steps: [step("counter", [["teller", 1]], expo(1))],
    run: { maxArrivals: customers, warmup: 100, study: "steadyState" },
  });
}

describe("runReplication", () => {
  it("returns the collector's KPIs, the event count and the end time", () => {
    const result = runReplication(compileModel(mm1(1000)), 2);
    expect(result.replication).toBe(2);
    expect(result.events).toBe(2000);
    expect(result.endTime).toBeGreaterThan(1500);
    expect(result.kpis["pool/teller/utilisation"]).toBeGreaterThan(0.3);
    expect(result.kpis["pool/teller/utilisation"]).toBeLessThan(0.7);
  });

  it("is byte-reproducible and differs between replications", () => {
    const compiled = compileModel(mm1(2000));
    const a = JSON.stringify(runReplication(compiled, 0));
    expect(JSON.stringify(runReplication(compileModel(mm1(2000)), 0))).toBe(a);
    expect(JSON.stringify(runReplication(compiled, 1))).not.toBe(a);
  });

  it("M/M/1 at ρ = 0.5: mean wait is close to ρ/(μ − λ) = 1 minute", () => {
    const compiled = compileModel(mm1(40_000));
    const means = [0, 1, 2, 3, 4].map((r) => runReplication(compiled, r).kpis["overall/waitTime.mean"] as number);
    const mean = means.reduce((a, b) => a + b, 0) / means.length;
    const sd = Math.sqrt(means.reduce((a, b) => a + (b - mean) ** 2, 0) / (means.length - 1));
    // 95% t-interval with 4 degrees of freedom must contain the theory value.
    expect(Math.abs(mean - 1)).toBeLessThan((2.776 * sd) / Math.sqrt(means.length) + 1e-9);
    expect(sd / mean).toBeLessThan(0.1);
  });

  it("collector layout maps names to the engine's ids", () => {
    const m = { ...mm1(10), serviceLevels: [{ name: "5 min", class: "walk-in", step: "counter", maxWait: 5, target: 0.8, path: [] }] };
    const layout = collectorLayoutOf(compileModel(m));
    expect(layout.classes).toEqual(["walk-in"]);
    expect(layout.steps).toEqual(["counter"]);
    expect(layout.pools).toEqual([{ name: "teller", costPerHour: 0, overtimeCostPerHour: 0 }]);
    expect(layout.serviceLevels).toEqual([{ name: "5 min", cls: 0, step: 0, maxWait: 5, target: 0.8 }]);
    expect(layout.warmup).toBe(100);
  });
});
