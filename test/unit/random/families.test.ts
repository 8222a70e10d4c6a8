/**
 * Every registered family record is complete and consistent: its name, its parameter table,
 * its example passes its own checks, its mean lies in its support, and scaling time scales
 * the mean and the sd (a step that takes 20% longer).
 */
import { describe, expect, it } from "vitest";
import { DIST_FAMILIES, DIST_KINDS, familyOf, type DistSpec } from "../../../src/random/families/registry.js";
import { compileSampler, scaleDistSpec } from "../../../src/random/dists.js";

/** One valid spec per family (time parameters in minutes). */
const EXAMPLES: Record<string, DistSpec> = {
  exponential: { kind: "exponential", mean: 5 },
  deterministic: { kind: "deterministic", value: 2 },
  uniform: { kind: "uniform", min: 2, max: 7 },
  triangular: { kind: "triangular", min: 1, mode: 4, max: 10 },
  normal: { kind: "normal", mean: 6, sd: 1.5 },
  lognormal: { kind: "lognormal", mean: 12, sd: 4 },
  gamma: { kind: "gamma", shape: 4, scale: 5 },
  erlang: { kind: "erlang", k: 3, mean: 12 },
  weibull: { kind: "weibull", shape: 1.5, scale: 20 },
  pert: { kind: "pert", min: 2, mode: 5, max: 14 },
  empirical: { kind: "empirical", values: [2, 5, 10], weights: [6, 3, 1] },
  histogram: { kind: "histogram", bins: [0, 5, 10, 20], counts: [30, 50, 20] },
  mixture: { kind: "mixture", components: [{ p: 0.1, dist: { kind: "deterministic", value: 0 } }, { p: 0.9, dist: { kind: "exponential", mean: 3 } }] },
  truncated: { kind: "truncated", dist: { kind: "gamma", shape: 4, scale: 5 }, min: 5, max: 30 },
};

describe("distribution family records", () => {
  it("the registry holds one record per family, under its own name, with an example here", () => {
    for (const kind of DIST_KINDS) expect(DIST_FAMILIES[kind].kind).toBe(kind);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...DIST_KINDS].sort());
  });

  it.each(DIST_KINDS.map((kind) => [kind]))("%s: parameters documented, example valid, mean inside the support", (kind) => {
    const spec = EXAMPLES[kind];
    const family = familyOf(spec);
    for (const decl of Object.values(family.params)) expect(decl.doc.length).toBeGreaterThan(3);
    expect(family.docs.notes.length).toBeGreaterThan(3);
    expect(family.check(spec, true)).toEqual([]);
    expect(family.undefinedBecause(spec)).toBeNull();
    const [lo, hi] = family.support(spec);
    expect(family.mean(spec)).toBeGreaterThanOrEqual(lo);
    expect(family.mean(spec)).toBeLessThanOrEqual(hi);
  });

  it.each(DIST_KINDS.map((kind) => [kind]))("%s: scaling time by 1.2 scales the mean by 1.2 and the variance by 1.44", (kind) => {
    const spec = EXAMPLES[kind];
    const scaled = compileSampler(scaleDistSpec(spec, 1.2));
    const original = compileSampler(spec);
    expect(scaled.mean).toBeCloseTo(original.mean * 1.2, 9);
    expect(scaled.variance).toBeCloseTo(original.variance * 1.44, 9);
  });

  it("a family's build turns its parameters as read into its spec, with shorthands", () => {
    expect(DIST_FAMILIES.gamma.build({ mean: 20, cv: 0.5 })).toEqual({ kind: "gamma", shape: 4, scale: 5 });
    expect(DIST_FAMILIES.gamma.build({ mean: 20, scale: 5 })).toEqual([
      { code: "paramForms", at: [], family: "gamma", found: ["mean", "scale"], forms: [["shape", "scale"], ["mean", "cv"]] },
    ]);
    expect(DIST_FAMILIES.empirical.build({ values: [1, 2] })).toEqual({ kind: "empirical", values: [1, 2], weights: [1, 1] });
  });
});
