/**
 * The shape of a distribution family record: everything procsim knows about one family, in
 * one place.
 *
 * "Credit review takes gamma(mean 20 min, cv 0.5)" touches every layer: the YAML keys and
 * their units, the shorthand (mean, cv → shape, scale), the parameter rules (cv > 0), the
 * analytic mean the offered-load check reads, the sampler the engine draws from, and the row
 * of the model reference. A `DistFamily` record carries all of them, so adding a family is one
 * file under `families/` plus one line in `registry.ts`. The record is plain data and pure
 * functions: the model layer turns `params` into its zod schema and its located issues.
 */
import type { KernelName } from "../sampler.js";
import type { DistSpec } from "./registry.js";

/** Closed interval [lo, hi] that contains every sample; hi may be Infinity. */
export type Support = readonly [number, number];

/**
 * How a parameter is written in YAML: `time` is a duration or a bare number in `timeUnit`
 * (minutes once read); `plain` a number; `count` a whole number from 1 to 10 000; the list
 * types are lists of 1 to 100 000 of those; `share` a number in [0, 1] or a percentage;
 * `dist` a nested distribution; `mixtureList` a list of `{ p, dist }` (shares summing to 100%).
 */
export type ParamType = "time" | "plain" | "count" | "timeList" | "plainList" | "share" | "dist" | "mixtureList";

/** One component of a mixture: with probability `p`, a draw of `dist`. */
export interface MixtureComponent {
  readonly p: number;
  readonly dist: DistSpec;
}

/** One parameter of a family as written in YAML. */
export interface ParamDecl {
  readonly type: ParamType;
  /** One line for the JSON Schema (editor hover). */
  readonly doc: string;
  /** For list types: one line describing an item. */
  readonly itemDoc?: string;
  /** May be left out (the family's `build` decides what that means). */
  readonly optional?: boolean;
}

/** Parameters as read: time values in minutes, lists as arrays; absent optional ones undefined. */
export type ParamValues = Readonly<Record<string, number | readonly number[] | DistSpec | readonly MixtureComponent[] | undefined>>;

/** Where a problem lies, relative to the family's mapping: `["mode"]`, `["values", 3]`, `[]`. */
export type ParamPath = readonly (string | number)[];

/** A rule a single parameter breaks. */
export type ParamRule = "positive" | "nonNegative";

/**
 * A parameter problem, with the values its message is built from. `code` is the model issue
 * code it is reported under (wording in `model/source/messages.ts`).
 */
export type ParamProblem =
  | { readonly code: "distParam"; readonly at: ParamPath; readonly param: string; readonly found: number; readonly rule: ParamRule }
  | { readonly code: "minAboveMax"; readonly at: ParamPath; readonly min: number; readonly max: number }
  | { readonly code: "modeOutside"; readonly at: ParamPath; readonly mode: number; readonly min: number; readonly max: number }
  | { readonly code: "weightsInvalid"; readonly at: ParamPath; readonly found: string }
  | { readonly code: "weightsLength"; readonly at: ParamPath; readonly weights: number; readonly values: number }
  | { readonly code: "paramForms"; readonly at: ParamPath; readonly family: string; readonly found: readonly string[]; readonly forms: readonly (readonly string[])[] }
  | { readonly code: "mixtureSum"; readonly at: ParamPath; readonly total: number }
  | { readonly code: "truncationMass"; readonly at: ParamPath; readonly mass: number; readonly min: number; readonly max: number; readonly least: number }
  | { readonly code: "histogramShape"; readonly at: ParamPath; readonly detail: string }
  | { readonly code: "spreadTooWide"; readonly at: ParamPath; readonly ratio: number; readonly most: number };

/**
 * What a sampler is built from: one of the kernels of `sampler.ts` and the numbers it reads
 * (the slots each kernel reads are documented there).
 */
export interface SamplerPlan {
  readonly kernel: KernelName;
  readonly params: readonly number[];
  readonly values?: Float64Array;
  readonly cumulative?: Float64Array;
  /** Inversion kernels read u0 + uw·u (a truncation to [F(a), F(b)]); default (0, 1). */
  readonly uniformRange?: readonly [number, number];
  /** Distributions a composite kernel draws through (mixture components, the truncated inner one). */
  readonly components?: readonly DistSpec[];
}

/** The notes column of the family's row in the model reference (markdown). */
export interface FamilyDocs {
  readonly notes: string;
}

/** One distribution family. `S` is its normalised spec (time parameters in minutes). */
export interface DistFamily<S extends { readonly kind: string }> {
  readonly kind: S["kind"];
  /** One line describing the family (JSON Schema). */
  readonly summary: string;
  /** The parameters as written in YAML, in the order they are documented. */
  readonly params: Readonly<Record<string, ParamDecl>>;
  /** The one parameter the family's YAML value is, written without a mapping (mixture: its list of components). */
  readonly bareParam?: string;
  /** Alternative parameter sets (gamma: shape + scale, or mean + cv); absent: one set, all of `params`. */
  readonly forms?: readonly (readonly string[])[];
  readonly docs: FamilyDocs;
  /** The spec from parameters as read, applying shorthands; or why it cannot be built. */
  build(params: ParamValues): S | readonly ParamProblem[];
  /** Problems that make a spec meaningless in a model; `timed` = a duration (never below 0). */
  check(spec: S, timed: boolean): ParamProblem[];
  /** Why the parameters define no distribution at all (the sampler refuses them), or null. */
  undefinedBecause(spec: S): string | null;
  /** Analytic mean (minutes, for time-valued specs). */
  mean(spec: S): number;
  /** Analytic variance (minutes²). */
  variance(spec: S): number;
  /** Smallest closed interval containing every sample. */
  support(spec: S): Support;
  /** How to sample it. Degenerate parameters (sd 0, min = max) may plan a constant. */
  plan(spec: S): SamplerPlan;
  /** The same shape with every time multiplied by `factor` (a step that takes 20% longer: 1.2). */
  scaleTime(spec: S, factor: number): S;
}

/** A parameter rule broken, or nothing. */
export function ruleProblem(param: string, found: number, rule: ParamRule, at: ParamPath = [param]): ParamProblem[] {
  const ok = rule === "positive" ? found > 0 : found >= 0;
  return ok ? [] : [{ code: "distParam", at, param, found, rule }];
}

/** min ≤ (mode ≤) max, or the problem (reported at min, or at mode). */
export function orderProblem(min: number, max: number, mode?: number): ParamProblem[] {
  if (min > max) return [{ code: "minAboveMax", at: ["min"], min, max }];
  if (mode !== undefined && !(mode >= min && mode <= max)) return [{ code: "modeOutside", at: ["mode"], mode, min, max }];
  return [];
}

/** The one of `forms` (alternative parameter sets) that the given parameters match, or the problem. */
export function matchForm(family: string, params: ParamValues, forms: readonly (readonly string[])[]): number | ParamProblem {
  const given = Object.keys(params).filter((key) => params[key] !== undefined).sort();
  const index = forms.findIndex((form) => [...form].sort().join(",") === given.join(","));
  return index >= 0 ? index : { code: "paramForms", at: [], family, found: given, forms };
}

/** A number read from `params` (the schema guarantees its presence and type). */
export function num(params: ParamValues, name: string): number {
  return params[name] as number;
}

const finite = Number.isFinite;

/** "mean must be a finite number ≥ 0 (got -1)", or null. */
export function nonNegativeProblem(name: string, value: number): string | null {
  return value >= 0 && finite(value) ? null : `${name} must be a finite number ≥ 0 (got ${value})`;
}

/** Problem with a min ≤ mode ≤ max triple, or null. */
export function rangeProblem(min: number, mode: number, max: number): string | null {
  if (!finite(min) || !finite(mode) || !finite(max)) return "min, mode and max must be finite numbers";
  if (!(min <= mode && mode <= max)) return `needs min ≤ mode ≤ max (got ${min}, ${mode}, ${max})`;
  return null;
}
