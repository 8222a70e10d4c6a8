/**
 * Case attributes compiled to typed arrays: which attributes each source draws and how,
 * the route conditions, the priority and duration rules — read by the engine with integer
 * ids only (process/attributes.ts, attribute-routing.ts, case-duration.ts).
 *
 * In a loan factory, `amount` becomes attribute 0 (numeric, a lognormal sampler) and `segment`
 * attribute 1 (categories retail = 0, sme = 1, private = 2, cumulative shares [0.7, 0.95, 1]);
 * `if: { attribute: amount, above: 500000 }` on option 4 of the route table becomes
 * conditionAttribute[4] = 0, conditionLower[4] = 500000, exclusive; `by: segment, values:
 * { private: 10 }` becomes the priority table [0, 0, 10, 0] (the last entry: no category).
 */
import { compileSampler, type Sampler } from "../../random/dists.js";
import type { AttributeSpec, Condition, DurationRule } from "./attribute-types.js";
import type { Model } from "./model.js";
import { compileRecordedValues, isRecordedAttribute, type RecordedValues } from "./compile-recorded.js";

/** A step whose duration does not depend on an attribute. */
export const DURATION_PLAIN = 0;
/** One duration per category (the last sampler: categories not listed, or no category). */
export const DURATION_BY_CATEGORY = 1;
/** The step's duration times a numeric attribute. */
export const DURATION_SCALED = 2;

/** Condition flag: the lower bound is included (atLeast). */
export const LOWER_INCLUSIVE = 1;
/** Condition flag: the upper bound is included (atMost). */
export const UPPER_INCLUSIVE = 2;

/** Attributes, their draws and the rules that read them; see the module comment. */
export interface CompiledAttributes {
  readonly count: number;
  readonly names: readonly string[];
  /** 1 where the attribute is categorical (its value is a category code, -1 = none). */
  readonly categorical: Uint8Array;
  /** Category names by code, per attribute (empty for numeric ones). */
  readonly categories: readonly (readonly string[])[];
  /** The draws of source `src` are entries drawStart[src] .. drawStart[src+1]-1. */
  readonly drawStart: Int32Array;
  readonly drawAttribute: Int32Array;
  /** Numeric draws: the sampler; null for categorical ones. */
  readonly drawSampler: readonly (Sampler | null)[];
  /** Categorical draws: cumulative shares by category code (last 1); null for numeric ones. */
  readonly drawCumulative: readonly (Float64Array | null)[];
  /** By source: the attribute its priority is read from, or -1 (the fixed priority). */
  readonly priorityAttribute: Int32Array;
  /** By source: priority by category code, the last entry for no/unlisted category; null = the value itself. */
  readonly priorityTable: readonly (Float64Array | null)[];
  /** Indexed like the step table's route options: the attribute tested, or -1 (no condition). */
  readonly conditionAttribute: Int32Array;
  readonly conditionLower: Float64Array;
  readonly conditionUpper: Float64Array;
  /** LOWER_INCLUSIVE | UPPER_INCLUSIVE. */
  readonly conditionFlags: Uint8Array;
  /** Categorical conditions: bit k set when category code k satisfies it. */
  readonly conditionMask: Int32Array;
  /** By step: DURATION_PLAIN, DURATION_BY_CATEGORY or DURATION_SCALED. */
  readonly durationMode: Uint8Array;
  /** By step: the attribute the duration reads, or -1. */
  readonly durationAttribute: Int32Array;
  /** By step, DURATION_BY_CATEGORY: a sampler per category code, then the one for the rest. */
  readonly durationSamplers: readonly (readonly Sampler[] | null)[];
  /** By source: the attribute values its recording gives each case (compile-recorded.ts); null = none. */
  readonly recorded?: readonly (RecordedValues | null)[];
}

/** Every attribute of the model in first-declared order, with the union of its categories. */
export function attributeCatalogue(model: Model): { names: string[]; categories: string[][]; categorical: boolean[] } {
  const index = new Map<string, number>();
  const categories: string[][] = [];
  const categorical: boolean[] = [];
  for (const source of model.arrivals) {
    for (const [name, spec] of Object.entries(source.attributes)) {
      let a = index.get(name);
      if (a === undefined) {
        a = index.size;
        index.set(name, a);
        categories.push([]);
        categorical.push(spec.kind === "categorical");
      }
      if (spec.kind === "categorical") for (const c of spec.categories) if (!categories[a].includes(c)) categories[a].push(c);
    }
  }
  return { names: [...index.keys()], categories, categorical };
}

/** Compiles the attributes; null when no source draws any (the engine then skips them entirely). */
export function compileAttributes(model: Model, routeStart: Int32Array, routeCount: number): CompiledAttributes | null {
  const { names, categories, categorical } = attributeCatalogue(model);
  if (names.length === 0) return null;
  const id = (name: string): number => names.indexOf(name);
  const draws = compileDraws(model, id, categories);
  const conditions = compileConditions(model, routeStart, routeCount, id, categories);
  const durations = model.steps.map((step) => compileDuration(step.durationBy ?? null, id, categories));
  return {
    count: names.length,
    names,
    categorical: Uint8Array.from(categorical, (c) => (c ? 1 : 0)),
    categories,
    ...draws,
    priorityAttribute: Int32Array.from(model.arrivals, (s) => (s.priorityBy ? id(s.priorityBy.attribute) : -1)),
    priorityTable: model.arrivals.map((s) => {
      const rule = s.priorityBy ?? null;
      if (rule === null || rule.values === null) return null;
      const values = rule.values;
      const codes = categories[id(rule.attribute)] ?? [];
      return Float64Array.from([...codes.map((c) => values[c] ?? rule.otherwise), rule.otherwise]);
    }),
    ...conditions,
    durationMode: Uint8Array.from(durations, (d) => d.mode),
    durationAttribute: Int32Array.from(durations, (d) => d.attribute),
    durationSamplers: durations.map((d) => d.samplers),
    recorded: compileRecordedValues(model, id, categories),
  };
}

function compileDraws(model: Model, id: (name: string) => number, categories: readonly (readonly string[])[]) {
  const drawStart = new Int32Array(model.arrivals.length + 1);
  const drawAttribute: number[] = [];
  const drawSampler: (Sampler | null)[] = [];
  const drawCumulative: (Float64Array | null)[] = [];
  model.arrivals.forEach((source, src) => {
    drawStart[src] = drawAttribute.length;
    for (const [name, spec] of Object.entries(source.attributes)) {
      if (isRecordedAttribute(model, src, name)) continue;
      const a = id(name);
      drawAttribute.push(a);
      drawSampler.push(spec.kind === "numeric" ? compileSampler(spec.dist) : null);
      drawCumulative.push(spec.kind === "categorical" ? cumulativeShares(spec, categories[a]) : null);
    }
  });
  drawStart[model.arrivals.length] = drawAttribute.length;
  return { drawStart, drawAttribute: Int32Array.from(drawAttribute), drawSampler, drawCumulative };
}

/** Cumulative shares by the attribute's category codes; the last is exactly 1. */
function cumulativeShares(spec: Extract<AttributeSpec, { kind: "categorical" }>, codes: readonly string[]): Float64Array {
  const total = spec.shares.reduce((a, b) => a + b, 0);
  const out = new Float64Array(codes.length);
  let running = 0;
  codes.forEach((category, k) => {
    const i = spec.categories.indexOf(category);
    running += i < 0 ? 0 : spec.shares[i] / total;
    out[k] = running;
  });
  // INVARIANT: the last cumulative share of a category the source draws is 1, so a uniform in (0, 1) always lands.
  for (let k = codes.length - 1; k >= 0 && out[k] >= running - 1e-12; k--) out[k] = 1;
  return out;
}

function compileConditions(model: Model, routeStart: Int32Array, routeCount: number, id: (name: string) => number, categories: readonly (readonly string[])[]) {
  const conditionAttribute = new Int32Array(routeCount).fill(-1);
  const conditionLower = new Float64Array(routeCount);
  const conditionUpper = new Float64Array(routeCount);
  const conditionFlags = new Uint8Array(routeCount);
  const conditionMask = new Int32Array(routeCount);
  model.steps.forEach((step, s) => {
    if (step.next.kind !== "conditional") return;
    step.next.options.forEach((option, i) => {
      const when: Condition | null = option.when;
      if (when === null) return;
      const at = routeStart[s] + i;
      const a = id(when.attribute);
      conditionAttribute[at] = a;
      conditionLower[at] = when.lower ?? -Infinity;
      conditionUpper[at] = when.upper ?? Infinity;
      conditionFlags[at] = (when.lowerInclusive ? LOWER_INCLUSIVE : 0) | (when.upperInclusive ? UPPER_INCLUSIVE : 0);
      for (const category of when.categories ?? []) {
        const code = (categories[a] ?? []).indexOf(category);
        if (code >= 0) conditionMask[at] |= 1 << code;
      }
    });
  });
  return { conditionAttribute, conditionLower, conditionUpper, conditionFlags, conditionMask };
}

function compileDuration(rule: DurationRule | null, id: (name: string) => number, categories: readonly (readonly string[])[]) {
  if (rule === null) return { mode: DURATION_PLAIN, attribute: -1, samplers: null };
  const a = id(rule.attribute);
  if (rule.kind === "scaled") return { mode: DURATION_SCALED, attribute: a, samplers: null };
  const rest = rule.otherwise ?? Object.values(rule.values)[0];
  const specs = [...(categories[a] ?? []).map((c) => rule.values[c] ?? rest), rest];
  return { mode: DURATION_BY_CATEGORY, attribute: a, samplers: specs.map(compileSampler) };
}
