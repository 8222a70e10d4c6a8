/**
 * The case-attribute part of the model language: how attributes are drawn and how routes,
 * priorities and durations read them.
 *
 * A loan factory writes `attributes: { amount: { lognormal: { mean: 180000, sd: 150000 } },
 * segment: { categories: { retail: 70%, sme: 25%, private: 5% } } }` on its source, routes
 * `next: [{ to: second approval, if: { attribute: amount, above: 500000 } }, { to: payout }]`,
 * serves `priority: { by: segment, values: { private: 10 } }` first and takes
 * `duration: { by: segment, values: { retail: 20min, sme: 45min } }` at data entry.
 */
import { z } from "zod";
import { DistSchema } from "./schema-dist.js";
import { bounded, boundedInt, MAX_PLAIN_NUMBER, NameSchema, Share, strict, taggedUnion } from "./schema-helpers.js";
import { LIMITS } from "./limits.js";

const CategoriesSchema = strict({
  categories: z
    .record(NameSchema, Share)
    .describe('Category → share of cases, e.g. { retail: 70%, sme: 25%, private: 5% }; the shares add up to 1 (100%).'),
}).describe("A categorical attribute: each case gets one category with the given shares.");

/** One case attribute: a distribution (a number per case) or categories with shares. */
export const AttributeSchema = taggedUnion([CategoriesSchema, DistSchema], "attribute").describe(
  'A case attribute drawn once per case at arrival: a distribution (an amount, a page count) or { categories: { retail: 70%, sme: 30% } }.',
);

const plain = () => bounded(-MAX_PLAIN_NUMBER, MAX_PLAIN_NUMBER);

/** A test on one attribute, in a branch of `next`. */
export const ConditionSchema = strict({
  attribute: NameSchema.describe("The attribute tested."),
  above: plain().optional().describe("Holds when the value is greater than this."),
  atLeast: plain().optional().describe("Holds when the value is at least this."),
  below: plain().optional().describe("Holds when the value is less than this."),
  atMost: plain().optional().describe("Holds when the value is at most this."),
  is: NameSchema.optional().describe("A categorical attribute: holds for this category."),
  in: z.array(NameSchema).min(1).max(LIMITS.categories).optional().describe("A categorical attribute: holds for any of these categories."),
}).describe(
  "A condition on a case attribute: a numeric bound (above or atLeast, and/or below or atMost) or categories (is, in). E.g. { attribute: amount, above: 500000 } or { attribute: segment, in: [sme, private] }.",
);

/** A queue priority: a number, or read from an attribute. */
export const PrioritySchema = taggedUnion(
  [
    boundedInt(-LIMITS.priority, LIMITS.priority),
    strict({
      by: NameSchema.describe("The attribute the priority is read from."),
      values: z
        .record(NameSchema, boundedInt(-LIMITS.priority, LIMITS.priority))
        .optional()
        .describe("A categorical attribute: priority per category, e.g. { private: 10 } (required for categories; without it the numeric value itself is the priority)."),
      otherwise: boundedInt(-LIMITS.priority, LIMITS.priority).optional().describe("Priority of categories not listed (default 0)."),
    }),
  ],
  "priority",
).describe("Queue priority, larger served first (default 0): a number, or { by: segment, values: { private: 10 } }, or { by: amount } (the value itself).");

/** A step duration: a distribution, one per category, or a base scaled by a numeric attribute. */
export const DurationSchema = taggedUnion(
  [
    DistSchema,
    strict({
      by: NameSchema.describe("The categorical attribute the duration depends on."),
      values: z.record(NameSchema, DistSchema).describe("Duration per category, e.g. { retail: 20min, sme: { exponential: { mean: 45min } } }."),
      otherwise: DistSchema.optional().describe("Duration of the categories not listed (required unless every category is)."),
    }),
    strict({
      scaleBy: NameSchema.describe("The numeric attribute the base duration is multiplied by (a page count, a number of items)."),
      base: DistSchema.describe("Duration per unit of the attribute, e.g. 30s per page."),
    }),
  ],
  "duration",
).describe(
  'Handling time (without waiting): a distribution, or { by: segment, values: { retail: 20min, sme: 45min } }, or { scaleBy: pages, base: 30s }.',
);
