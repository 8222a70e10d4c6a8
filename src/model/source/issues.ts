/**
 * Model issues as data: what is wrong, where, and how bad.
 *
 * "steps[2].duration has mode 20 outside [5, 15]" is one `ModelIssue`: a code
 * (`modeOutside`), a severity, the YAML path `["steps", 2, "duration", "triangular", "mode"]`,
 * the file, line and column the path points at, and the parameters the message is built from.
 * Detection creates drafts (no position, no text); `load.ts` locates them in the YAML and
 * `messages.ts` words them, so checks never build strings.
 */
import type { ModelPath } from "../compile/model.js";
import { MESSAGES } from "./messages.js";

/** Every kind of problem the loader and the checks can report. */
export type IssueCode = keyof typeof MESSAGES;

/** Errors stop a model from running; warnings are reported and the model still runs. */
export type IssueSeverity = "error" | "warning";

/** One located problem in a model file. Lines and columns are 1-based; 0 when unknown. */
export interface ModelIssue {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  /** YAML path of the offending element, e.g. `["steps", 2, "duration"]`; `[]` for the file. */
  readonly path: ModelPath;
  /** File name as given to the loader ("<text>" when loaded from a string without a name). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** "<what was found>; <what would be valid>". */
  readonly message: string;
  /** The values the message was built from (found value, allowed values, suggestion, …). */
  readonly params: Readonly<Record<string, unknown>>;
}

/** An issue before it is located and worded. */
export interface IssueDraft {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  readonly path: ModelPath;
  readonly params: Readonly<Record<string, unknown>>;
  /** Another path the same element may be written at (e.g. `resource` vs `resources[0].resource`). */
  readonly altPath?: ModelPath;
  /** Point at the key of the last path segment rather than at its value. */
  readonly atKey?: boolean;
}

/** Codes whose issue is about a key (located at the key, not its value). */
export const KEY_CODES: ReadonlySet<string> = new Set(["unknownKey", "forbiddenKey", "unknownDistribution"]);

/** Creates an error draft. */
export function error(code: IssueCode, path: ModelPath, params: Record<string, unknown> = {}): IssueDraft {
  return { code, severity: "error", path, params };
}

/** Creates a warning draft. */
export function warning(code: IssueCode, path: ModelPath, params: Record<string, unknown> = {}): IssueDraft {
  return { code, severity: "warning", path, params };
}

/** The wording of a draft (from the message catalogue). */
export function wordIssue(draft: IssueDraft): string {
  const render = MESSAGES[draft.code] as (p: Record<string, unknown>) => string;
  return render(draft.params);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["steps", 2, "duration"]` → `steps[2].duration`; keys with spaces are quoted: `resources["front desk"]`. */
export function formatPath(path: ModelPath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === "" ? "(model)" : text;
}

/** The printed form: `file:line:col  steps[2].duration  message` (no path for whole-file problems). */
export function formatIssue(issue: ModelIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const tag = issue.severity === "warning" ? "warning: " : "";
  const path = issue.path.length > 0 ? `  ${formatPath(issue.path)}` : "";
  return `${where}${path}  ${tag}${issue.message}`;
}

/** Errors first, then warnings; within each, by position in the file. */
export function sortIssues(issues: readonly ModelIssue[]): ModelIssue[] {
  const rank = (issue: ModelIssue) => (issue.severity === "error" ? 0 : 1);
  return [...issues].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly (IssueDraft | ModelIssue)[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
