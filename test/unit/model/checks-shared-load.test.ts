/**
 * Pools that share a servedBy step are weighed together by the load check. One specialist
 * and one generalist, 24/7, 9 cases an hour of 10 minutes (exponential) served by whichever is
 * free: an M/M/2 with ρ = 9 × 10 / (60 × 2) = 0.75, stable (Erlang C: Wq = 0.642857 / (12 − 9) h
 * = 12.857 min) — no warning, although the specialist alone would be at ρ = 1.5.
 *
 * Each pool serves only what its own staff can: one specialist at 6 min and ten universal
 * agents at 66 min serve at most 60 / 6 + 10 × 60 / 66 = 19.09 calls an hour, so 20 an hour
 * overload them, although at the specialist's speed the work needs 2 of their 11 servers.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { simulateSync } from "../../../src/experiment/simulate.js";
import { kpiSummary } from "../../../src/report/kpi-lookup.js";
import { modelFactsOf } from "../../../src/api/model-facts.js";
import { runCaveats } from "../../../src/report/caveats.js";
import { carriedShare } from "../../../src/model/checks/group-capacity.js";

/** One specialist (6 min) or ten universal agents (66 min), whichever is free, the specialist first. */
function fastAndSlow(rate: number, horizon = "20d"): string {
  return `name: Skills
calendar: always
run: { horizon: ${horizon}, warmup: 2d, replications: 5, seed: 3, study: steadyState }
arrivals:
  - { name: calls, ratePerHour: ${rate}, start: advice }
resources:
  specialists: { capacity: 1 }
  universal: { capacity: 10 }
steps:
  - name: advice
    servedBy:
      - { resource: specialists }
      - { resource: universal, duration: { exponential: { mean: 66min } } }
    choose: preference
    duration: { exponential: { mean: 6min } }
`;
}

/** Two steps that both go faster on pool a (6 min) than on b (30 min), one server each. */
function twoSteps(x: number, y: number): string {
  return `name: Two
calendar: always
run: { horizon: 20d, warmup: 2d, replications: 5, seed: 3, study: steadyState }
arrivals:
  - { name: loans, ratePerHour: ${x}, start: loan }
  - { name: cards, ratePerHour: ${y}, start: card }
resources:
  a: { capacity: 1 }
  b: { capacity: 1 }
steps:
  - name: loan
    servedBy: [ { resource: a }, { resource: b, duration: 30min } ]
    duration: 6min
    next: exit
  - name: card
    servedBy: [ { resource: a }, { resource: b, duration: 30min } ]
    duration: 6min
    next: exit
`;
}

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
      'overloadedShared resources.spec: pools "spec", "gen", which share the work of "advice" (servedBy), can serve at most 2016 of the 2520 visits a week offered to it when each pool takes only what its own staff can (336 server-hours on duty together; utilisation ρ = 1.25 ≥ 1); no steady state exists: the queue grows without bound and steady-state results are meaningless — add capacity to any of them, shorten "advice" or lower the arrival rate',
    ]);
  });

  it("a pool overloaded by the work only it does is warned about alone: triage 7 min at 9 an hour on the specialist (ρ = 1.05)", () => {
    const triage = "  - { name: triage, resource: spec, duration: 7min }\n";
    const warnings = warningsOf(skills(9, triage, 3));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^overloaded resources\.spec: pool "spec" is offered 176\.4 server-hours of work a week against 168 on duty \(utilisation ρ = 1\.05 ≥ 1\)/);
    expect(warnings[0]).toContain("shorten triage");
  });

  it("a fast pool counts only up to its own staff: 20 calls an hour on 1 × 6 min + 10 × 66 min (at most 19.09) are warned about", () => {
    const hourly = 60 / 6 + (10 * 60) / 66; // 19.0909 calls an hour
    expect(warningsOf(fastAndSlow(20))).toEqual([
      `overloadedShared resources.specialists: pools "specialists", "universal", which share the work of "advice" (servedBy), can serve at most ${Math.round(hourly * 168 * 100) / 100} of the 3360 visits a week offered to it when each pool takes only what its own staff can (1848 server-hours on duty together; utilisation ρ = 1.05 ≥ 1); no steady state exists: the queue grows without bound and steady-state results are meaningless — add capacity to any of them, shorten "advice" or lower the arrival rate`,
    ]);
    expect(warningsOf(fastAndSlow(18))).toEqual([]);
  });

  it("the simulation agrees: overloaded, the pair completes 19.09 calls an hour, fewer than the 20 offered", () => {
    const loaded = loadModelText(fastAndSlow(20), "model.yaml");
    if (!loaded.ok) throw new Error("invalid");
    const result = simulateSync(loaded.model);
    const throughput = kpiSummary(result.kpis, "overall/throughput");
    const hourly = 60 / 6 + (10 * 60) / 66;
    const half = throughput?.halfWidth ?? 0;
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(0.02 * hourly);
    expect(Math.abs((throughput?.mean ?? 0) - hourly)).toBeLessThanOrEqual(half);
    expect(throughput?.hi ?? 0).toBeLessThan(20);
  });

  it("weighs several steps together: loans and cards both best on pool a (10 an hour) with b adding 2, so 13 an hour overload them", () => {
    expect(warningsOf(twoSteps(6, 5))).toEqual([]);
    const warnings = warningsOf(twoSteps(7, 6));
    expect(warnings).toHaveLength(1);
    // 12 of 13 an hour: 12 × 168 = 2016 of 2184 visits a week, ρ = 13 / 12.
    expect(warnings[0]).toContain('pools "a", "b", which share the work of "loan", "card" (servedBy), can serve at most 2016 of the 2184 visits a week offered to them');
    expect(warnings[0]).toContain("utilisation ρ = 1.08 ≥ 1");
  });

  it("the programme: each pool's share of the work is limited by its own time", () => {
    // One step, 20 visits; pool 0 has 60 minutes at 6 a visit, pool 1 600 at 66: 19.09 / 20.
    expect(carriedShare([{ visits: 20, options: [{ pool: 0, minutes: 6 }, { pool: 1, minutes: 66 }] }], [60, 600])).toBeCloseTo(19.0909 / 20, 4);
    // Two steps on two pools, each fast on its own pool: 10 + 10 an hour fit 9 + 9 with room 10/9.
    const crossed = [
      { visits: 9, options: [{ pool: 0, minutes: 6 }, { pool: 1, minutes: 30 }] },
      { visits: 9, options: [{ pool: 0, minutes: 30 }, { pool: 1, minutes: 6 }] },
    ];
    expect(carriedShare(crossed, [60, 60])).toBeCloseTo(10 / 9, 6);
    // The other work of pool 0 leaves it 30 minutes: 5 + 2 = 7 of 14 visits.
    expect(carriedShare([{ visits: 14, options: [{ pool: 0, minutes: 6 }, { pool: 1, minutes: 30 }] }], [30, 60])).toBeCloseTo(0.5, 6);
    expect(carriedShare([{ visits: 5, options: [{ pool: 0, minutes: 0 }] }], [60])).toBe(Number.POSITIVE_INFINITY);
  });
});
