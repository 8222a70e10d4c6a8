/**
 * The share of cases that takes each option of a conditional route, estimated from the
 * attribute distributions the sources declare, for the checks that need routing
 * probabilities (reachability, expected visits, offered load).
 *
 * "Second approval if amount > 500,000" with amounts lognormal(mean 200,000, sd 150,000)
 * takes about 4% of the loans, so the managers' offered load counts 4% of the arrivals, not
 * half of them. Each source's attributes are drawn 4,096 times from a fixed stream (the
 * estimate is the same at every load) and walked through the options as the engine would;
 * sources count equally. A branch no sample takes keeps a tiny share, so it still counts as
 * reachable.
 */
import type { AttributeSpec, Condition, ConditionalOption } from "../compile/attribute-types.js";
import type { Model } from "../compile/model.js";
import { compileSampler, distSpecProblem } from "../../random/dists.js";
import { uniform01 } from "../../random/counter-rng.js";
import { streamKey } from "../../random/streams.js";

const SAMPLES = 4096;
/** Share kept by a branch that no sample takes, so it still counts as reachable. */
const FLOOR = 1e-9;

/** Draws sample `n` of an attribute: a number, or a category name. */
function drawer(name: string, spec: AttributeSpec): ((n: number) => number | string) | null {
  const [k0, k1] = streamKey(0, 0, "condition-share", name);
  if (spec.kind === "categorical") {
    const total = spec.shares.reduce((a, b) => a + b, 0);
    return (n) => {
      let u = uniform01(k0 | 0, k1 | 0, n, 0, 0, 0) * total;
      for (let i = 0; i < spec.categories.length - 1; i++) if ((u -= spec.shares[i]) < 0) return spec.categories[i];
      return spec.categories[spec.categories.length - 1];
    };
  }
  if (distSpecProblem(spec.dist) !== null) return null;
  const sampler = compileSampler(spec.dist);
  const out = new Float64Array(1);
  return (n) => {
    sampler.sampleInto(out, 0, k0 | 0, k1 | 0, n, 0, 0);
    return out[0];
  };
}

/** True when the value satisfies the condition (undefined: the case has no such attribute). */
function satisfies(when: Condition, value: number | string | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === "string") return when.categories !== null && when.categories.includes(value);
  const lower = when.lower ?? -Infinity;
  const upper = when.upper ?? Infinity;
  const above = value > lower || (when.lowerInclusive && value === lower);
  return above && (value < upper || (when.upperInclusive && value === upper));
}

/** Estimated share of the cases taking each option (they add up to about 1). */
export function conditionShares(model: Model, options: readonly ConditionalOption[]): { to: string; p: number }[] {
  const tested = [...new Set(options.flatMap((option) => (option.when ? [option.when.attribute] : [])))];
  const fallbacks = options.filter((option) => option.when === null);
  const fallbackTotal = fallbacks.reduce((sum, option) => sum + (option.p ?? 1), 0);
  const counts = new Float64Array(options.length);
  let cases = 0;
  for (const source of model.arrivals) {
    const draws = tested.map((name) => (source.attributes[name] ? drawer(name, source.attributes[name]) : null));
    for (let n = 0; n < SAMPLES; n++, cases++) {
      const values = new Map(tested.map((name, a) => [name, draws[a]?.(n)]));
      const taken = options.findIndex((option) => option.when !== null && satisfies(option.when, values.get(option.when.attribute)));
      if (taken >= 0) counts[taken] += 1;
      else options.forEach((option, i) => (counts[i] += option.when === null && fallbackTotal > 0 ? (option.p ?? 1) / fallbackTotal : 0));
    }
  }
  return options.map((option, i) => ({ to: option.to, p: Math.max(cases > 0 ? counts[i] / cases : 0, option.when === null && (option.p ?? 1) === 0 ? 0 : FLOOR) }));
}
