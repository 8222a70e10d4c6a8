/**
 * Admission rules compiled to per-step and per-source typed arrays (docs/model-language.md,
 * Admission): what the engine checks when a case reaches a step or arrives on a trunk line.
 *
 * A call-centre "agent" step with `maxWaiting: 10`, `balk: { above: 8 }` and a message offer
 * after 2 minutes becomes flags ADMIT_ENTRY | ADMIT_MESSAGE at its step id, maxWaiting 10,
 * balkAbove 8, messageAfter 2 and the callback step's id. A model that declares none of it
 * compiles to null, and the engine pays nothing for the feature.
 */
import { compileSampler, type Sampler } from "../../random/dists.js";
import type { DistSpec } from "../../random/dist-spec.js";
import type { RetryRule } from "./admission-model.js";
import type { Model } from "./model.js";
import { sourcePatience } from "./class-rules.js";

/** Step flag: limits or balking are checked when a case reaches the step. */
export const ADMIT_ENTRY = 1;
/** Step flag: the cases in service at the step are counted (maxInSystem). */
export const ADMIT_COUNT = 2;
/** Step flag: callers waiting in the line are offered to leave a message. */
export const ADMIT_MESSAGE = 4;

/** A retry rule ready to draw from. */
export interface CompiledRetry {
  readonly p: number;
  readonly after: DistSpec;
  readonly afterSampler: Sampler;
  readonly max: number;
}

/** The compiled admission rules; see the module comment. */
export interface CompiledAdmission {
  /** ADMIT_* flags by step. */
  readonly flags: Uint8Array;
  /** By step; Infinity = no limit. */
  readonly maxWaiting: Float64Array;
  readonly maxInSystem: Float64Array;
  /** Overflow step of blocked cases by step; -1 = lost (or retry). */
  readonly overflow: Int32Array;
  /** Balks when more than this many wait, by step; Infinity = no threshold. */
  readonly balkAbove: Float64Array;
  /** Balking probabilities by number waiting, by step; null = none. */
  readonly balkP: readonly (Float64Array | null)[];
  /** Message offer by step: after (minutes; Infinity = none), probability and target step. */
  readonly messageAfter: Float64Array;
  readonly messageP: Float64Array;
  readonly messageTo: Int32Array;
  /** Priority a message's callback gets, by step; NaN = the caller keeps hers. */
  readonly messagePriority: Float64Array;
  /** Retry rule of a step (overrides its source's), by step. */
  readonly stepRetry: readonly (CompiledRetry | null)[];
  /** Retry rule by source. */
  readonly sourceRetry: readonly (CompiledRetry | null)[];
  /** Trunk-line group by source (-1 = none) and the lines of each group. */
  readonly lineGroup: Int32Array;
  readonly lineCapacity: Float64Array;
  /** By pool: most cases waiting over its steps' lines, and waiting plus in service; Infinity = none. */
  readonly poolMaxWaiting: Float64Array;
  readonly poolMaxInSystem: Float64Array;
  /** Patience by (step × sources + source): the step's class, step or source rule; null = none. */
  readonly patience: readonly (DistSpec | null)[];
}

function compileRetry(rule: RetryRule | null | undefined): CompiledRetry | null {
  if (rule === null || rule === undefined) return null;
  return { p: rule.p, after: rule.after, afterSampler: compileSampler(rule.after), max: rule.max };
}

/** True when the model uses any admission rule (lines, retry or a step's rules). */
function usesAdmission(model: Model): boolean {
  return model.lines !== undefined || model.steps.some((s) => s.admission !== undefined) ||
    model.resources.some((r) => r.maxWaiting !== undefined || r.maxInSystem !== undefined) ||
    model.arrivals.some((a) => a.lines !== undefined || a.retry !== undefined);
}

/**
 * The patience of a case of `source` in the line of step `s`, by precedence: the step's
 * patienceByClass for its class, the step's patience, then the source's, then its class's — except at a step
 * messages go to (callers who left a message do not hang up), which has only its own.
 */
function patienceTable(model: Model, messageTargets: ReadonlySet<string>): (DistSpec | null)[] {
  return model.steps.flatMap((step) => model.arrivals.map((source) => {
    const a = step.admission;
    const own = a?.patienceByClass[source.class] ?? a?.patience ?? null;
    if (own !== null) return own;
    return messageTargets.has(step.name) ? null : sourcePatience(model, source);
  }));
}

/** Compiles the admission rules; null when the model has none. */
export function compileAdmission(model: Model, stepIds: ReadonlyMap<string, number>): CompiledAdmission | null {
  if (!usesAdmission(model)) return null;
  const rules = model.steps.map((s) => s.admission);
  const id = (name: string | null | undefined): number => (name === null || name === undefined ? -1 : (stepIds.get(name) ?? -1));
  const flags = Uint8Array.from(rules, (a, s) => poolFlags(model, s) | (a === undefined ? 0 :
    (a.maxWaiting !== null || a.maxInSystem !== null || a.balk !== null ? ADMIT_ENTRY : 0) |
    (a.maxInSystem !== null ? ADMIT_COUNT : 0) | (a.message !== null ? ADMIT_MESSAGE : 0)));
  const groups: number[] = model.lines === undefined ? [] : [model.lines];
  const lineGroup = Int32Array.from(model.arrivals, (source) => {
    if (source.lines !== undefined) return groups.push(source.lines) - 1;
    return model.lines === undefined ? -1 : 0;
  });
  const messageTargets = new Set(rules.flatMap((a) => (a?.message ? [a.message.to] : [])));
  return {
    flags,
    maxWaiting: Float64Array.from(rules, (a) => a?.maxWaiting ?? Infinity),
    maxInSystem: Float64Array.from(rules, (a) => a?.maxInSystem ?? Infinity),
    overflow: Int32Array.from(rules, (a) => id(a?.overflowTo)),
    balkAbove: Float64Array.from(rules, (a) => a?.balk?.above ?? Infinity),
    balkP: rules.map((a) => (a?.balk?.p ? Float64Array.from(a.balk.p) : null)),
    messageAfter: Float64Array.from(rules, (a) => a?.message?.after ?? Infinity),
    messageP: Float64Array.from(rules, (a) => a?.message?.p ?? 0),
    messageTo: Int32Array.from(rules, (a) => id(a?.message?.to)),
    messagePriority: Float64Array.from(rules, (a) => a?.message?.priority ?? NaN),
    stepRetry: rules.map((a) => compileRetry(a?.retry)),
    sourceRetry: model.arrivals.map((source) => compileRetry(source.retry)),
    lineGroup,
    lineCapacity: Float64Array.from(groups),
    patience: patienceTable(model, messageTargets),
    poolMaxWaiting: Float64Array.from(model.resources, (r) => r.maxWaiting ?? Infinity),
    poolMaxInSystem: Float64Array.from(model.resources, (r) => r.maxInSystem ?? Infinity),
  };
}

/** The flags a step gets from the limits of the pools it needs. */
function poolFlags(model: Model, s: number): number {
  let flags = 0;
  for (const need of model.steps[s].resources) {
    const pool = model.resources.find((r) => r.name === need.resource);
    if (pool?.maxWaiting !== undefined) flags |= ADMIT_ENTRY;
    if (pool?.maxInSystem !== undefined) flags |= ADMIT_ENTRY | ADMIT_COUNT;
  }
  return flags;
}
