/**
 * Histogram: a continuous distribution from binned data, uniform inside each bin, such as
 * mortgage-interview times tallied in a branch: `{ histogram: { bins: [0, 5, 10, 20],
 * counts: [30, 50, 20] } }` (30 took 0–5 min, 50 took 5–10, 20 took 10–20). Inversion of
 * draw 0 (piecewise linear CDF), so it can be truncated and pairs long with long.
 */
import type { DistFamily, ParamProblem, ParamValues } from "./family.js";

/** Piecewise uniform: bin i is [bins[i], bins[i + 1]] with probability counts[i] / Σ counts. */
export type HistogramSpec = { readonly kind: "histogram"; readonly bins: number[]; readonly counts: number[] };

/** Why the edges and counts do not make a histogram, or null. */
function shapeProblem({ bins, counts }: HistogramSpec): string | null {
  if (counts.length !== bins.length - 1) return `${counts.length} counts for ${bins.length} bin edges`;
  for (let i = 0; i < bins.length; i++) if (!Number.isFinite(bins[i])) return `bin edge ${i} is not a finite number`;
  for (let i = 1; i < bins.length; i++) if (!(bins[i] > bins[i - 1])) return `bin edge ${bins[i]} does not follow ${bins[i - 1]}`;
  if (counts.some((c) => !(c >= 0) || !Number.isFinite(c))) return `counts [${counts.join(", ")}] hold a negative or non-finite count`;
  return counts.some((c) => c > 0) ? null : "all counts are 0";
}

/** Σ counts[i] · f(left, right) / Σ counts. */
function binAverage({ bins, counts }: HistogramSpec, f: (left: number, right: number) => number): number {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    total += counts[i];
    sum += counts[i] * f(bins[i], bins[i + 1]);
  }
  return sum / total;
}

function check(spec: HistogramSpec, timed: boolean): ParamProblem[] {
  const detail = shapeProblem(spec);
  if (detail !== null) return [{ code: "histogramShape", at: [], detail }];
  return timed && spec.bins[0] < 0 ? [{ code: "distParam", at: ["bins", 0], param: "bins[0]", found: spec.bins[0], rule: "nonNegative" }] : [];
}

function build(p: ParamValues): HistogramSpec {
  return { kind: "histogram", bins: [...(p.bins as readonly number[])], counts: [...(p.counts as readonly number[])] };
}

/** The histogram family. */
export const histogram: DistFamily<HistogramSpec> = {
  kind: "histogram",
  summary: "Continuous, from binned data: uniform inside each bin, bins drawn in proportion to their counts.",
  params: {
    bins: { type: "timeList", doc: "Bin edges, increasing (one more than counts)." },
    counts: { type: "plainList", doc: "Observations per bin (≥ 0, not all 0).", itemDoc: "Observations in this bin." },
  },
  docs: { notes: "Uniform inside bin [`bins[i]`, `bins[i+1]`], drawn with probability `counts[i]` / Σ `counts`. Edges increasing, one count per bin." },
  build,
  check,
  undefinedBecause: shapeProblem,
  mean: (spec) => binAverage(spec, (l, r) => (l + r) / 2),
  variance: (spec) => {
    const mean = binAverage(spec, (l, r) => (l + r) / 2);
    return Math.max(0, binAverage(spec, (l, r) => (l * l + l * r + r * r) / 3) - mean * mean);
  },
  support: (spec) => [spec.bins[0], spec.bins[spec.bins.length - 1]],
  plan: (spec) => {
    const cumulative = new Float64Array(spec.counts.length);
    let total = 0;
    let lastPositive = 0;
    spec.counts.forEach((count, i) => {
      cumulative[i] = total += count;
      if (count > 0) lastPositive = i;
    });
    return { kernel: "histogram", params: [total, lastPositive], values: Float64Array.from(spec.bins), cumulative };
  },
  scaleTime: (spec, f) => ({ ...spec, bins: spec.bins.map((b) => b * f) }),
};
