/**
 * The random draws that belong to a case, keyed by (case, visit) in named streams.
 *
 * Loan application #812 (source "online") on its 2nd visit to "review" gets its review
 * time from the stream (seed, replication, "duration", ["review", "online"]) at counters
 * (812, 1), its rework decision from the "route" stream and its patience from the
 * "patience" stream at the same counters. Removing another step, changing the service
 * order or adding staff never changes these numbers: common random numbers synchronised by
 * case. Stream keys are derived once per replication; drawing allocates nothing.
 */
import { streamKey, STREAM_PURPOSES } from "../random/streams.js";
import { uniform01 } from "../random/counter-rng.js";
import { compileSampler, type Sampler } from "../random/dists.js";
import type { DistSpec } from "../random/dist-spec.js";
import type { CompiledModel } from "../model/compile/compiled.js";
import { CHOOSE_RANDOM } from "../model/compile/compile-skills.js";

/** Element name of a per-(step, source) stream. */
export function stepSourceElement(step: string, source: string): string {
  return JSON.stringify([step, source]);
}

/** The patience rule of a case of `source` at `step`: the admission table's, else the source's. */
function patienceAt(compiled: CompiledModel, step: number, source: number): DistSpec | null {
  const admission = compiled.admission;
  return admission ? admission.patience[step * compiled.sources.length + source] : compiled.sources[source].patience;
}

/** Patience samplers by (step × sources + source), shared per distinct rule. */
function patienceSamplers(compiled: CompiledModel): (Sampler | null)[] {
  const cache = new Map<DistSpec, Sampler>();
  compiled.sources.forEach((source) => {
    if (source.patience !== null && source.patienceSampler !== null) cache.set(source.patience, source.patienceSampler);
  });
  const out: (Sampler | null)[] = [];
  for (let s = 0; s < compiled.steps.count; s++) {
    for (let src = 0; src < compiled.sources.length; src++) {
      const spec = patienceAt(compiled, s, src);
      if (spec === null) {
        out.push(null);
        continue;
      }
      let sampler = cache.get(spec);
      if (sampler === undefined) cache.set(spec, (sampler = compileSampler(spec)));
      out.push(sampler);
    }
  }
  return out;
}

/** Placeholder for sources without a sampler. */
const NO_SAMPLER: Sampler | null = null;

/** Per-replication stream keys and samplers; see the module comment. */
export class CaseDraws {
  private readonly sourceCount: number;
  /**
   * Keys by stepSource = step * sourceCount + source: [k0, k1] pairs.
   * NOTE: stored as signed 32-bit integers (same bits, same draws): an unsigned key above
   * 2^31 passed to a call V8 does not inline would be boxed on the heap at every draw.
   */
  private readonly durationKeys: Int32Array;
  private readonly routeKeys: Int32Array;
  private readonly patienceKeys: Int32Array;
  /** Keys of the random pool choice of `choose: random` steps (zeros elsewhere). */
  private readonly choiceKeys: Int32Array;
  /** Keys by source. */
  private readonly arrivalKeys: Int32Array;
  /** NOTE: samplers write their draw here (see `Sampler.sampleInto`), so no draw is boxed. */
  private readonly drawn = new Float64Array(1);
  private readonly durationSamplers: readonly Sampler[];
  /** Patience sampler by stepSource (the step's, its class's or the source's rule); null = none. */
  private readonly patienceSamplers: readonly (Sampler | null)[];
  private readonly interarrivalSamplers: readonly (Sampler | null)[];

  /** Derives every stream key of replication `replication` (allocates; once per run). */
  constructor(compiled: CompiledModel, replication: number) {
    const { steps, sources, run } = compiled;
    this.sourceCount = sources.length;
    const pairs = steps.count * sources.length;
    this.durationKeys = new Int32Array(2 * pairs);
    this.routeKeys = new Int32Array(2 * pairs);
    this.patienceKeys = new Int32Array(2 * pairs);
    this.choiceKeys = new Int32Array(2 * pairs);
    for (let s = 0; s < steps.count; s++) {
      for (let src = 0; src < sources.length; src++) {
        const element = stepSourceElement(steps.names[s], sources[src].name);
        const at = 2 * (s * sources.length + src);
        this.durationKeys.set(streamKey(run.seed, replication, STREAM_PURPOSES.duration, element), at);
        if (steps.routeStart[s + 1] - steps.routeStart[s] > 1) {
          this.routeKeys.set(streamKey(run.seed, replication, STREAM_PURPOSES.route, element), at);
        }
        if (compiled.skills.choose[s] === CHOOSE_RANDOM) {
          this.choiceKeys.set(streamKey(run.seed, replication, STREAM_PURPOSES.skill, element), at);
        }
        if (patienceAt(compiled, s, src) !== null) {
          this.patienceKeys.set(streamKey(run.seed, replication, STREAM_PURPOSES.patience, element), at);
        }
      }
    }
    this.arrivalKeys = new Int32Array(2 * sources.length);
    sources.forEach((source, src) => {
      this.arrivalKeys.set(streamKey(run.seed, replication, STREAM_PURPOSES.arrival, source.name), 2 * src);
    });
    this.durationSamplers = steps.durationSampler;
    this.patienceSamplers = patienceSamplers(compiled);
    this.interarrivalSamplers = sources.map((s) => s.interarrivalSampler ?? NO_SAMPLER);
  }

  /** Duration (minutes) of case `ordinal` of `source` at `step` on its `visit`-th visit (0-based). */
  duration(step: number, source: number, ordinal: number, visit: number): number {
    const at = 2 * (step * this.sourceCount + source);
    this.durationSamplers[step].sampleInto(this.drawn, 0, this.durationKeys[at], this.durationKeys[at + 1], ordinal, visit, 0);
    return this.drawn[0];
  }

  /**
   * The same draw as `duration` (same stream, same counters) mapped by another sampler: a
   * duration per category of a case attribute (case-duration.ts), or a skills step's pool, so
   * for the same case the specialist's and the generalist's times come from the same number.
   */
  durationWith(sampler: Sampler, step: number, source: number, ordinal: number, visit: number): number {
    const at = 2 * (step * this.sourceCount + source);
    sampler.sampleInto(this.drawn, 0, this.durationKeys[at], this.durationKeys[at + 1], ordinal, visit, 0);
    return this.drawn[0];
  }

  /**
   * Uniform in (0, 1) picking a free pool at random for that case and visit (choose: random),
   * from its own stream (purpose "skill", element [step, source]).
   */
  poolChoice(step: number, source: number, ordinal: number, visit: number): number {
    const at = 2 * (step * this.sourceCount + source);
    return uniform01(this.choiceKeys[at], this.choiceKeys[at + 1], ordinal, visit, 0, 0);
  }

  /** Uniform in (0, 1) deciding the branch after `step` for that case and visit. */
  branch(step: number, source: number, ordinal: number, visit: number): number {
    const at = 2 * (step * this.sourceCount + source);
    return uniform01(this.routeKeys[at], this.routeKeys[at + 1], ordinal, visit, 0, 0);
  }

  /** True when a case of `source` may abandon the line of `step`. */
  hasPatience(step: number, source: number): boolean {
    return this.patienceSamplers[step * this.sourceCount + source] !== null;
  }

  /** Patience (minutes) of that case when it joins the line of `step` on that visit. */
  patience(step: number, source: number, ordinal: number, visit: number): number {
    const at = 2 * (step * this.sourceCount + source);
    const sampler = this.patienceSamplers[step * this.sourceCount + source];
    if (sampler === null) return Infinity;
    sampler.sampleInto(this.drawn, 0, this.patienceKeys[at], this.patienceKeys[at + 1], ordinal, visit, 0);
    return this.drawn[0];
  }

  /**
   * The `n`-th interarrival time (minutes) of a renewal or constant-rate source; `attempt`
   * numbers the restarts after a closed period (0 for the first try).
   */
  interarrival(source: number, n: number, attempt: number): number {
    const sampler = this.interarrivalSamplers[source];
    if (sampler === null) return Infinity;
    sampler.sampleInto(this.drawn, 0, this.arrivalKeys[2 * source], this.arrivalKeys[2 * source + 1], n, attempt, 0);
    return this.drawn[0];
  }

  /** Uniform in (0, 1) number `n` of the arrival stream of `source` (profile sources). */
  arrivalUniform(source: number, n: number): number {
    return uniform01(this.arrivalKeys[2 * source], this.arrivalKeys[2 * source + 1], n, 0, 0, 0);
  }
}
