/**
 * Expected visits beyond the dense solver's 400 steps: sparse state elimination agrees with
 * Gaussian elimination to rounding on random routings, and an endless rework loop through
 * 450 steps is caught (it passed unchecked before).
 */
import { describe, expect, it } from "vitest";
import { solveLinearSystem } from "../../../src/model/checks/linear-solve.js";
import { sparseVisits, type Edge } from "../../../src/model/checks/sparse-visits.js";
import { loadModelText } from "../../../src/model/source/load.js";

/** A small deterministic generator (tests only). */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function randomRouting(n: number, random: () => number): Edge[][] {
  return Array.from({ length: n }, () => {
    const targets = Array.from({ length: 1 + Math.floor(random() * 3) }, () => (random() < 0.15 ? -1 : Math.floor(random() * n)));
    targets.push(-1);
    const weights = targets.map(() => random() + 0.01);
    const total = weights.reduce((a, b) => a + b, 0);
    return targets.map((to, i) => ({ to, p: weights[i] / total }));
  });
}

function denseVisits(edges: Edge[][], start: number): Float64Array | null {
  const n = edges.length;
  const matrix = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  edges.forEach((out, from) => out.forEach(({ to, p }) => to >= 0 && (matrix[to][from] -= p)));
  const rhs = new Float64Array(n);
  rhs[start] = 1;
  return solveLinearSystem(matrix, rhs);
}

describe("sparse expected visits", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("agree with Gaussian elimination (seed %i)", (seed) => {
    const edges = randomRouting(40, lcg(seed));
    const all = Array.from({ length: 40 }, (_, i) => i);
    const sparse = sparseVisits(edges, all, 0, 40);
    const dense = denseVisits(edges, 0);
    expect(sparse).not.toBeNull();
    dense?.forEach((v, i) => expect(sparse?.[i]).toBeCloseTo(v, 9));
  });

  it("a loop of 450 steps with return probability 0.9999 gives 10,000 visits per step", () => {
    const n = 450;
    const edges: Edge[][] = Array.from({ length: n }, (_, i) => (i < n - 1 ? [{ to: i + 1, p: 1 }] : [{ to: 0, p: 0.9999 }, { to: -1, p: 0.0001 }]));
    const visits = sparseVisits(edges, Array.from({ length: n }, (_, i) => i), 0, n);
    visits?.forEach((v) => expect(v).toBeCloseTo(10_000, 6));
  });

  it("a loop with no way out is null (reported as noExit elsewhere)", () => {
    expect(sparseVisits([[{ to: 1, p: 1 }], [{ to: 0, p: 1 }]], [0, 1], 0, 2)).toBeNull();
  });

  it("the endless loop check sees past 400 steps", () => {
    const steps = Array.from({ length: 449 }, (_, i) => `  - { name: s${i}, duration: 1 }`).join("\n");
    const text = `name: x\nrun: { horizon: 1d }\narrivals: [ { name: a, ratePerHour: 1 } ]\nsteps:\n${steps}\n  - { name: last, duration: 1, next: [ { to: s0, p: 0.9999 }, { to: exit, p: 0.0001 } ] }\n`;
    const result = loadModelText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual(["endlessLoop"]);
  });
});
