/**
 * Mixture: with probability pᵢ a draw of distribution i, such as callers' patience where 10%
 * hang up at once and 90% wait an exponential time:
 * `{ mixture: [{ p: 10%, dist: 0 }, { p: 90%, dist: { exponential: { mean: 3min } } }] }`.
 *
 * Draws (common random numbers): the choice reads draw 0 of the sampler's own sub-draw word;
 * the chosen component samples from the next sub-draw words (sampler.ts), so case #k picks the
 * same component in the current and the proposed model, and a component's time does not
 * depend on the choice draw. Scaling a mixture's times (a proposal's `scale`, or a new `mean`,
 * which scales to it) scales every component's times by the same factor.
 */
import type { DistFamily, MixtureComponent, ParamProblem } from "./family.js";
import { familyOf, type DistSpec } from "./registry.js";

/** With probability `components[i].p`, a draw of `components[i].dist`. */
export type MixtureSpec = {
  readonly kind: "mixture";
  readonly components: readonly MixtureComponent[];
};

/** How far the probabilities may add up from 1 (rounding of percentages). */
const SUM_TOLERANCE = 1e-9;

const total = (spec: MixtureSpec) => spec.components.reduce((sum, c) => sum + c.p, 0);

function check(spec: MixtureSpec, timed: boolean): ParamProblem[] {
  const problems: ParamProblem[] = spec.components.flatMap((c, i) =>
    familyOf(c.dist)
      .check(c.dist, timed)
      .map((problem) => ({ ...problem, at: [i, "dist", c.dist.kind, ...problem.at] })),
  );
  const sum = total(spec);
  if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) problems.push({ code: "mixtureSum", at: [], total: sum });
  return problems;
}

function undefinedBecause(spec: MixtureSpec): string | null {
  if (spec.components.length === 0) return "a mixture needs at least one component";
  for (const [i, c] of spec.components.entries()) {
    if (!(c.p >= 0 && c.p <= 1)) return `component ${i}: p must be between 0 and 1 (got ${c.p})`;
    const inner = familyOf(c.dist).undefinedBecause(c.dist);
    if (inner !== null) return `component ${i}: ${inner}`;
  }
  const sum = total(spec);
  return Math.abs(sum - 1) <= SUM_TOLERANCE ? null : `the probabilities add up to ${sum}, not 1`;
}

/** Σ pᵢ·f(distᵢ). */
const weighted = (spec: MixtureSpec, f: (dist: DistSpec) => number) => spec.components.reduce((sum, c) => sum + (c.p > 0 ? c.p * f(c.dist) : 0), 0);

function mean(spec: MixtureSpec): number {
  return weighted(spec, (d) => familyOf(d).mean(d));
}

/** The mixture family. */
export const mixture: DistFamily<MixtureSpec> = {
  kind: "mixture",
  summary: "A mixture: with probability p a draw of that component's distribution.",
  params: { components: { type: "mixtureList", doc: "The components: `{ p, dist }` each, probabilities adding up to 100%." } },
  bareParam: "components",
  docs: { notes: "A list of `{ p, dist }`: with probability `p` a draw of `dist` (any distribution). Probabilities add up to 100%. The choice reads its own draw; a component draws from the next sub-draw words." },
  build: (p) => ({ kind: "mixture", components: [...(p.components as readonly MixtureComponent[])] }),
  check,
  undefinedBecause,
  mean,
  variance: (spec) => {
    const m = mean(spec);
    return Math.max(0, weighted(spec, (d) => familyOf(d).variance(d) + familyOf(d).mean(d) ** 2) - m * m);
  },
  support: (spec) => {
    const used = spec.components.filter((c) => c.p > 0).map((c) => familyOf(c.dist).support(c.dist));
    return [Math.min(...used.map((s) => s[0])), Math.max(...used.map((s) => s[1]))];
  },
  plan: (spec) => {
    let sum = 0;
    const cumulative = Float64Array.from(spec.components, (c) => (sum += c.p));
    return { kernel: "mixture", params: [], cumulative, components: spec.components.map((c) => c.dist) };
  },
  scaleTime: (spec, f) => ({ ...spec, components: spec.components.map((c) => ({ p: c.p, dist: familyOf(c.dist).scaleTime(c.dist, f) })) }),
};
