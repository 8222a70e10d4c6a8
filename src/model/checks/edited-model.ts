/**
 * Re-checking a normalised model changed in code: the schema's rules for the numbers an edit
 * can change, then every cross-check, so a model built by edits passes the same validation as
 * a model file.
 *
 * A sweep that sets the business customers' `ratePerHour` to 1e7 gets "found 10000000; must be
 * at most 1000000" at `arrivals[1].ratePerHour`, as the file would; one that sets the
 * counter's lognormal mean to 0 gets "mean must be greater than 0" from the parameter checks.
 * Drafts carry YAML paths and no positions.
 */
import type { z } from "zod";
import type { Model } from "../compile/model.js";
import { ModelSchema } from "../schema/schema.js";
import type { IssueDraft } from "../source/issues.js";
import { mapZodIssues } from "../source/zod-issues.js";
import { runChecks } from "./index.js";
import { ratePerOpenHour } from "./run-budget.js";

type FieldSchema = z.ZodType;

/** The schema's rules for the fields a normalised model keeps as written, and edits change. */
interface FieldRules {
  readonly capacity: FieldSchema;
  readonly costPerHour: FieldSchema;
  readonly shiftCapacity: FieldSchema;
  readonly ratePerHour: FieldSchema;
}

let rules: FieldRules | null = null;

/** The field rules, read from the schema once. */
function fieldRules(): FieldRules {
  if (rules !== null) return rules;
  const pool = (ModelSchema.shape.resources.unwrap().def.valueType as unknown as z.ZodObject).shape;
  const shift = ((pool.shifts as z.ZodOptional<z.ZodArray<z.ZodObject>>).unwrap().element as z.ZodObject).shape;
  const source = (ModelSchema.shape.arrivals.element as unknown as z.ZodObject).shape;
  rules = {
    capacity: pool.capacity as FieldSchema,
    costPerHour: pool.costPerHour as FieldSchema,
    shiftCapacity: shift.capacity as FieldSchema,
    ratePerHour: source.ratePerHour as FieldSchema,
  };
  return rules;
}

function fieldDrafts(schema: FieldSchema, value: unknown, path: readonly (string | number)[]): IssueDraft[] {
  const parsed = schema.safeParse(value);
  // The value is read at the issue's own path (empty: the value itself), then the draft placed at the field's.
  return parsed.success ? [] : mapZodIssues(parsed.error.issues, value).map((draft) => ({ ...draft, path: [...path, ...draft.path] }));
}

/**
 * Pool capacities and costs, shift capacities, and arrival rates of a normalised model, by the
 * schema's rules; a time-of-day profile by its mean rate over the open hours.
 */
export function editedFieldDrafts(model: Model): IssueDraft[] {
  const field = fieldRules();
  const pools = model.resources.flatMap((pool) => [
    ...fieldDrafts(field.capacity, pool.capacity, [...pool.path, "capacity"]),
    ...fieldDrafts(field.costPerHour, pool.costPerHour, [...pool.path, "costPerHour"]),
    ...(pool.shifts ?? []).flatMap((shift) => fieldDrafts(field.shiftCapacity, shift.capacity, [...shift.path, "capacity"])),
  ]);
  const sources = model.arrivals.flatMap((source) => {
    if (source.ratePerHour !== null) return fieldDrafts(field.ratePerHour, source.ratePerHour, [...source.path, "ratePerHour"]);
    // NOTE: a profile's peak may exceed the limit (a shape scaled to its ratePerHour); its mean over the open hours may not.
    return source.profile === null ? [] : fieldDrafts(field.ratePerHour, ratePerOpenHour(source, model.calendar), [...source.path, "profile"]);
  });
  return [...pools, ...sources];
}

/**
 * Every problem of a normalised model changed in code: its edited fields by the schema's
 * rules and, when those hold, every cross-check (`runChecks`), warnings included.
 */
export function checkEditedModel(model: Model): IssueDraft[] {
  const fields = editedFieldDrafts(model);
  return fields.length > 0 ? fields : runChecks(model);
}
