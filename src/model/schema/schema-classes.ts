/**
 * The `classes` part of the model language: rules that belong to a class of cases wherever
 * it goes, declared once instead of on every source or step.
 *
 * A bank's private-banking callers (class "private", arriving from two numbers) hang up after
 * about 6 minutes on hold wherever they queue — first for an adviser, later for a specialist:
 * `classes: { private: { patience: { exponential: { mean: 6min } } } }`. A step's own
 * `patienceByClass` or `patience`, or a source's own `patience`, still overrides it.
 */
import { z } from "zod";
import { DistSchema } from "./schema-dist.js";
import { NameSchema, strict } from "./schema-helpers.js";

const CaseClassSchema = strict({
  patience: DistSchema.optional().describe(
    "How long a case of this class waits in a line before abandoning, at every step it queues at; the clock starts anew at each line (per queue, as a caller's on each hold). A step's patienceByClass or patience, or the source's own patience, overrides it; not at a step messages go to.",
  ),
}).describe("Rules of one class of cases, wherever its cases wait.");

/** `classes` of a model: rules by class name (a class is a source's `class`, by default its name). */
export const ClassesSchema = z
  .record(NameSchema, CaseClassSchema)
  .describe('Rules by case class, e.g. { private: { patience: { exponential: { mean: 6min } } } } (docs/model-language.md#patience-by-class).');

/** `classes` as written. */
export type RawClasses = z.infer<typeof ClassesSchema>;
