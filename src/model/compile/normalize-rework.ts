/**
 * Errors and detection in normal form: shares as numbers, `from` always a list.
 *
 * `errors: { rate: 3%, to: correction }` on data entry becomes `{ rate: 0.03, to:
 * "correction" }`; `detects: { from: data entry }` on review becomes `{ from: ["data
 * entry"], p: 1 }`; `seize: advisers` becomes `{ resource: "advisers", units: 1 }` and
 * `release: advisers` becomes `["advisers"]`. Names are checked in checks/rework.ts and
 * checks/held-resources.ts.
 */
import type { ModelPath, ResourceNeed, StepDetects, StepErrors } from "./model.js";
import type { RawDetects, RawErrors, RawRelease, RawSeize } from "../schema/schema-rework.js";
import { toShare } from "../schema/units.js";

/** A step's `errors` in normal form. */
export function normalizeErrors(raw: RawErrors, path: ModelPath): StepErrors {
  return { rate: toShare(raw.rate), to: raw.to, path };
}

/** A step's `detects` in normal form (p defaults to 1). */
export function normalizeDetects(raw: RawDetects, path: ModelPath): StepDetects {
  const from = typeof raw.from === "string" ? [raw.from] : raw.from;
  return { from, p: raw.p === undefined ? 1 : toShare(raw.p), path };
}

/** A step's `seize` in normal form (units default 1). */
export function normalizeSeize(raw: RawSeize): ResourceNeed {
  return typeof raw === "string" ? { resource: raw, units: 1 } : { resource: raw.resource, units: raw.units ?? 1 };
}

/** A step's `release` in normal form: always a list. */
export function normalizeRelease(raw: RawRelease): readonly string[] {
  return typeof raw === "string" ? [raw] : raw;
}
