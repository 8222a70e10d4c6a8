/**
 * Empirical: one of a list of observed values with relative weights, such as pages per
 * mortgage file `{ empirical: { values: [2, 5, 10], weights: [6, 3, 1] } }`. Inversion of
 * draw 0 by binary search over the cumulative weights.
 */
import type { DistFamily, ParamProblem, ParamValues } from "./family.js";

/** Discrete: `values[i]` with probability `weights[i] / sum(weights)`. */
export type EmpiricalSpec = { readonly kind: "empirical"; readonly values: number[]; readonly weights: number[] };

/** Weighted mean of (values − centre)^power. */
function empiricalMoment(values: readonly number[], weights: readonly number[], power: number, centre = 0): number {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    total += weights[i];
    sum += weights[i] * Math.pow(values[i] - centre, power);
  }
  return sum / total;
}

function build(p: ParamValues): EmpiricalSpec {
  const values = [...(p.values as readonly number[])];
  const weights = (p.weights as readonly number[] | undefined) ?? values.map(() => 1);
  return { kind: "empirical", values, weights: [...weights] };
}

function check(spec: EmpiricalSpec, timed: boolean): ParamProblem[] {
  const { values, weights } = spec;
  const problems: ParamProblem[] = [];
  if (weights.length !== values.length) problems.push({ code: "weightsLength", at: ["weights"], weights: weights.length, values: values.length });
  else if (weights.some((w) => !(w >= 0)) || !weights.some((w) => w > 0)) problems.push({ code: "weightsInvalid", at: ["weights"], found: `[${weights.join(", ")}]` });
  const negative = timed ? values.findIndex((v) => !(v >= 0)) : -1;
  if (negative >= 0) problems.push({ code: "distParam", at: ["values", negative], param: `values[${negative}]`, found: values[negative], rule: "nonNegative" });
  return problems;
}

function undefinedBecause({ values, weights }: EmpiricalSpec): string | null {
  if (values.length === 0) return "values must not be empty";
  if (values.length !== weights.length) return `values (${values.length}) and weights (${weights.length}) differ in length`;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) return `values[${i}] must be a finite number`;
    if (!(weights[i] >= 0) || !Number.isFinite(weights[i])) return `weights[${i}] must be a finite number ≥ 0`;
    total += weights[i];
  }
  return total > 0 ? null : "weights must not all be 0";
}

/** The empirical family. */
export const empirical: DistFamily<EmpiricalSpec> = {
  kind: "empirical",
  summary: "One of the listed values, drawn with the given relative weights.",
  params: {
    values: { type: "timeList", doc: "The possible values." },
    weights: { type: "plainList", doc: "Relative weights (default: equal).", itemDoc: "Relative weight.", optional: true },
  },
  docs: { notes: "One of `values`, drawn with relative `weights` (optional; default equal). Weights must be ≥ 0 and not all 0, one per value." },
  build,
  check,
  undefinedBecause,
  mean: (spec) => empiricalMoment(spec.values, spec.weights, 1),
  variance: (spec) => empiricalMoment(spec.values, spec.weights, 2, empiricalMoment(spec.values, spec.weights, 1)),
  support: (spec) => [Math.min(...spec.values), Math.max(...spec.values)],
  plan: (spec) => {
    const values = Float64Array.from(spec.values);
    const cumulative = new Float64Array(values.length);
    let total = 0;
    let lastPositive = 0;
    for (let i = 0; i < values.length; i++) {
      cumulative[i] = total += spec.weights[i];
      if (spec.weights[i] > 0) lastPositive = i;
    }
    return { kernel: "empirical", params: [total, lastPositive], values, cumulative };
  },
  scaleTime: (spec, f) => ({ ...spec, values: spec.values.map((v) => v * f) }),
};
