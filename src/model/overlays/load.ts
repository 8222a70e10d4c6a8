/**
 * Loading any model file: a plain model, or a proposal that `extends` another file.
 *
 * `procsim compare account-opening.yaml account-opening-rpa-proposed.yaml` loads the
 * proposal by reading its base (relative to the proposal file), applying the changes to the
 * base as written, and validating the result as one whole model. Every problem is reported
 * where it was written: in the proposal for a change, in the base file for an untouched
 * part. A proposal may extend another proposal; a cycle is reported.
 */
import { existsSync, realpathSync } from "node:fs";
import { dirname, extname, isAbsolute, relative, resolve } from "node:path";
import { error, KEY_CODES, sortIssues, wordIssue, type IssueDraft, type ModelIssue } from "../source/issues.js";
import { loadModelObject, loadParsedText, parseModelText, readModelText, type LoadResult } from "../source/load.js";
import { applyOverlay, type TracedModel } from "./apply.js";
import { isOverlayDocument, parseOverlay } from "./parse.js";
import { Provenance, type SourceFile } from "./provenance.js";
import type { MutableModel } from "./routes.js";
import { locatePath } from "../source/yaml-source.js";
import { changeIndexOf, followsFromRefused, namesDefinedBy, withoutFollowOns } from "./follow-ons.js";
import { leftBehind } from "./left-behind.js";
import { causedByChanges, type ProposalChanges, type Replay } from "./caused-by-change.js";

/**
 * A traced model, with the issues of the changes that were refused (the rest are applied, so
 * the merged model is still checked) and the names those changes may have defined.
 */
type Traced =
  | { ok: true; traced: TracedModel; refusals: ModelIssue[]; refusedNames: ReadonlySet<string>; proposals?: readonly ProposalChanges[] }
  | { ok: false; issues: ModelIssue[] };

/** A file read and parsed once, or the issues that stop it. */
type Read = { ok: true; source: SourceFile; raw: unknown } | { ok: false; issues: ModelIssue[] };

/** Options of `loadAnyModelFile`. */
export interface LoadAnyOptions {
  /**
   * Folders (besides the folder of the file being loaded) whose trees `extends:` may reach.
   * Default none: a proposal extends only files in or below its own folder.
   */
  readonly extendsRoots?: readonly string[];
}

/** Where `extends:` may point: the real paths of the allowed folder trees. */
interface Reach {
  readonly roots: readonly string[];
}

/** Reads and parses a file once (safe reading: regular files, size cap, node budget). */
function readSource(path: string): Read {
  const read = readModelText(path);
  if (!read.ok) return { ok: false, issues: read.result.ok ? [] : [...read.result.issues] };
  const parsed = parseModelText(read.text, path);
  if (!parsed.ok) return { ok: false, issues: parsed.result.ok ? [] : [...parsed.result.issues] };
  return { ok: true, source: { file: path, yaml: parsed.source }, raw: parsed.raw };
}

/** The real path of a file (symlinks resolved) when it exists, else its resolved path. */
function realOf(path: string): string {
  return existsSync(path) ? realpathSync(path) : resolve(path);
}

/** True when `path` lies in one of the folder trees. */
function within(path: string, roots: readonly string[]): boolean {
  return roots.some((root) => {
    const rel = relative(root, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  });
}

/** A model file has steps (or is itself a proposal); anything else is not a procsim model. */
function looksLikeModel(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw) && (Object.hasOwn(raw, "steps") || Object.hasOwn(raw, "extends"));
}

/** Locates and words drafts whose paths are in `source`. */
function locateDrafts(drafts: readonly IssueDraft[], source: SourceFile): ModelIssue[] {
  return drafts.map((draft) => ({
    ...draft,
    file: source.file,
    ...locatePath(source.yaml, draft.path, draft.atKey === true || KEY_CODES.has(draft.code)),
    message: wordIssue(draft),
  }));
}

/**
 * Loads a model file or a proposal file (see the module comment); each file is read and
 * parsed once. `extends:` reaches only files in the folder tree of `path` (or of
 * `options.extendsRoots`). Never throws.
 */
export function loadAnyModelFile(path: string, options: LoadAnyOptions = {}): LoadResult {
  try {
    return loadAny(path, options);
  } catch (cause) {
    // INVARIANT: loading never throws; a failure in a change or check becomes an issue of the file.
    const draft = error("internalError", [], { reason: cause instanceof Error ? cause.message : String(cause) });
    return { ok: false, issues: [{ ...draft, file: path, line: 0, column: 0, message: wordIssue(draft) }] };
  }
}

function loadAny(path: string, options: LoadAnyOptions): LoadResult {
  const read = readSource(path);
  if (!read.ok) return { ok: false, issues: sortIssues(read.issues) };
  if (!isOverlayDocument(read.raw)) return loadParsedText({ source: read.source.yaml, raw: read.raw }, path);
  const reach = { roots: [dirname(realOf(path)), ...(options.extendsRoots ?? []).map(realOf)] };
  const trace = (limits?: readonly number[]) => traceProposal(read.source, read.raw, [resolve(path)], reach, limits);
  const traced = trace();
  if (!traced.ok) return { ok: false, issues: sortIssues(traced.issues) };
  return validateMerged(traced, path, (level, count) => replayIssues(trace([...Array<number>(level).fill(0), count]), path));
}

/**
 * The located errors of a proposal traced with only its first changes, or its warnings when it
 * has none (see `caused-by-change.ts`).
 */
function replayIssues(traced: Traced, path: string): ModelIssue[] {
  if (!traced.ok) return traced.issues;
  const result = loadModelObject(traced.traced.model, path);
  return (result.ok ? result.warnings : result.issues).flatMap((issue) => relocate(issue, traced.traced, new Set()) ?? []);
}

/** The raw model behind a base file (plain or proposal), with provenance; base errors as issues. */
function traceFile(path: string, chain: readonly string[], reach: Reach, from: SourceFile, limits: readonly number[]): Traced {
  const read = readSource(path);
  if (!read.ok) return { ok: false, issues: atExtends(read.issues, from) };
  if (isOverlayDocument(read.raw)) return traceProposal(read.source, read.raw, [...chain, resolve(path)], reach, limits);
  if (!looksLikeModel(read.raw)) return { ok: false, issues: locateDrafts([error("extendsNotAModel", ["extends"], { file: path })], from) };
  const standalone = loadParsedText({ source: read.source.yaml, raw: read.raw }, path);
  if (!standalone.ok) return { ok: false, issues: [...standalone.issues] };
  const provenance = new Provenance();
  provenance.adopt(read.raw, { source: read.source, path: [] });
  return { ok: true, traced: { model: read.raw as MutableModel, provenance }, refusals: [], refusedNames: new Set() };
}

/** Codes of a base file that cannot be opened at all: said at the `extends:` that names it. */
const UNOPENED_BASE: ReadonlySet<string> = new Set(["fileNotFound", "notAFile"]);

/**
 * The read problems of a base file; one that could not be opened (missing, a folder) is
 * located at the `extends:` of the proposal that names it, where the fix is.
 */
function atExtends(issues: readonly ModelIssue[], from: SourceFile): ModelIssue[] {
  return issues.map((issue) => (UNOPENED_BASE.has(issue.code) ? locateDrafts([{ ...issue, path: ["extends"] } as IssueDraft], from)[0] : issue));
}

/** Why `extends:` may not name this file (outside the allowed trees, not a YAML file), or null. */
function extendsProblem(basePath: string, reach: Reach): IssueDraft | null {
  if (!within(realOf(basePath), reach.roots)) return error("extendsOutside", ["extends"], { file: basePath, roots: reach.roots });
  if (![".yaml", ".yml"].includes(extname(basePath).toLowerCase())) return error("extendsNotAModel", ["extends"], { file: basePath });
  return null;
}

/**
 * The proposal applied to its traced base. Changes that cannot be read or applied are refused
 * and the others still applied, so the merged model's own problems are found in the same run;
 * a problem that only follows from a refused change is left out (`follow-ons.ts`). With
 * `limits`, a proposal applies only its changes with an index below `limits[depth]` (depth 0:
 * the file loaded, 1: the proposal it extends, …).
 */
function traceProposal(source: SourceFile, raw: unknown, chain: readonly string[], reach: Reach, limits: readonly number[] = []): Traced {
  const limit = limits[chain.length - 1] ?? Infinity;
  const parsed = parseOverlay(raw);
  const frame = parsed.ok ? parsed : parsed.partial;
  if (!frame) return { ok: false, issues: locateDrafts(parsed.ok ? [] : parsed.drafts, source) };
  const unread = parsed.ok ? [] : parsed.drafts;
  const basePath = resolve(dirname(source.file), frame.overlay.extends);
  if (chain.includes(basePath)) {
    const draft = error("invalidValue", ["extends"], { found: `a cycle: ${[...chain, basePath].join(" → ")}`, expected: "a proposal must not extend itself, directly or through other proposals" });
    return { ok: false, issues: locateDrafts([draft], source) };
  }
  const refused = extendsProblem(basePath, reach);
  if (refused) return { ok: false, issues: locateDrafts([refused], source) };
  const base = traceFile(basePath, chain, reach, source, limits);
  if (!base.ok) return { ok: false, issues: [...base.issues, ...locateDrafts(unread, source)] };
  const changes = frame.changes.filter((change) => change.index < limit);
  const applied = applyOverlay(base.traced, { overlay: frame.overlay, changes, source });
  const items = frame.overlay.changes;
  const drafts = withoutFollowOns([...unread, ...applied.drafts], items).filter((draft) => !followsFromRefused(draft, base.refusedNames));
  const refusedNames = new Set(base.refusedNames);
  for (const draft of drafts) namesDefinedBy(items[changeIndexOf(draft)], refusedNames);
  const traced = { model: applied.model, provenance: base.traced.provenance, removed: applied.removed, idled: applied.idled };
  const proposal = { source, changes, written: items.length, removed: applied.removed };
  const proposals = [proposal, ...(base.proposals ?? [])];
  return { ok: true, traced, refusals: [...base.refusals, ...locateDrafts(drafts, source)], refusedNames, proposals };
}

/**
 * A routing problem that names several steps (cases trapped in a loop) belongs to the change
 * that rerouted one of them, when a proposal did: its `setRouting`, not the untouched base.
 */
function reroutedBy(issue: ModelIssue, traced: TracedModel): ReturnType<Provenance["locate"]> {
  if (issue.code !== "noExit") return null;
  const names = issue.params.steps;
  const steps = traced.model.steps as readonly { readonly name?: unknown }[];
  for (const name of names) {
    const index = steps.findIndex((step) => step.name === name);
    const located = index < 0 ? null : traced.provenance.locate(traced.model, ["steps", index, "next"]);
    if (located?.path[0] === "changes") return located;
  }
  return null;
}

/**
 * Moves an issue of the merged model to the file and position its offending part came from:
 * to the change that removed the step it names (`left-behind.ts`), or that took a pool's last
 * step away; null when that change was refused already (`refused`: file and index of each
 * refused change), which said why.
 */
function relocate(issue: ModelIssue, traced: TracedModel, refused: ReadonlySet<string>): ModelIssue | null {
  const dangling = traced.removed ? leftBehind(issue, traced.model, traced.provenance, traced.removed) : null;
  if (dangling) return refused.has(changeKey(dangling)) ? null : dangling;
  const idledBy = issue.code === "idlePool" ? traced.idled?.get(issue.params.pool) : undefined;
  const located = idledBy ?? reroutedBy(issue, traced) ?? traced.provenance.locate(traced.model, issue.path, KEY_CODES.has(issue.code));
  return located ? { ...issue, ...located } : issue;
}

/** The change an issue of a proposal file is about, as `file#index`. */
const changeKey = (issue: ModelIssue): string => `${issue.file}#${changeIndexOf(issue)}`;

/**
 * Validates the merged raw model as a whole; issues and warnings are relocated, and an error
 * or warning at a base line the changes made wrong goes to the change that did (`replay`: the
 * located issues after the first changes). With refused changes, the errors of the merged model join
 * theirs (its warnings are left out: they are of a model without those changes, and are said
 * once the proposal loads).
 */
function validateMerged({ traced, refusals, refusedNames, proposals }: Extract<Traced, { ok: true }>, path: string, replay: Replay): LoadResult {
  const result = loadModelObject(traced.model, path);
  const refused = new Set(refusals.map(changeKey));
  const own = (issues: readonly ModelIssue[]) => {
    const located = issues
      .filter((issue) => !followsFromRefused(issue, refusedNames))
      .flatMap((merged) => {
        const moved = relocate(merged, traced, refused);
        return moved ? [{ merged, located: moved }] : [];
      });
    return proposals ? causedByChanges(located, traced.model, proposals, replay) : located.map((issue) => issue.located);
  };
  if (refusals.length > 0) {
    const errors = result.ok ? [] : own(result.issues).filter((issue) => issue.severity === "error");
    return { ok: false, issues: sortIssues([...refusals, ...errors]) };
  }
  if (!result.ok) return { ok: false, issues: sortIssues(own(result.issues)) };
  return { ...result, warnings: sortIssues(own(result.warnings)) };
}

/** A model's YAML-shaped document (maps by name, units as written), or the issues of its file. */
export type DocumentResult = { readonly ok: true; readonly document: Record<string, unknown> } | { readonly ok: false; readonly issues: readonly ModelIssue[] };

/**
 * The document behind a model or proposal file, as written (a proposal's changes applied to its
 * base), for editing in code and validating again with `loadModelObject`. The file must load.
 */
export function readAnyModelDocument(path: string, options: LoadAnyOptions = {}): DocumentResult {
  const loaded = loadAnyModelFile(path, options);
  if (!loaded.ok) return loaded;
  const read = readSource(path);
  if (!read.ok) return { ok: false, issues: sortIssues(read.issues) };
  if (!isOverlayDocument(read.raw)) return { ok: true, document: read.raw as Record<string, unknown> };
  const reach = { roots: [dirname(realOf(path)), ...(options.extendsRoots ?? []).map(realOf)] };
  const traced = traceProposal(read.source, read.raw, [resolve(path)], reach);
  if (!traced.ok) return { ok: false, issues: sortIssues(traced.issues) };
  return { ok: true, document: structuredClone(traced.traced.model) as unknown as Record<string, unknown> };
}
