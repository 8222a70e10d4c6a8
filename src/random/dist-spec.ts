/**
 * Distribution descriptors: plain records naming a family and its parameters.
 *
 * A teller's handling time "triangular between 3 and 12 minutes, most often 6" is
 * `{ kind: "triangular", min: 3, mode: 6, max: 12 }`. Time-valued parameters are in
 * minutes once the model is normalised. Samplers and analytic moments live in
 * `dists.ts`; this file only names the shapes, so every layer can share them.
 */

/** One distribution, in normalised form (time parameters in minutes). */
export type DistSpec =
  | { kind: "exponential"; mean: number }
  | { kind: "deterministic"; value: number }
  | { kind: "uniform"; min: number; max: number }
  | { kind: "triangular"; min: number; mode: number; max: number }
  /** Normal truncated at 0 (resampled below 0); `mean`/`sd` are of the untruncated normal. */
  | { kind: "normal"; mean: number; sd: number }
  /** Lognormal given by the mean and sd of the variable itself (not of its log). */
  | { kind: "lognormal"; mean: number; sd: number }
  | { kind: "gamma"; shape: number; scale: number }
  /** Erlang-k with the given overall mean (sum of k exponentials of mean/k). */
  | { kind: "erlang"; k: number; mean: number }
  | { kind: "weibull"; shape: number; scale: number }
  /** Beta-PERT on [min, max] with the given mode (lambda = 4). */
  | { kind: "pert"; min: number; mode: number; max: number }
  /** Discrete: `values[i]` with probability `weights[i] / sum(weights)`. */
  | { kind: "empirical"; values: number[]; weights: number[] };

/** The family names, as a runtime list (single source for schema and samplers). */
export const DIST_KINDS = [
  "exponential",
  "deterministic",
  "uniform",
  "triangular",
  "normal",
  "lognormal",
  "gamma",
  "erlang",
  "weibull",
  "pert",
  "empirical",
] as const;

/** A distribution family name. */
export type DistKind = (typeof DIST_KINDS)[number];
