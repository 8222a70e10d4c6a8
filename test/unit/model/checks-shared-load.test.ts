/**
 * Pools that share a servedBy step are weighed together by the load check. One specialist
 * and one generalist, 24/7, 9 cases an hour of 10 minutes (exponential) served by whichever is
 * free: an M/M/2 with ρ = 9 × 10 / (60 × 2) = 0.75, stable (Erlang C: Wq = 0.642857 / (12 − 9) h
 * = 12.857 min) — no warning, although the specialist alone would be at ρ = 1.5.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { simulateSync } from "../../../src/experiment/simulate.js";
import { kpiSummary } from "../../../src/report/kpi-lookup.js";
import { modelFactsOf } from "../../../src/api/model-facts.js";
import { runCaveats } from "../../../src/report/caveats.js";

function skills(rate: number, extra = "", gen = 1, horizon = "300d"): string {
  return `name: Skills
run: { horizon: ${horizon}, warmup: 2d, replications: 5, seed: 5 }
arrivals:
  - { name: a, ratePerHour: ${rate}${extra === "" ? "" : ", start: triage"} }
resources:
  spec: { capacity: 1 }
  gen: { capacity: ${gen} }
steps:
${extra}  - name: advice
    servedBy: [ { resource: spec }, { resource: gen } ]
    duration: { exponential: { mean: 10min } }
`;
}

function warningsOf(text: string): string[] {
  const loaded = loadModelText(text, "model.yaml");
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.warnings.map((w) => `${w.code} ${w.path.join(".")}: ${w.message}`);
}

describe("load of pools sharing a servedBy step", () => {
  it("an M/M/2 at ρ = 0.75 gets no warning, and its simulated wait is Erlang C's", () => {
    expect(warningsOf(skills(9))).toEqual([]);
    const loaded = loadModelText(skills(9, "", 1, "60d"), "model.yaml");
    if (!loaded.ok) throw new Error("invalid");
    const result = simulateSync(loaded.model);
    const wait = kpiSummary(result.kpis, "overall/waitTime.mean");
    const theory = (4.5 / 7 / 3) * 60; // Erlang C(2, 1.5) / (cμ − λ), in minutes: 12.857
    const half = wait?.halfWidth ?? 0;
    // The run's own 95% interval is tight enough to tell a stable queue from one growing without bound, and holds the theory.
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(0.1 * theory);
    expect(Math.abs((wait?.mean ?? 0) - theory)).toBeLessThanOrEqual(half);
    expect(runCaveats(result, modelFactsOf(loaded.model)).filter((c) => c.includes("ρ"))).toEqual([]);
  });

  it("at 15 an hour (ρ = 1.25 together) the pair is warned about, with their combined time", () => {
    expect(warningsOf(skills(15))).toEqual([
      'overloadedShared resources.spec: pools "spec", "gen", which share the work of "advice" (servedBy), are offered at least 420 server-hours of work a week against 336 on duty together (utilisation ρ = 1.25 ≥ 1); no steady state exists: the queue grows without bound and steady-state results are meaningless — add capacity to any of them, shorten "advice" or lower the arrival rate',
    ]);
  });

  it("a pool overloaded by the work only it does is warned about alone: triage 7 min at 9 an hour on the specialist (ρ = 1.05)", () => {
    const triage = "  - { name: triage, resource: spec, duration: 7min }\n";
    const warnings = warningsOf(skills(9, triage, 3));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^overloaded resources\.spec: pool "spec" is offered 176\.4 server-hours of work a week against 168 on duty \(utilisation ρ = 1\.05 ≥ 1\)/);
    expect(warnings[0]).toContain("shorten triage");
  });
});
