/**
 * The sub-process part of the model language: a step that runs a named group of steps.
 *
 * "Verify documents" (check identity, check income, request missing papers) is written once
 * under `subprocesses:` and used at intake and again before payout with
 * `{ name: verify at intake, use: verify documents }`; a group shared by several models of a
 * scenario folder is used with `use: { file: common.yaml, name: verify documents }`.
 */
import { z } from "zod";
import { NameSchema, strict, taggedUnion } from "./schema-helpers.js";

/** Which sub-process a step runs: one of the model's, or one from another file of its folder. */
export const UseSchema = taggedUnion(
  [
    NameSchema.describe("A sub-process of this model (its subprocesses key)."),
    strict({
      file: z.string().min(1).max(1_000).describe("A .yaml file in the model's folder (or below it) whose subprocesses key defines it."),
      name: NameSchema.describe("The sub-process name in that file."),
    }),
  ],
  "use",
);
