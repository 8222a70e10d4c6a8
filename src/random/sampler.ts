/**
 * The sampling kernels: the few ways procsim turns counter-based uniforms into a draw, behind
 * one switch the hot loop calls.
 *
 * A teller's handling time `{ lognormal: { mean: 6, sd: 3 } }` is planned by its family record
 * as the `lognormal` kernel with slots (μ, σ); `sampleInto(out, i, k0, k1, case, visit)`
 * writes the handling time of that case on that visit. Draws come from the counter-based
 * generator with counter (c0 = a, c1 = b, c2 = draw index, c3 = sub-stream): single-uniform
 * kernels read draw 0 only; rejection kernels read draws 0, 1, 2, … as attempts need them.
 * Families share kernels (Erlang plans `gamma` above k = 16; degenerate triangulars plan
 * `constant`); a family that needs a new way of sampling adds an arm here.
 *
 * Composite kernels draw through other samplers on later sub-draw words (the fourth counter
 * word, `sub`): a mixture reads its choice from (draw 0, sub) and the chosen component samples
 * on sub + 1, …; a rejection-truncated sampler's attempt j samples its inner distribution on
 * sub + j·w (w = the inner sampler's `subWords`). The inversion kernels read
 * u0 + uw·u instead of u, so a truncation to [a, b] of an invertible family is the same
 * kernel with (u0, uw) = (F(a), F(b) − F(a)); untruncated, (0, 1) gives the same bits.
 */
import { uniform01 } from "./counter-rng.js";
import type { DistKind } from "./dist-spec.js";
import type { SamplerPlan, Support } from "./families/family.js";
import { sampleGamma } from "./gamma-variate.js";
import { normalQuantile } from "./normal-functions.js";

// INVARIANT: the param slots each kernel reads are documented at the arm that reads them.
const enum Kernel {
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
  Histogram,
  Mixture,
  Rejection,
}

/** Kernel names as family records plan them. */
const KERNELS = {
  constant: Kernel.Constant,
  exponential: Kernel.Exponential,
  uniform: Kernel.Uniform,
  triangular: Kernel.Triangular,
  truncatedNormal: Kernel.TruncatedNormal,
  normalFarTail: Kernel.NormalFarTail,
  lognormal: Kernel.Lognormal,
  gamma: Kernel.Gamma,
  erlangSum: Kernel.ErlangSum,
  weibull: Kernel.Weibull,
  pert: Kernel.Pert,
  empirical: Kernel.Empirical,
  histogram: Kernel.Histogram,
  mixture: Kernel.Mixture,
  rejection: Kernel.Rejection,
} as const;

/** Most attempts a rejection-truncated sampler makes (its mass is at least MIN_TRUNCATED_MASS). */
const MAX_ATTEMPTS = 50_000;

/** The name of a sampling kernel. */
export type KernelName = keyof typeof KERNELS;

/** What a sampler reports about its distribution (from the family record). */
export interface SamplerFacts {
  readonly kind: DistKind;
  readonly mean: number;
  readonly variance: number;
  readonly support: Support;
}

const EMPTY = new Float64Array(0);
/** Where `sample` has `sampleInto` put its draw. */
const SCRATCH = new Float64Array(1);

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
  private readonly kernel: Kernel;
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
  private readonly u0: number;
  private readonly uw: number;
  private readonly components: readonly Sampler[];
  /** How many sub-draw words (fourth counter word) one draw may read, from its `sub` on. */
  readonly subWords: number;

  /** @internal Use `compileSampler`. */
  constructor(facts: SamplerFacts, plan: SamplerPlan, components: readonly Sampler[] = []) {
    this.kind = facts.kind;
    this.mean = facts.mean;
    this.variance = facts.variance;
    this.support = facts.support;
    this.kernel = KERNELS[plan.kernel];
    const params = plan.params;
    this.p0 = params[0] ?? 0;
    this.p1 = params[1] ?? 0;
    this.p2 = params[2] ?? 0;
    this.p3 = params[3] ?? 0;
    this.p4 = params[4] ?? 0;
    this.p5 = params[5] ?? 0;
    this.p6 = params[6] ?? 0;
    this.p7 = params[7] ?? 0;
    this.values = plan.values ?? EMPTY;
    this.cumulative = plan.cumulative ?? EMPTY;
    this.u0 = plan.uniformRange?.[0] ?? 0;
    this.uw = plan.uniformRange?.[1] ?? 1;
    this.components = components;
    this.subWords = subWordsOf(this.kernel, components);
  }

  /**
   * One draw for stream key (k0, k1) and the engine's counters (a, b) — typically case
   * ordinal and visit number, each an unsigned 32-bit integer. Allocation-free.
   */
  sample(k0: number, k1: number, a: number, b: number): number {
    this.sampleInto(SCRATCH, 0, k0, k1, a, b, 0);
    return SCRATCH[0];
  }

  /**
   * The draw `sample(k0, k1, a, b)` written to `out[index]`. Keys may be given as signed or
   * unsigned 32-bit integers (the same bits give the same draw). `sub` is the first sub-draw
   * word to read (0 unless a composite sampler calls its components).
   * NOTE: the hot loop's variant: a double returned from a call V8 does not inline (this
   * switch never is) is boxed on the heap; one stored into a Float64Array is not. For the
   * same reason the common arms read their uniform inline rather than through `u`.
   */
  sampleInto(out: Float64Array, index: number, k0: number, k1: number, a: number, b: number, sub: number): void {
    switch (this.kernel) {
      case Kernel.Constant: // p0 = value
        out[index] = this.p0;
        return;
      case Kernel.Exponential: // p0 = mean
        out[index] = -this.p0 * Math.log(1 - (this.u0 + this.uw * uniform01(k0, k1, a, b, 0, sub)));
        return;
      case Kernel.Uniform: // p0 = min, p1 = max − min
        out[index] = this.p0 + this.p1 * (this.u0 + this.uw * uniform01(k0, k1, a, b, 0, sub));
        return;
      case Kernel.Triangular:
        out[index] = this.sampleTriangular(this.u0 + this.uw * uniform01(k0, k1, a, b, 0, sub));
        return;
      case Kernel.Lognormal: // p0 = μ, p1 = σ of the log
        out[index] = Math.exp(this.p0 + this.p1 * normalQuantile(this.u0 + this.uw * uniform01(k0, k1, a, b, 0, sub)));
        return;
      default:
        this.sampleOther(out, index, k0, k1, a, b, sub);
    }
  }

  /**
   * The kernels beyond the five most common ones, out of line so that `sampleInto` stays
   * small enough for V8 to inline into the hot loop.
   */
  private sampleOther(out: Float64Array, index: number, k0: number, k1: number, a: number, b: number, sub: number): void {
    switch (this.kernel) {
      case Kernel.TruncatedNormal: { // p0 = mean, p1 = sd, p2 = Φ(mean / sd)
        const x = this.p0 - this.p1 * normalQuantile((1 - this.u(k0, k1, a, b, sub)) * this.p2);
        out[index] = x > 0 ? x : 0;
        return;
      }
      case Kernel.NormalFarTail: // p0 = sd² / |mean|: X | X > 0 ≈ exponential of that mean
        out[index] = -this.p0 * Math.log(1 - this.u(k0, k1, a, b, sub));
        return;
      case Kernel.Gamma: // p0 = scale, p1..p3 = gamma constants d, c, boost exponent
        out[index] = this.p0 * sampleGamma(k0, k1, a, b, sub, this.p1, this.p2, this.p3);
        return;
      case Kernel.ErlangSum:
        out[index] = this.sampleErlangSum(k0, k1, a, b, sub);
        return;
      case Kernel.Weibull: // p0 = scale, p1 = 1 / shape
        out[index] = this.p0 * Math.pow(-Math.log(1 - this.u(k0, k1, a, b, sub)), this.p1);
        return;
      case Kernel.Pert: { // p0 = min, p1 = range, p2..p4 = gamma(α) constants, p5..p7 = gamma(β)
        const x = sampleGamma(k0, k1, a, b, sub, this.p2, this.p3, this.p4);
        const y = sampleGamma(k0, k1, a, b, sub + 1, this.p5, this.p6, this.p7);
        out[index] = this.p0 + (this.p1 * x) / (x + y);
        return;
      }
      default:
        this.sampleTable(out, index, k0, k1, a, b, sub);
    }
  }

  /** The table-driven and composite kernels: empirical, histogram, mixture, rejection. */
  private sampleTable(out: Float64Array, index: number, k0: number, k1: number, a: number, b: number, sub: number): void {
    switch (this.kernel) {
      case Kernel.Empirical:
        out[index] = this.sampleEmpirical(uniform01(k0, k1, a, b, 0, sub));
        return;
      case Kernel.Histogram:
        out[index] = this.sampleHistogram(this.u(k0, k1, a, b, sub));
        return;
      case Kernel.Mixture:
        this.components[this.chooseComponent(uniform01(k0, k1, a, b, 0, sub))].sampleInto(out, index, k0, k1, a, b, sub + 1);
        return;
      case Kernel.Rejection:
        this.sampleRejection(out, index, k0, k1, a, b, sub);
        return;
    }
  }

  /** Draw 0 on sub-draw word `sub`, mapped into this sampler's range [u0, u0 + uw] of its inverted CDF. */
  private u(k0: number, k1: number, a: number, b: number, sub: number): number {
    return this.u0 + this.uw * uniform01(k0, k1, a, b, 0, sub);
  }

  /** The component whose cumulative probability first exceeds u. cumulative = running sums of p (last = 1). */
  private chooseComponent(u: number): number {
    const last = this.components.length - 1;
    for (let i = 0; i < last; i++) if (u < this.cumulative[i]) return i;
    return last;
  }

  /**
   * The inner sampler (components[0]) until its draw lies in [p0, p1]; attempt j reads sub-draw
   * words from sub + j·w (w = its subWords). The mass in [p0, p1] is at least 1/1000 (checked at load), so
   * MAX_ATTEMPTS fails with probability below e^-50; then the last draw is clamped to the range.
   */
  private sampleRejection(out: Float64Array, index: number, k0: number, k1: number, a: number, b: number, sub: number): void {
    const inner = this.components[0];
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      inner.sampleInto(out, index, k0, k1, a, b, sub + attempt * inner.subWords);
      if (out[index] >= this.p0 && out[index] <= this.p1) return;
    }
    out[index] = Math.min(this.p1, Math.max(this.p0, out[index]));
  }

  /**
   * Piecewise uniform by inversion. values = bin edges (n + 1), cumulative = running counts
   * (n), p0 = total count, p1 = index of the last bin with a positive count.
   */
  private sampleHistogram(u: number): number {
    const target = u * this.p0;
    const lo = this.firstAbove(target);
    const cumulative = this.cumulative;
    const before = lo === 0 ? 0 : cumulative[lo - 1];
    const share = (target - before) / (cumulative[lo] - before);
    const left = this.values[lo];
    return left + (this.values[lo + 1] - left) * Math.min(1, Math.max(0, share));
  }

  /** Index of the first cumulative weight above `target`, at most p1 (binary search; histogram and empirical). */
  private firstAbove(target: number): number {
    const cumulative = this.cumulative;
    let lo = 0;
    let hi = this.p1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Triangular by inversion. p0 = min, p1 = max, p2 = F(mode), p3 = (max−min)(mode−min), p4 = (max−min)(max−mode). */
  private sampleTriangular(u: number): number {
    if (u < this.p2) return this.p0 + Math.sqrt(u * this.p3);
    return this.p1 - Math.sqrt((1 - u) * this.p4);
  }

  /** Erlang as −(mean/k)·ln Π(1 − uᵢ) over draws 0 … k−1. p0 = mean / k, p1 = k. */
  private sampleErlangSum(k0: number, k1: number, a: number, b: number, sub: number): number {
    let product = 1;
    for (let i = 0; i < this.p1; i++) product *= 1 - uniform01(k0, k1, a, b, i, sub);
    return -this.p0 * Math.log(product);
  }

  /**
   * First value whose cumulative weight exceeds u·total (binary search). p0 = total weight,
   * p1 = index of the last value with positive weight (the answer if u·total rounds up to total).
   */
  private sampleEmpirical(u: number): number {
    return this.values[this.firstAbove(u * this.p0)];
  }
}

/** The sub-draw words one draw of a kernel reads: PERT two gammas, a mixture 1 + its widest component, a rejection all its attempts. */
function subWordsOf(kernel: Kernel, components: readonly Sampler[]): number {
  if (kernel === Kernel.Pert) return 2;
  if (kernel === Kernel.Mixture) return 1 + Math.max(...components.map((c) => c.subWords));
  if (kernel === Kernel.Rejection) return MAX_ATTEMPTS * components[0].subWords;
  return 1;
}
