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

/**
 * The parameters of issues with code `C`: the values its message is built from, e.g.
 * `IssueParams<"unknownResource">` is `{ name, allowed, suggestion? }`.
 */
export type IssueParams<C extends IssueCode> = Parameters<(typeof MESSAGES)[C]> extends [infer P] ? P : Record<string, never>;

/** Errors stop a model from running; warnings are reported and the model still runs. */
export type IssueSeverity = "error" | "warning";

/** What every located issue has, whatever its code. */
interface IssueCommon {
  readonly severity: IssueSeverity;
  /** YAML path of the offending element, e.g. `["steps", 2, "duration"]`; `[]` for the file. */
  readonly path: ModelPath;
  /** File name as given to the loader ("<text>" when loaded from a string without a name). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** "<what was found>; <what would be valid>". */
  readonly message: string;
}

/**
 * One located problem in a model file, discriminated on `code`: narrowing on the code types
 * `params` (`if (issue.code === "unknownStep") issue.params.suggestion`). Lines and columns
 * are 1-based; 0 when unknown.
 */
export type ModelIssue = { [C in IssueCode]: IssueCommon & { readonly code: C; readonly params: Readonly<IssueParams<C>> } }[IssueCode];

/**
 * What a library entry point returns: its value and the model's warnings, or every issue that
 * prevents it (`T` names the value: `{ model }` for loading, `{ value }` for a run).
 */
export type Result<T extends object> =
  | ({ readonly ok: true; readonly warnings: readonly ModelIssue[] } & T)
  | { readonly ok: false; readonly issues: readonly ModelIssue[] };

/** What every draft has, whatever its code. */
interface DraftCommon {
  readonly severity: IssueSeverity;
  readonly path: ModelPath;
  /** Another path the same element may be written at (e.g. `resource` vs `resources[0].resource`). */
  readonly altPath?: ModelPath;
  /** Point at the key of the last path segment rather than at its value. */
  readonly atKey?: boolean;
}

/** An issue before it is located and worded, discriminated on `code` like `ModelIssue`. */
export type IssueDraft = { [C in IssueCode]: DraftCommon & { readonly code: C; readonly params: Readonly<IssueParams<C>> } }[IssueCode];

/** The params argument of `error`/`warning`: required unless the code has none. */
export type ParamsArgument<C extends IssueCode> = Record<string, never> extends IssueParams<C> ? [params?: IssueParams<C>] : [params: IssueParams<C>];

/** Codes whose issue is about a key (located at the key, not its value). */
export const KEY_CODES: ReadonlySet<string> = new Set(["unknownKey", "forbiddenKey", "unknownDistribution"]);

function draft<C extends IssueCode>(code: C, severity: IssueSeverity, path: ModelPath, params: IssueParams<C> | undefined): IssueDraft {
  // INVARIANT: params has the type of code's message parameters (checked at every call of error/warning).
  return { code, severity, path, params: params ?? {} } as unknown as IssueDraft;
}

/** Creates an error draft. */
export function error<C extends IssueCode>(code: C, path: ModelPath, ...[params]: ParamsArgument<C>): IssueDraft {
  return draft(code, "error", path, params);
}

/** Creates a warning draft. */
export function warning<C extends IssueCode>(code: C, path: ModelPath, ...[params]: ParamsArgument<C>): IssueDraft {
  return draft(code, "warning", path, params);
}

/** A draft located at `place` and worded: the issue as reported. */
export function locateIssue(draft: IssueDraft, place: { readonly path: ModelPath; readonly file: string; readonly line: number; readonly column: number }): ModelIssue {
  const { code, severity, params } = draft;
  // INVARIANT: code and params come from one draft, so they stay paired.
  return { code, severity, params, ...place, message: wordIssue(draft) } as ModelIssue;
}

/** The wording of a draft (from the message catalogue). */
export function wordIssue(draft: IssueDraft): string {
  // INVARIANT: a draft's params are its code's message parameters (the union above pairs them).
  const render = MESSAGES[draft.code] as (p: IssueDraft["params"]) => string;
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
  return formatIssueWith(issue, issue.severity === "warning" ? `warning: ${issue.message}` : issue.message);
}

/** `formatIssue` with other words after the position and path (a warning in another language: "警告：…"). */
export function formatIssueWith(issue: ModelIssue, wording: string): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const path = issue.path.length > 0 ? `  ${formatPath(issue.path)}` : "";
  return `${where}${path}  ${wording}`;
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
