/**
 * The theory-test harness: run independent replications of a model, form the 95% t-interval
 * of a KPI across them, and check a theory value against that interval.
 *
 * "Mean wait at the counter, 20 replications of 100,000 customers after warm-up: 8.93 ± 0.21
 * min; Erlang C says 9.00" passes when |mean − theory| ≤ factor × half-width (factor 2 by
 * default) and the interval is tight enough (half-width ≤ maxRelativeHalfWidth × theory)
 * that a wrong engine could not hide inside it. Every check is also logged, so a run of the tier prints its own evidence.
 */
import { expect } from "vitest";
import type { Model } from "../../../src/model/compile/model.js";
import type { RepResult } from "../../../src/stats/result-types.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { tInterval, type TInterval } from "./t-interval.js";

/**
 * Scale factor for run lengths, from PROCSIM_THEORY_SCALE (default 1): 0.1 makes a quick
 * smoke run while a test is being written (its precision assertions may then fail).
 */
export const THEORY_SCALE = Number(process.env.PROCSIM_THEORY_SCALE ?? "1");

/** Runs replications `first … first + count − 1` of a model in this process. */
export function replicate(model: Model, count: number, first = 0): RepResult[] {
  const compiled = compileModel(model);
  const results: RepResult[] = [];
  for (let r = first; r < first + count; r++) results.push(runReplication(compiled, r));
  return results;
}

/**
 * The values of one KPI across replications.
 * @throws Error naming the available keys when the key is missing or null in a replication
 */
export function kpiValues(results: readonly RepResult[], key: string): number[] {
  return results.map((result) => {
    const value = result.kpis[key];
    if (value === undefined) {
      const known = Object.keys(result.kpis).filter((k) => k.split("/")[0] === key.split("/")[0]);
      throw new Error(`KPI "${key}" not reported; keys of that scope: ${known.join(", ")}`);
    }
    if (value === null) throw new Error(`KPI "${key}" is null in replication ${result.replication}`);
    return value;
  });
}

/** The 95% t-interval of a KPI across replications. */
export function kpiInterval(results: readonly RepResult[], key: string): TInterval {
  return tInterval(kpiValues(results, key));
}

/** How strictly a theory value is checked. */
export interface TheoryTolerance {
  /** The interval must be at most this share of the theory value wide (half-width). */
  readonly maxRelativeHalfWidth: number;
  /**
   * Allowed distance in half-widths (default 2). With 20 replications a correct engine
   * lands outside 2 half-widths with probability about 5e-4 per check, so a tier of some
   * forty checks fails falsely about 2% of the time per seed; outside 1 half-width (the bare
   * 95% interval) that would be near-certain.
   */
  readonly factor?: number;
  /** Absolute floor on the allowed half-width, for theory values near 0. */
  readonly absoluteHalfWidth?: number;
}

/** One line of evidence: what was measured, what theory says, and whether it agreed. */
export function describeCheck(label: string, ci: TInterval, theory: number): string {
  const exact = Math.abs(ci.mean - theory) <= 1e-12 * Math.max(1, Math.abs(theory));
  const z = ci.halfWidth > 0 ? (ci.mean - theory) / ci.halfWidth : exact ? 0 : Infinity;
  const rel = theory !== 0 ? (100 * ci.halfWidth) / Math.abs(theory) : 0;
  return `${label}: sim ${fmt(ci.mean)} ± ${fmt(ci.halfWidth)} (n=${ci.n}, ±${rel.toFixed(2)}%), theory ${fmt(theory)}, off by ${z.toFixed(2)} half-widths`;
}

function fmt(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(2) : x.toPrecision(5);
}

/**
 * Asserts that a theory value lies within `factor` half-widths of the replication mean and
 * that the interval is tight. Logs the comparison either way.
 */
export function expectTheoryWithin(label: string, ci: TInterval, theory: number, tolerance: TheoryTolerance): void {
  const factor = tolerance.factor ?? 2;
  const line = describeCheck(label, ci, theory);
  console.log(line);
  const allowedHalfWidth = Math.max(tolerance.maxRelativeHalfWidth * Math.abs(theory), tolerance.absoluteHalfWidth ?? 0);
  expect(ci.halfWidth, `${line} — interval too wide to judge (limit ${fmt(allowedHalfWidth)})`).toBeLessThanOrEqual(allowedHalfWidth);
  const slack = Math.max(factor * ci.halfWidth, tolerance.absoluteHalfWidth ?? 0);
  expect(Math.abs(ci.mean - theory), `${line} — theory outside ${factor} half-widths`).toBeLessThanOrEqual(slack);
}

/** Runs replications and checks one KPI against theory in one call; returns the interval. */
export function checkKpi(results: readonly RepResult[], key: string, theory: number, tolerance: TheoryTolerance): TInterval {
  const ci = kpiInterval(results, key);
  expectTheoryWithin(key, ci, theory, tolerance);
  return ci;
}
