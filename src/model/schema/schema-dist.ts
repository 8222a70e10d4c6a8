/**
 * The distribution part of the model language, built from the family records.
 *
 * "Data entry takes 5 to 15 minutes, most often 8" is written
 * `duration: { triangular: { min: 5, mode: 8, max: 15 } }`; a fixed 2 minutes is `2` or
 * `"2min"`. Each family is a one-key mapping whose keys come from its record's parameter
 * table: time-valued parameters accept duration strings or bare numbers in `timeUnit`,
 * shape-like parameters (shape, cv, k, weights) are plain numbers.
 */
import { z } from "zod";
import { DIST_FAMILIES, DIST_KINDS } from "../../random/families/registry.js";
import type { DistFamily, ParamDecl, ParamType } from "../../random/families/family.js";
import type { DistSpec } from "../../random/dist-spec.js";
import { bounded, boundedInt, DurationString, MAX_PLAIN_NUMBER, Share, strict, taggedUnion, TimeValue } from "./schema-helpers.js";

/** Most items a list parameter (empirical values, weights) may hold. */
const MAX_LIST_ITEMS = 100_000;
/** Most phases an Erlang (a `count` parameter) may have. */
const MAX_COUNT = 10_000;

const plainNumber = () => bounded(-MAX_PLAIN_NUMBER, MAX_PLAIN_NUMBER);

/** The zod schema of one parameter type. */
const PARAM_SCHEMAS: Record<ParamType, (decl: ParamDecl) => z.ZodType> = {
  time: (decl) => TimeValue.describe(decl.doc),
  plain: (decl) => plainNumber().describe(decl.doc),
  count: (decl) => boundedInt(1, MAX_COUNT).describe(decl.doc),
  timeList: (decl) => z.array(TimeValue).min(1).max(MAX_LIST_ITEMS).describe(decl.doc),
  plainList: (decl) =>
    z.array(decl.itemDoc ? plainNumber().describe(decl.itemDoc) : plainNumber()).min(1).max(MAX_LIST_ITEMS).describe(decl.doc),
  share: (decl) => Share.describe(decl.doc),
  dist: (decl) => z.lazy(() => DistSchema).describe(decl.doc),
  mixtureList: (decl) =>
    z
      .array(strict({ p: Share.describe("Probability of this component."), dist: z.lazy(() => DistSchema).describe("The component's distribution.") }))
      .min(1)
      .max(MAX_MIXTURE_COMPONENTS)
      .describe(decl.doc),
};

/** Most components a mixture may have. */
const MAX_MIXTURE_COMPONENTS = 100;

function paramSchema(decl: ParamDecl): z.ZodType {
  const schema = PARAM_SCHEMAS[decl.type](decl);
  return decl.optional ? schema.optional() : schema;
}

/** The parameters of each family, as written in YAML. */
export const DIST_FAMILY_SCHEMAS: Readonly<Record<string, z.ZodType<RawParams>>> = Object.fromEntries(
  DIST_KINDS.map((kind) => {
    const family: DistFamily<DistSpec> = DIST_FAMILIES[kind];
    if (family.bareParam !== undefined) return [kind, paramSchema(family.params[family.bareParam]) as z.ZodType<RawParams>];
    const shape = Object.fromEntries(Object.entries(family.params).map(([name, decl]) => [name, paramSchema(decl)]));
    // The shape is built from the record's parameter table, so zod cannot infer it; RawParams is what it accepts.
    return [kind, strict(shape).describe(family.summary) as z.ZodType<RawParams>];
  }),
);

/** The families, each as a one-key mapping `{ <family>: { …parameters } }`. */
const familyOptions = DIST_KINDS.map((kind) => strict({ [kind]: DIST_FAMILY_SCHEMAS[kind] }));

/** `{ exponential: { mean } }`, `{ gamma: { shape, scale } | { mean, cv } }`, … for the union's description. */
function familyForms(): string {
  return DIST_KINDS.map((kind) => {
    const family: DistFamily<DistSpec> = DIST_FAMILIES[kind];
    if (family.bareParam !== undefined) return `{ ${kind}: [{ p, dist }, …] }`;
    const forms = family.forms ?? [Object.keys(family.params)];
    return `{ ${kind}: ${forms.map((form) => `{ ${form.join(", ")} }`).join(" | ")} }`;
  }).join(", ");
}

/** The parameters of one family mapping as written (numbers, duration strings, lists of them, nested distributions). */
export type RawParams = Readonly<Record<string, number | string | readonly (number | string)[] | RawDist | readonly RawMixtureItem[] | undefined>>;

/** One component of a mixture as written: `{ p: 10%, dist: 0 }`. */
export interface RawMixtureItem {
  readonly p: number | string;
  readonly dist: RawDist;
}

/** A distribution as written in YAML. */
export type RawDist = number | string | { readonly [family: string]: RawParams | readonly RawMixtureItem[] };

/** A distribution: a bare number or duration string (fixed), or one family mapping. */
export const DistSchema: z.ZodType<RawDist> = taggedUnion(
  [plainNumber().describe("A fixed value (bare number in timeUnit for times)."), DurationString, ...familyOptions],
  "distribution",
)
  .describe(`A distribution: a fixed value (5, "5min") or one of ${familyForms()}.`)
  .meta({ id: "Distribution" });
