/**
 * Loading a model: file or text → YAML → schema → normalised `Model` + located issues.
 *
 * ```
 * file ──read (size, NUL, dir)──▶ text ──parseYaml──▶ Document ──toJS (alias limit)──▶ raw
 *   raw ──ModelSchema──▶ RawModel ──normalizeModel──▶ Model ──runChecks──▶ issues
 * every issue draft ──locate (path → line:col) + word (messages.ts)──▶ ModelIssue
 * ```
 * A planner who loads `branch-counter.yaml` gets either the model and its warnings, or every
 * problem of the file at once, each with file, line, column and YAML path. These functions
 * never throw, whatever the input: a 50 MB string, binary data, a billion-laughs alias bomb,
 * `__proto__` keys, a directory.
 */
import type { Model, ModelPath } from "../compile/model.js";
import { runChecks, runCrossChecks } from "../checks/index.js";
import { error, hasErrors, KEY_CODES, locateIssue, sortIssues, type IssueDraft, type ModelIssue, type Result } from "./issues.js";
import { PHRASES } from "./messages.js";
import { normalizeModel } from "../compile/normalize.js";
import { subprocessFiles } from "./subprocess-files.js";
import { readBesideModel } from "./model-folder.js";
import { withoutRecordingFollowOns } from "./recording-follow-ons.js";
import { ModelSchema } from "../schema/schema.js";
import { PARSE_ONCE } from "../schema/schema-helpers.js";
import { salvage } from "./salvage.js";
import { isFollowOn } from "./follow-ons.js";
import { findForbiddenValueKeys, locatePath, MAX_ALIAS_COUNT, parseYaml, pathExists, positionOf, type Position, type YamlSource } from "./yaml-source.js";
import { describeValue, mapZodIssues, valueAt } from "./zod-issues.js";
import { MAX_MODEL_BYTES, readModelFile } from "./read-file.js";
import { findKeyProblems } from "./yaml-keys.js";

export { MAX_MODEL_BYTES } from "./read-file.js";

/** File name used in issues when text is loaded without one. */
export const TEXT_FILE_NAME = "<text>";

/** The outcome of loading: the model and its warnings, or every issue (errors first). */
export type LoadResult = Result<{ readonly model: Model }>;

/** How issues of one input are placed: which paths exist in it, and where a path is. */
interface Locator {
  exists(path: ModelPath): boolean;
  position(path: ModelPath, atKey: boolean): Position;
}

/** Locates in a YAML document. */
function yamlLocator(source: YamlSource): Locator {
  return { exists: (path) => pathExists(source, path), position: (path, atKey) => locatePath(source, path, atKey) };
}

/** Locates in a plain value (no positions) or nowhere at all. */
function valueLocator(raw: unknown, position: Position): Locator {
  return { exists: (path) => valueAt(raw, path) !== undefined, position: () => position };
}

/** The path a draft is reported at: its alternative path when only that one is present in the input. */
function reportedPath(draft: IssueDraft, locator: Locator): ModelPath {
  return draft.altPath && !locator.exists(draft.path) && locator.exists(draft.altPath) ? draft.altPath : draft.path;
}

/** Where a draft points in a YAML document: its value (or key, for key problems), or the nearest ancestor. */
export function locateDraft(source: YamlSource, draft: IssueDraft): Position {
  const locator = yamlLocator(source);
  return locator.position(reportedPath(draft, locator), draft.atKey === true || KEY_CODES.has(draft.code));
}

/** A located, worded issue. */
function toIssue(draft: IssueDraft, file: string, locator: Locator): ModelIssue {
  const path = reportedPath(draft, locator);
  const { line, column } = locator.position(path, draft.atKey === true || KEY_CODES.has(draft.code));
  return locateIssue(draft, { path, file, line, column });
}

/** Position of whole-text problems (binary, empty, alias bomb): the start of the file. */
const FILE_START: Position = { line: 1, column: 1 };
/** Position when there is no text at all (missing file, directory, plain object). */
const NO_POSITION: Position = { line: 0, column: 0 };

function fail(drafts: readonly IssueDraft[], file: string, locator: Locator = valueLocator(undefined, FILE_START)): LoadResult {
  return { ok: false, issues: sortIssues(drafts.map((draft) => toIssue(draft, file, locator))) };
}

/**
 * The issues of a model whose shape is wrong, elsewhere than at its shape errors: the
 * reference, parameter and routing errors and warnings of its salvaged copy (normalised as
 * the model itself would be, with its folder's files), without follow-ons of the repair.
 */
function issuesBeyondShape(raw: unknown, shapeDrafts: readonly IssueDraft[], sourceFile: string | null): IssueDraft[] {
  const seen = new Set(shapeDrafts.map((draft) => `${draft.code} ${JSON.stringify(draft.path)}`));
  try {
    const salvaged = salvage(raw, shapeDrafts);
    if (salvaged === null) return [];
    const { model, issues } = normalizeModel(salvaged.value, sourceFile, subprocessFiles(sourceFile), besideModel(sourceFile));
    return withoutRecordingFollowOns(salvaged.value, [...issues, ...runCrossChecks(model)]).filter((draft) => !seen.has(`${draft.code} ${JSON.stringify(draft.path)}`) && !isFollowOn(draft, salvaged));
  } catch {
    // INVARIANT: salvage only adds issues; if checking the copy fails, the shape errors stand alone.
    return [];
  }
}

/** Reads a CSV data file named by the model, from the model's folder (none for a model given as text). */
function besideModel(sourceFile: string | null): (data: string) => ReturnType<typeof readBesideModel> {
  return (data) => readBesideModel(sourceFile, data, /\.csv$/i, ".csv");
}

/** Schema → normalise → checks, on a plain JS value (positions from `source` when given). */
function validateValue(raw: unknown, file: string, source?: YamlSource): LoadResult {
  const locator = source ? yamlLocator(source) : valueLocator(raw, NO_POSITION);
  const parsed = ModelSchema.safeParse(raw, PARSE_ONCE);
  const sourceFile = file === TEXT_FILE_NAME ? null : file;
  if (!parsed.success) {
    const shapeDrafts = mapZodIssues(parsed.error.issues, raw);
    return fail([...shapeDrafts, ...issuesBeyondShape(raw, shapeDrafts, sourceFile)], file, locator);
  }
  const { model, issues } = normalizeModel(parsed.data, sourceFile, subprocessFiles(sourceFile), besideModel(sourceFile));
  const drafts = withoutRecordingFollowOns(parsed.data, [...issues, ...runChecks(model)]);
  if (hasErrors(drafts)) return fail(drafts, file, locator);
  return { ok: true, model, warnings: sortIssues(drafts.map((draft) => toIssue(draft, file, locator))) };
}

/** Problems visible before parsing: size, binary content, emptiness. */
function precheckText(text: unknown): IssueDraft | null {
  if (typeof text !== "string") return error("wrongType", [], { found: describeValue(text), expected: PHRASES.modelText });
  if (text.length > MAX_MODEL_BYTES || Buffer.byteLength(text, "utf8") > MAX_MODEL_BYTES) {
    return error("fileTooLarge", [], { megabytes: Math.round(Buffer.byteLength(text, "utf8") / 1e5) / 10, limitMegabytes: MAX_MODEL_BYTES / 1024 / 1024 });
  }
  if (text.includes("\u0000")) return error("binaryFile", []);
  if (text.trim() === "") return error("emptyFile", []);
  return null;
}

/** A parsed model text: its YAML document and plain value, or the issues that stop loading it. */
export type ParsedText = { readonly ok: true; readonly source: YamlSource; readonly raw: unknown } | { readonly ok: false; readonly result: LoadResult };

/** Text → YAML document → plain value, with every pre-schema check (size, NUL, nesting, budget, keys, aliases). */
export function parseModelText(text: string, file: string): ParsedText {
  const early = precheckText(text);
  if (early) return { ok: false, result: fail([early], file) };
  const { source, issues } = parseYaml(text);
  if (issues.length > 0) {
    const located = issues.map(({ draft, offset }) => toIssue(draft, file, valueLocator(undefined, positionOf(source, offset))));
    return { ok: false, result: { ok: false, issues: sortIssues(located) } };
  }
  const keyProblems = findKeyProblems(source.doc.contents);
  if (keyProblems.length > 0) {
    const located = keyProblems.map(({ draft, offset }) => toIssue(draft, file, valueLocator(undefined, positionOf(source, offset))));
    return { ok: false, result: { ok: false, issues: sortIssues(located) } };
  }
  let raw: unknown;
  try {
    raw = source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return { ok: false, result: fail([error("tooManyAliases", [], { limit: MAX_ALIAS_COUNT })], file) };
  }
  if (raw === null || raw === undefined) return { ok: false, result: fail([error("emptyFile", [])], file) };
  if (typeof raw !== "object" || Array.isArray(raw)) return { ok: false, result: fail([error("notAMapping", [], { found: describeValue(raw) })], file, yamlLocator(source)) };
  return { ok: true, source, raw };
}

/** Validates an already parsed text (schema, normalisation, checks). Never throws. */
export function loadParsedText(parsed: { readonly source: YamlSource; readonly raw: unknown }, file: string): LoadResult {
  return guard(() => validateValue(parsed.raw, file, parsed.source), file);
}

function loadText(text: string, file: string): LoadResult {
  const parsed = parseModelText(text, file);
  return parsed.ok ? validateValue(parsed.raw, file, parsed.source) : parsed.result;
}

/** Runs a loading step; an unexpected throw becomes an issue. */
function guard(load: () => LoadResult, file: string): LoadResult {
  try {
    return load();
  } catch (cause) {
    // INVARIANT: loading never throws; an unexpected failure (e.g. a stack overflow on absurd nesting) becomes an issue.
    return fail([error("yamlSyntax", [], { reason: cause instanceof Error ? cause.message : String(cause) })], file);
  }
}

/**
 * Validates YAML text. `fileName` is used in issues (default "<text>"); when it is the path of
 * the model's file, the files the model names (recorded arrivals, sub-process libraries) are
 * read from its folder. Never throws.
 * @returns the normalised model and warnings, or every issue (errors first, then warnings).
 */
export function loadModelText(text: string, fileName: string = TEXT_FILE_NAME): LoadResult {
  return guard(() => loadText(text, fileName), fileName);
}

/** Reads a model file (see read-file.ts) or returns the located issue that prevents it. */
export function readModelText(path: string): { ok: true; text: string } | { ok: false; result: LoadResult } {
  const read = readModelFile(path);
  if (read.ok) return read;
  return { ok: false, result: fail([read.draft], path, valueLocator(undefined, read.atStart ? FILE_START : NO_POSITION)) };
}

/**
 * Reads and validates a model file. Missing files, directories, pipes and devices, files over
 * 10 MB and binary files are issues, checked before parsing. Never throws.
 */
export function loadModelFile(path: string): LoadResult {
  const read = readModelText(path);
  return read.ok ? loadModelText(read.text, path) : read.result;
}

/**
 * Validates a model given as a plain JS value (e.g. built in a notebook). Issues carry YAML
 * paths; line and column are 0 (there is no file). Never throws.
 * @param name the path of the model's file, when it has one: the files the model names
 * (recorded arrivals, sub-process libraries) are read from its folder, and without it they
 * cannot be read (`loadModelObject(document, "examples/recorded-branch-day.yaml")`).
 */
export function loadModelObject(value: unknown, name = "<object>"): LoadResult {
  try {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return fail([error("notAMapping", [], { found: describeValue(value) })], name, valueLocator(undefined, NO_POSITION));
    const forbidden = findForbiddenValueKeys(value);
    if (forbidden.length > 0) return fail(forbidden, name, valueLocator(undefined, NO_POSITION));
    return validateValue(value, name);
  } catch (cause) {
    return fail([error("invalidValue", [], { found: PHRASES.unreadable, expected: String(cause) })], name, valueLocator(undefined, NO_POSITION));
  }
}
