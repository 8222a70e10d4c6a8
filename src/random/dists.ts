/**
 * Compiled distribution samplers: a `DistSpec` turned, once, into an object that draws with
 * zero allocation and carries the family's analytic mean, variance and support.
 *
 * A teller's handling time `{ kind: "lognormal", mean: 6, sd: 3 }` becomes a `Sampler`
 * whose `sample(k0, k1, caseOrdinal, visit)` returns the handling time of that case on that
 * visit. Draws come from the counter-based generator with counter
 * (c0 = a, c1 = b, c2 = draw index, c3 = sub-stream): single-uniform families read draw 0
 * only; rejection families read draws 0, 1, 2, … as attempts need them. Exponential,
 * uniform, triangular, normal, lognormal, Weibull and empirical are sampled by inversion of
 * draw 0 and increase with it, so a variant that swaps exponential for lognormal still pairs
 * long times with long times; Erlang (a sum over draws 0 … k−1), gamma and PERT (rejection)
 * are synchronised by case too, but not monotone in a single draw.
 */
import { uniform01 } from "./counter-rng.js";
import { distSpecProblem } from "./dist-checks.js";
import { distMean, distSupport, distVariance, NORMAL_FAR_TAIL_SDS, pertShapes, type Support } from "./dist-moments.js";
import type { DistKind, DistSpec } from "./dist-spec.js";
import { gammaConstants, sampleGamma } from "./gamma-variate.js";
import { normalCdf, normalQuantile } from "./normal-functions.js";

export { distMean, distVariance, distSupport, type Support } from "./dist-moments.js";
export { distSpecProblem } from "./dist-checks.js";

/** Erlang k up to this is sampled as a sum of k exponentials; above, as a gamma variate. */
export const ERLANG_SUM_MAX_K = 16;

// Internal sampling methods (one per switch arm). INVARIANT: the param slots each method reads
// are documented at the arm that reads them.
const enum Method {
  Constant,
  Exponential,
  Uniform,
  Triangular,
  TruncatedNormal,
  NormalFarTail,
  Lognormal,
  Gamma,
  ErlangSum,
  Weibull,
  Pert,
  Empirical,
}

/**
 * A compiled distribution. Build with `compileSampler`. `sample` is a pure function of its
 * arguments: the same key and counters always give the same value.
 */
export class Sampler {
  /** The family this sampler was compiled from. */
  readonly kind: DistKind;
  /** Analytic mean (for normal: of the distribution truncated at 0). */
  readonly mean: number;
  /** Analytic variance (for normal: of the distribution truncated at 0). */
  readonly variance: number;
  /** Interval containing every sample. */
  readonly support: Support;
  private readonly method: Method;
  private readonly p0: number;
  private readonly p1: number;
  private readonly p2: number;
  private readonly p3: number;
  private readonly p4: number;
  private readonly p5: number;
  private readonly p6: number;
  private readonly p7: number;
  private readonly values: Float64Array;
  private readonly cumulative: Float64Array;

  /** @internal Use `compileSampler`. */
  constructor(spec: DistSpec, method: number, params: readonly number[], values?: Float64Array, cumulative?: Float64Array) {
    this.kind = spec.kind;
    this.mean = distMean(spec);
    this.variance = distVariance(spec);
    this.support = distSupport(spec);
    this.method = method as Method;
    this.p0 = params[0] ?? 0;
    this.p1 = params[1] ?? 0;
    this.p2 = params[2] ?? 0;
    this.p3 = params[3] ?? 0;
    this.p4 = params[4] ?? 0;
    this.p5 = params[5] ?? 0;
    this.p6 = params[6] ?? 0;
    this.p7 = params[7] ?? 0;
    this.values = values ?? EMPTY;
    this.cumulative = cumulative ?? EMPTY;
  }

  /**
   * One draw for stream key (k0, k1) and the engine's counters (a, b) — typically case
   * ordinal and visit number, each an unsigned 32-bit integer. Allocation-free.
   */
  sample(k0: number, k1: number, a: number, b: number): number {
    this.sampleInto(SCRATCH, 0, k0, k1, a, b);
    return SCRATCH[0];
  }

  /**
   * The draw `sample(k0, k1, a, b)` written to `out[index]`. Keys may be given as signed or
   * unsigned 32-bit integers (the same bits give the same draw).
   * NOTE: the hot loop's variant: a double returned from a call V8 does not inline (this
   * switch never is) is boxed on the heap; one stored into a Float64Array is not.
   */
  sampleInto(out: Float64Array, index: number, k0: number, k1: number, a: number, b: number): void {
    switch (this.method) {
      case Method.Constant: // p0 = value
        out[index] = this.p0;
        return;
      case Method.Exponential: // p0 = mean
        out[index] = -this.p0 * Math.log(1 - uniform01(k0, k1, a, b, 0, 0));
        return;
      case Method.Uniform: // p0 = min, p1 = max − min
        out[index] = this.p0 + this.p1 * uniform01(k0, k1, a, b, 0, 0);
        return;
      case Method.Triangular:
        out[index] = this.sampleTriangular(uniform01(k0, k1, a, b, 0, 0));
        return;
      case Method.TruncatedNormal: { // p0 = mean, p1 = sd, p2 = Φ(mean / sd)
        const x = this.p0 - this.p1 * normalQuantile((1 - uniform01(k0, k1, a, b, 0, 0)) * this.p2);
        out[index] = x > 0 ? x : 0;
        return;
      }
      case Method.NormalFarTail: // p0 = sd² / |mean|: X | X > 0 ≈ exponential of that mean
        out[index] = -this.p0 * Math.log(1 - uniform01(k0, k1, a, b, 0, 0));
        return;
      case Method.Lognormal: // p0 = μ, p1 = σ of the log
        out[index] = Math.exp(this.p0 + this.p1 * normalQuantile(uniform01(k0, k1, a, b, 0, 0)));
        return;
      case Method.Gamma: // p0 = scale, p1..p3 = gamma constants d, c, boost exponent
        out[index] = this.p0 * sampleGamma(k0, k1, a, b, 0, this.p1, this.p2, this.p3);
        return;
      case Method.ErlangSum:
        out[index] = this.sampleErlangSum(k0, k1, a, b);
        return;
      case Method.Weibull: // p0 = scale, p1 = 1 / shape
        out[index] = this.p0 * Math.pow(-Math.log(1 - uniform01(k0, k1, a, b, 0, 0)), this.p1);
        return;
      case Method.Pert: { // p0 = min, p1 = range, p2..p4 = gamma(α) constants, p5..p7 = gamma(β)
        const x = sampleGamma(k0, k1, a, b, 0, this.p2, this.p3, this.p4);
        const y = sampleGamma(k0, k1, a, b, 1, this.p5, this.p6, this.p7);
        out[index] = this.p0 + (this.p1 * x) / (x + y);
        return;
      }
      case Method.Empirical:
        out[index] = this.sampleEmpirical(uniform01(k0, k1, a, b, 0, 0));
        return;
    }
  }

  /** Triangular by inversion. p0 = min, p1 = max, p2 = F(mode), p3 = (max−min)(mode−min), p4 = (max−min)(max−mode). */
  private sampleTriangular(u: number): number {
    if (u < this.p2) return this.p0 + Math.sqrt(u * this.p3);
    return this.p1 - Math.sqrt((1 - u) * this.p4);
  }

  /** Erlang as −(mean/k)·ln Π(1 − uᵢ) over draws 0 … k−1. p0 = mean / k, p1 = k. */
  private sampleErlangSum(k0: number, k1: number, a: number, b: number): number {
    let product = 1;
    for (let i = 0; i < this.p1; i++) product *= 1 - uniform01(k0, k1, a, b, i, 0);
    return -this.p0 * Math.log(product);
  }

  /**
   * First value whose cumulative weight exceeds u·total (binary search). p0 = total weight,
   * p1 = index of the last value with positive weight (the answer if u·total rounds up to total).
   */
  private sampleEmpirical(u: number): number {
    const target = u * this.p0;
    const cumulative = this.cumulative;
    let lo = 0;
    let hi = this.p1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }
}

const EMPTY = new Float64Array(0);
/** Where `sample` has `sampleInto` put its draw. */
const SCRATCH = new Float64Array(1);

/** Gamma constants flattened into three param slots. */
function gammaSlots(shape: number): number[] {
  const g = gammaConstants(shape);
  return [g.d, g.c, g.boostExponent];
}

/** Normal truncated at 0: inversion, or its exponential limit far below 0. */
function compileNormal(spec: Extract<DistSpec, { kind: "normal" }>): Sampler {
  const { mean, sd } = spec;
  if (sd === 0) return new Sampler(spec, Method.Constant, [Math.max(mean, 0)]);
  if (-mean / sd > NORMAL_FAR_TAIL_SDS) return new Sampler(spec, Method.NormalFarTail, [(sd * sd) / -mean]);
  return new Sampler(spec, Method.TruncatedNormal, [mean, sd, normalCdf(mean / sd)]);
}

function compileLognormal(spec: Extract<DistSpec, { kind: "lognormal" }>): Sampler {
  const m2 = spec.mean * spec.mean;
  const s2 = spec.sd * spec.sd;
  const mu = Math.log(m2 / Math.sqrt(m2 + s2));
  const sigma = Math.sqrt(Math.log(1 + s2 / m2));
  return new Sampler(spec, Method.Lognormal, [mu, sigma]);
}

function compileTriangular(spec: Extract<DistSpec, { kind: "triangular" }>): Sampler {
  const { min, mode, max } = spec;
  if (min === max) return new Sampler(spec, Method.Constant, [min]);
  const range = max - min;
  return new Sampler(spec, Method.Triangular, [min, max, (mode - min) / range, range * (mode - min), range * (max - mode)]);
}

function compilePert(spec: Extract<DistSpec, { kind: "pert" }>): Sampler {
  if (spec.min === spec.max) return new Sampler(spec, Method.Constant, [spec.min]);
  const [alpha, beta] = pertShapes(spec.min, spec.mode, spec.max);
  return new Sampler(spec, Method.Pert, [spec.min, spec.max - spec.min, ...gammaSlots(alpha), ...gammaSlots(beta)]);
}

function compileErlang(spec: Extract<DistSpec, { kind: "erlang" }>): Sampler {
  const phaseMean = spec.mean / spec.k;
  if (spec.k <= ERLANG_SUM_MAX_K) return new Sampler(spec, Method.ErlangSum, [phaseMean, spec.k]);
  return new Sampler(spec, Method.Gamma, [phaseMean, ...gammaSlots(spec.k)]);
}

function compileEmpirical(spec: Extract<DistSpec, { kind: "empirical" }>): Sampler {
  const values = Float64Array.from(spec.values);
  const cumulative = new Float64Array(values.length);
  let total = 0;
  let lastPositive = 0;
  for (let i = 0; i < values.length; i++) {
    cumulative[i] = total += spec.weights[i];
    if (spec.weights[i] > 0) lastPositive = i;
  }
  return new Sampler(spec, Method.Empirical, [total, lastPositive], values, cumulative);
}

/**
 * Compiles a spec into a `Sampler`. Call at compile time (it allocates), then sample freely.
 * Degenerate parameters (sd 0, min = max) compile to a constant.
 * @throws RangeError naming the parameter when the spec is invalid (see `distSpecProblem`).
 */
export function compileSampler(spec: DistSpec): Sampler {
  const problem = distSpecProblem(spec);
  if (problem !== null) throw new RangeError(`invalid ${spec.kind} distribution: ${problem}`);
  switch (spec.kind) {
    case "exponential": return new Sampler(spec, Method.Exponential, [spec.mean]);
    case "deterministic": return new Sampler(spec, Method.Constant, [spec.value]);
    case "uniform": return new Sampler(spec, Method.Uniform, [spec.min, spec.max - spec.min]);
    case "triangular": return compileTriangular(spec);
    case "normal": return compileNormal(spec);
    case "lognormal": return compileLognormal(spec);
    case "gamma": return new Sampler(spec, Method.Gamma, [spec.scale, ...gammaSlots(spec.shape)]);
    case "erlang": return compileErlang(spec);
    case "weibull": return new Sampler(spec, Method.Weibull, [spec.scale, 1 / spec.shape]);
    case "pert": return compilePert(spec);
    case "empirical": return compileEmpirical(spec);
  }
}
