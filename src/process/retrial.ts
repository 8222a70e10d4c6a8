/**
 * Retrials: a customer who was blocked, balked or abandoned tries again after a drawn delay
 * with a probability, at most `max` times; otherwise the case leaves unserved for good.
 *
 * Caller #812 hangs up after 3 minutes; under `retry: { p: 70%, after: exponential(10min),
 * max: 3 }` she calls back with probability 0.7 after an exponential delay, both drawn from
 * the streams ("retry", source) and ("retryDelay", source) at counters (ordinal, attempt):
 * the same caller decides the same in the current and the proposed model. Her retry is the
 * same case (same ordinal); its steps count the attempt as a further visit, so the draws of
 * her first attempt are those of a model without retrials.
 */
import { uniform01 } from "../random/counter-rng.js";
import { streamKey } from "../random/streams.js";
import type { CompiledAdmission, CompiledRetry } from "../model/compile/compile-admission.js";
import type { CompiledModel } from "../model/compile/compiled.js";
import type { Simulation } from "./simulation.js";
import { EVENT_RETRIAL } from "./event-kinds.js";
import { CASE_RETRYING } from "./case-states.js";

/** Stream purposes of the retry decision and of the delay to the next attempt. */
const RETRY_STREAM = "retry";
const RETRY_DELAY_STREAM = "retryDelay";

/** Per-source stream keys of the retrial draws. */
export class RetrialDraws {
  private readonly decisionKeys: Int32Array;
  private readonly delayKeys: Int32Array;
  private readonly drawn = new Float64Array(1);

  constructor(compiled: CompiledModel, rules: CompiledAdmission, replication: number) {
    const { sources, run } = compiled;
    this.decisionKeys = new Int32Array(2 * sources.length);
    this.delayKeys = new Int32Array(2 * sources.length);
    const retries = rules.sourceRetry.some((r) => r !== null) || rules.stepRetry.some((r) => r !== null);
    if (!retries) return;
    sources.forEach((source, src) => {
      this.decisionKeys.set(streamKey(run.seed, replication, RETRY_STREAM, source.name), 2 * src);
      this.delayKeys.set(streamKey(run.seed, replication, RETRY_DELAY_STREAM, source.name), 2 * src);
    });
  }

  /** Uniform in (0, 1) deciding whether case `ordinal` of `source` retries after failed attempt `attempt`. */
  decision(source: number, ordinal: number, attempt: number): number {
    return uniform01(this.decisionKeys[2 * source], this.decisionKeys[2 * source + 1], ordinal, attempt, 0, 0);
  }

  /** Minutes until that case's next attempt. */
  delay(rule: CompiledRetry, source: number, ordinal: number, attempt: number): number {
    rule.afterSampler.sampleInto(this.drawn, 0, this.delayKeys[2 * source], this.delayKeys[2 * source + 1], ordinal, attempt, 0);
    return this.drawn[0];
  }
}

/**
 * Case `c` did not get through (blocked, balked or abandoned; already reported): it tries
 * again under `rule` if the draw says so and it has retrials left, else it leaves for good
 * (reported by onLost in models with admission rules). Frees its trunk line either way.
 */
export function leaveUnserved(sim: Simulation, c: number, rule: CompiledRetry | null): void {
  const admission = sim.admission;
  const cases = sim.cases;
  const t = sim.now;
  if (admission !== null) {
    admission.releaseLine(c);
    const attempt = admission.attempts[c];
    const source = cases.source[c];
    if (rule !== null && attempt < rule.max && admission.retrials.decision(source, cases.ordinal[c], attempt) < rule.p) {
      const delay = admission.retrials.delay(rule, source, cases.ordinal[c], attempt);
      if (!(delay >= 0 && delay < Infinity)) sim.guards.failBadDraw(c, cases.step[c], "retry delay", delay);
      admission.attempts[c] = attempt + 1;
      cases.state[c] = CASE_RETRYING;
      sim.queue.schedule(t + delay, EVENT_RETRIAL, c);
      return;
    }
    sim.observer.onLost(t, c, cases.cls[c]);
  }
  cases.release(c);
}
