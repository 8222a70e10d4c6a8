/**
 * The YAML of errors and rework — a step that makes mistakes (`errors`) and a step that
 * checks earlier work (`detects`) — and of resources held across steps (`seize`, `release`).
 *
 * In account opening, data entry keys 3% of applications wrongly (`errors: { rate: 3%, to:
 * correction }`); the four-eyes review finds 90% of those (`detects: { from: [data entry],
 * p: 90% }`) and sends the file to correction; the rest travel on undetected. The semantics
 * are in docs/model-language.md (Errors and rework). A wealth adviser who takes a customer
 * at "welcome" (`seize: advisers`) stays through "advice" and "paperwork" and is free again
 * when "paperwork" ends (`release: advisers`).
 */
import { z } from "zod";
import { NameSchema, Share, strict, taggedUnion } from "./schema-helpers.js";

/** A step's error rate and where an error of it is corrected. */
export const ErrorsSchema = strict({
  rate: Share.describe('Probability that the work of one visit to this step is wrong: 0–1 or a percentage such as "3%".'),
  to: NameSchema.describe("Step a case goes to when an error made here is found: a correction step, or this step itself to redo the work."),
}).describe("This step makes mistakes: each visit's work is wrong with probability rate; the case carries the error until a step that detects it finds it, then goes to `to`. E.g. errors: { rate: 3%, to: correction }.");

/** Which upstream errors a step checks for, and how reliably. */
export const DetectsSchema = strict({
  from: taggedUnion([NameSchema, z.array(NameSchema).min(1).max(50)], "detects.from")
    .describe("The step (or steps) whose errors this step checks for; each must have errors. It may name this step itself (a self-check)."),
  p: Share.optional().describe('Probability that a pending error is found at one visit (default 100%).'),
}).describe("This step checks earlier work: at the end of each visit, each pending error of the listed steps is found with probability p and the case goes to that error's `to` step. E.g. detects: { from: [data entry], p: 90% }.");

/** `errors` as written. */
export type RawErrors = z.infer<typeof ErrorsSchema>;
/** `detects` as written. */
export type RawDetects = z.infer<typeof DetectsSchema>;

/** A pool a case takes at a step and keeps over the following steps. */
export const SeizeSchema = taggedUnion(
  [
    NameSchema,
    strict({
      resource: NameSchema.describe("Pool name."),
      units: z.number().int().min(1).max(100_000).optional().describe("Servers held (default 1)."),
    }),
  ],
  "seize",
).describe("A pool the case takes at the start of this step (with the step's own resources, all or nothing) and keeps after it, until a later step releases it: the adviser stays with the customer. E.g. seize: advisers or { resource: advisers, units: 1 }.");

/** Pools held since an earlier step that are given back at the end of this one. */
export const ReleaseSchema = taggedUnion([NameSchema, z.array(NameSchema).min(1).max(20)], "release")
  .describe("The pool (or pools) the case has held since an earlier seize, given back at the end of this step. E.g. release: advisers.");

/** `seize` as written. */
export type RawSeize = z.infer<typeof SeizeSchema>;
/** `release` as written. */
export type RawRelease = z.infer<typeof ReleaseSchema>;
