/**
 * Re-checking a model changed in code, in either shape it comes in.
 *
 * An analyst reads the branch-counter document, sets `resources.tellers.capacity` to 10 and
 * calls `checkModel(document)`: the same schema and checks as a YAML file, issues located by
 * YAML path. A normalised model (from `loadAnyModelFile`) edited in place is re-checked too:
 * cross-references, routing, shifts and run settings, and its pools' capacities and costs and
 * its arrival rates against the schema's own rules; a value that is neither shape is an issue,
 * never a crash.
 */
import type { z } from "zod";
import { checkEditedModel } from "../model/checks/edited-model.js";
import type { Model } from "../model/compile/model.js";
import { ModelSchema } from "../model/schema/schema.js";
import { error, sortIssues, wordIssue, type IssueDraft, type ModelIssue } from "../model/source/issues.js";
import { loadModelObject } from "../model/source/load.js";
import { readAnyModelDocument } from "../model/overlays/load.js";

/** A model as written in YAML (maps by name, durations like "5min"), e.g. from `readModelDocument`. */
export type ModelDocument = z.input<typeof ModelSchema>;

function located(drafts: readonly IssueDraft[], file: string): ModelIssue[] {
  return sortIssues(drafts.map((draft) => ({ ...draft, file, line: 0, column: 0, message: wordIssue(draft) })));
}

/** A normalised model: what `loadAnyModelFile` returns (pools as a list, not a map by name). */
function isNormalised(value: object): value is Model {
  return Array.isArray((value as { resources?: unknown }).resources) && Array.isArray((value as { steps?: unknown }).steps);
}

function checkNormalised(model: Model): ModelIssue[] {
  const file = model.sourceFile ?? "<model>";
  try {
    return located(checkEditedModel(model), file);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const draft = error("invalidValue", [], { found: `a model that is not in procsim's normalised form (${reason})`, expected: "edit the YAML-shaped document from readModelDocument and check that instead" });
    return located([draft], file);
  }
}

/**
 * Re-checks a model changed in code. A document (YAML shape) goes through the schema and every
 * check, as a file would; a normalised model through its edited fields' rules and the cross-checks.
 * Issues carry YAML paths; line and column are 0. Never throws.
 */
export function checkModel(model: Model | ModelDocument): ModelIssue[] {
  if (model !== null && typeof model === "object" && isNormalised(model)) return checkNormalised(model);
  const loaded = loadModelObject(model, "<document>");
  return loaded.ok ? [...loaded.warnings] : [...loaded.issues];
}

/**
 * A model or proposal file as its YAML-shaped document (a proposal's changes applied), typed
 * for editing: `read.document.resources.tellers.capacity = 10`, then `loadModelObject`.
 */
export function readModelDocument(path: string): { readonly ok: true; readonly document: ModelDocument } | { readonly ok: false; readonly issues: readonly ModelIssue[] } {
  const read = readAnyModelDocument(path);
  return read.ok ? { ok: true, document: read.document as ModelDocument } : read;
}
