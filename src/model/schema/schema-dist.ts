/**
 * The distribution part of the model language.
 *
 * "Data entry takes 5 to 15 minutes, most often 8" is written
 * `duration: { triangular: { min: 5, mode: 8, max: 15 } }`; a fixed 2 minutes is `2` or
 * `"2min"`. Each family is a one-key mapping; time-valued parameters accept duration strings
 * or bare numbers in `timeUnit`, shape-like parameters (shape, cv, k, weights) are plain numbers.
 */
import { z } from "zod";
import { DIST_KINDS } from "../../random/dist-spec.js";
import { bounded, boundedInt, DurationString, MAX_PLAIN_NUMBER, strict, taggedUnion, TimeValue } from "./schema-helpers.js";

const plain = (text: string) => bounded(-MAX_PLAIN_NUMBER, MAX_PLAIN_NUMBER).describe(text);
const time = (text: string) => TimeValue.describe(text);

/** The parameters of each family, as written in YAML. */
export const DIST_FAMILY_SCHEMAS = {
  exponential: strict({ mean: time("Mean (1/rate).") }).describe("Exponential (memoryless) with the given mean."),
  deterministic: strict({ value: time("The fixed value.") }).describe("Always the same value."),
  uniform: strict({ min: time("Lower bound."), max: time("Upper bound.") }).describe("Uniform between min and max."),
  triangular: strict({ min: time("Lower bound."), mode: time("Most likely value."), max: time("Upper bound.") }).describe(
    "Triangular between min and max, peaking at mode.",
  ),
  normal: strict({ mean: time("Mean."), sd: time("Standard deviation.") }).describe(
    "Normal, truncated at 0 (negative draws are redrawn).",
  ),
  lognormal: strict({ mean: time("Mean of the value itself."), sd: time("Standard deviation of the value itself.") }).describe(
    "Lognormal given by the mean and sd of the value (not of its logarithm).",
  ),
  gamma: strict({
    shape: plain("Shape k (with scale).").optional(),
    scale: time("Scale θ (with shape); mean = shape·scale.").optional(),
    mean: time("Mean (with cv).").optional(),
    cv: plain("Coefficient of variation sd/mean (with mean).").optional(),
  }).describe("Gamma: give { shape, scale } or { mean, cv } (then shape = 1/cv², scale = mean·cv²)."),
  erlang: strict({ k: boundedInt(1, 10_000).describe("Number of phases."), mean: time("Overall mean.") }).describe(
    "Erlang-k: the sum of k exponential phases with the given overall mean.",
  ),
  weibull: strict({ shape: plain("Shape k."), scale: time("Scale λ.") }).describe("Weibull with shape and scale."),
  pert: strict({ min: time("Lower bound."), mode: time("Most likely value."), max: time("Upper bound.") }).describe(
    "Beta-PERT between min and max with the given mode (λ = 4).",
  ),
  empirical: strict({
    values: z.array(TimeValue).min(1).max(100_000).describe("The possible values."),
    weights: z.array(plain("Relative weight.")).min(1).max(100_000).optional().describe("Relative weights (default: equal)."),
  }).describe("One of the listed values, drawn with the given relative weights."),
} as const satisfies Record<(typeof DIST_KINDS)[number], z.ZodType>;

/** The families, each as a one-key mapping `{ <family>: { …parameters } }`. */
const familyOptions = DIST_KINDS.map((kind) => strict({ [kind]: DIST_FAMILY_SCHEMAS[kind] } as Record<string, z.ZodType>));

/** A distribution: a bare number or duration string (fixed), or one family mapping. */
export const DistSchema = taggedUnion(
  [
    bounded(-MAX_PLAIN_NUMBER, MAX_PLAIN_NUMBER).describe("A fixed value (bare number in timeUnit for times)."),
    DurationString,
    ...familyOptions,
  ],
  "distribution",
)
  .describe(
    'A distribution: a fixed value (5, "5min") or one of { exponential: { mean } }, { deterministic: { value } }, ' +
      "{ uniform: { min, max } }, { triangular: { min, mode, max } }, { normal: { mean, sd } }, " +
      "{ lognormal: { mean, sd } }, { gamma: { shape, scale } | { mean, cv } }, { erlang: { k, mean } }, " +
      "{ weibull: { shape, scale } }, { pert: { min, mode, max } }, { empirical: { values, weights } }.",
  )
  .meta({ id: "Distribution" });

/** A distribution as written in YAML. */
export type RawDist = z.infer<typeof DistSchema>;
