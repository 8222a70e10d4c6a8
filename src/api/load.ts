/**
 * Library facade for reading and checking models.
 *
 * A notebook calls `loadModelFile("scenarios/account-opening.yaml")` and gets either
 * `{ ok: true, model, warnings }` or `{ ok: false, issues }`, each issue with file, line,
 * column, YAML path and a message; it may change the model in code and call
 * `checkModel(model)` to re-check it before running. Nothing here throws.
 */
import { runChecks } from "../model/checks/index.js";
import { formatIssue, locateIssue, sortIssues, type ModelIssue } from "../model/source/issues.js";
import type { Model } from "../model/compile/model.js";

export { loadModelFile, loadModelText, loadModelObject, MAX_MODEL_BYTES, type LoadResult } from "../model/source/load.js";
export { loadAnyModelFile } from "../model/overlays/load.js";
export { formatIssue, formatPath, sortIssues, type IssueCode, type IssueParams, type IssueSeverity, type ModelIssue, type Result } from "../model/source/issues.js";
export { ModelSchema, type RawModel } from "../model/schema/schema.js";
export { buildJsonSchema, jsonSchemaText } from "../model/schema/json-schema.js";

/**
 * Re-checks a (possibly modified) normalised model: references, routing, parameters,
 * shifts, run settings and offered load. Issues carry YAML paths; line and column are 0.
 */
export function checkModel(model: Model): ModelIssue[] {
  const file = model.sourceFile ?? "<model>";
  const issues = runChecks(model).map((draft) => locateIssue(draft, { path: draft.path, file, line: 0, column: 0 }));
  return sortIssues(issues);
}

/** All issues as printable lines (`file:line:col  path  message`). */
export function formatIssues(issues: readonly ModelIssue[]): string[] {
  return issues.map(formatIssue);
}
