/**
 * Library facade for reading and checking models.
 *
 * A notebook calls `loadModelFile("scenarios/account-opening.yaml")` and gets either
 * `{ ok: true, model, warnings }` or `{ ok: false, issues }`, each issue with file, line,
 * column, YAML path and a message. To change a model in code, `readModelDocument(path)` gives
 * it in its YAML shape (maps by name, "5min"); edit that and load it with `loadModelObject`
 * (or re-check it with `checkModel`). Nothing here throws.
 */
import { formatIssue, type ModelIssue } from "../model/source/issues.js";
import type { LoadResult } from "../model/source/load.js";
import { loadAnyModelFile as loadAny, type LoadAnyOptions } from "../model/overlays/load.js";
import { LOAD_ANY_KEYS } from "./option-tables.js";
import { optionIssues, optionProblems } from "./unknown-options.js";

export { loadModelFile, loadModelText, loadModelObject, MAX_MODEL_BYTES, type LoadResult } from "../model/source/load.js";
export { checkModel, readModelDocument, type ModelDocument } from "./documents.js";
export { formatIssue, formatPath, sortIssues, type IssueCode, type IssueParams, type IssueSeverity, type ModelIssue, type Result } from "../model/source/issues.js";
export { ModelSchema, type RawModel } from "../model/schema/schema.js";
export { buildJsonSchema, jsonSchemaText } from "../model/schema/json-schema.js";

/** All issues as printable lines (`file:line:col  path  message`). */
export function formatIssues(issues: readonly ModelIssue[]): string[] {
  return issues.map(formatIssue);
}

/**
 * Loads a model file or a proposal file (`extends:`); `options.extendsRoots` lets `extends:`
 * reach other folder trees. An option it does not know comes back as an issue of "(options)".
 * Never throws.
 */
export function loadAnyModelFile(path: string, options: LoadAnyOptions = {}): LoadResult {
  const unknown = optionProblems("loadAnyModelFile", options, LOAD_ANY_KEYS);
  return unknown.length > 0 ? { ok: false, issues: optionIssues(unknown) } : loadAny(path, options);
}
