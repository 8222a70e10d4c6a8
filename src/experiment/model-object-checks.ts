/**
 * A Model object given to `simulate` or `compare` in code, held to the checks a model file
 * gets before it runs.
 *
 * A notebook copies the account-opening model and sets `resources[0].capacity = -3`: the run
 * no longer returns a result with 0 completions, it throws an InvalidModelError listing every
 * problem with its place, "<model> resources[0].capacity found -3; must be at least 0" — the
 * schema's rules for the numbers a model keeps as written and every cross-check
 * (`checkEditedModel`). The check runs once per call, not per replication or per round.
 */
import type { Model } from "../model/compile/model.js";
import { checkEditedModel } from "../model/checks/edited-model.js";
import { error, formatIssue, locateIssue, sortIssues, type IssueDraft, type ModelIssue } from "../model/source/issues.js";

/** A Model object that a model file with the same content would not load as: its issues, errors first. */
export class InvalidModelError extends Error {
  /** Every error (with its path in the model), then the model's warnings. */
  readonly issues: readonly ModelIssue[];

  /** The message lists each error on a line of its own: "<file>  <path>  <message>". */
  constructor(issues: readonly ModelIssue[]) {
    const errors = issues.filter((issue) => issue.severity === "error");
    super(`the model is not valid (${errors.length} problem${errors.length === 1 ? "" : "s"}; fix them as in the YAML file, or check it with checkModel):\n${errors.map((issue) => `  ${formatIssue(issue)}`).join("\n")}`);
    this.name = "InvalidModelError";
    this.issues = issues;
  }
}

/** A normalised model: what `loadAnyModelFile` returns (pools and steps as lists). */
function isNormalised(value: unknown): value is Model {
  if (value === null || typeof value !== "object") return false;
  const fields = value as { resources?: unknown; steps?: unknown; arrivals?: unknown; run?: unknown };
  return Array.isArray(fields.resources) && Array.isArray(fields.steps) && Array.isArray(fields.arrivals) && typeof fields.run === "object" && fields.run !== null;
}

function notNormalised(reason: string): IssueDraft {
  return error("invalidValue", [], {
    found: `a value that is not a loaded model (${reason})`,
    expected: "pass the model of loadAnyModelFile(…) or loadModelObject(…) (its `.model`), or edit the YAML-shaped document from readModelDocument and load that",
  });
}

/**
 * Every issue of a Model object (errors and warnings, sorted), named "<model loaded from
 * FILE>" (or "<model>") and placed by YAML path (a pool or step by its name), with line and
 * column 0: the object has no lines. Never throws.
 */
export function modelObjectIssues(model: unknown): ModelIssue[] {
  // NOTE: the object may differ from its file, so issues name it as "loaded from" the file.
  const file = isNormalised(model) && typeof model.sourceFile === "string" ? `<model loaded from ${model.sourceFile}>` : "<model>";
  let drafts: IssueDraft[];
  if (!isNormalised(model)) drafts = [notNormalised(model === null || typeof model !== "object" ? `${model === null ? "null" : typeof model}` : "no resources, steps, arrivals and run lists")];
  else {
    try {
      drafts = checkEditedModel(model);
    } catch (cause) {
      drafts = [notNormalised(cause instanceof Error ? cause.message : String(cause))];
    }
  }
  return sortIssues(drafts.map((draft) => locateIssue(draft, { path: draft.path, file, line: 0, column: 0 })));
}

/**
 * Throws when any of `models` has an error a model file would be refused for.
 * @throws InvalidModelError listing every error of every model.
 */
export function assertValidModels(models: readonly unknown[]): void {
  const issues = models.flatMap(modelObjectIssues);
  if (issues.some((issue) => issue.severity === "error")) throw new InvalidModelError(issues);
}
