/**
 * Loading any model file: a plain model, or a proposal that `extends` another file.
 *
 * `procsim compare account-opening.yaml account-opening-rpa-proposed.yaml` loads the
 * proposal by reading its base (relative to the proposal file), applying the changes to the
 * base as written, and validating the result as one whole model. Every problem is reported
 * where it was written: in the proposal for a change, in the base file for an untouched
 * part. A proposal may extend another proposal; a cycle is reported.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { error, KEY_CODES, sortIssues, wordIssue, type IssueDraft, type ModelIssue } from "../source/issues.js";
import { loadModelFile, loadModelObject, type LoadResult } from "../source/load.js";
import { applyOverlay, type TracedModel } from "./apply.js";
import { isOverlayDocument, parseOverlay } from "./parse.js";
import { Provenance, type SourceFile } from "./provenance.js";
import type { MutableModel } from "./routes.js";
import { locatePath, MAX_ALIAS_COUNT, parseYaml } from "../source/yaml-source.js";

/** Files larger than this are left to `loadModelFile`, which reports them. */
const MAX_OVERLAY_BYTES = 10 * 1024 * 1024;

type Traced = { ok: true; traced: TracedModel } | { ok: false; issues: ModelIssue[] };

/** A parsed file, or null when it cannot be read or parsed (the model loader then reports why). */
function readSource(path: string): { source: SourceFile; raw: unknown } | null {
  try {
    if (statSync(path).size > MAX_OVERLAY_BYTES) return null;
    const { source, issues } = parseYaml(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
    if (issues.length > 0) return null;
    return { source: { file: path, yaml: source }, raw: source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    return null;
  }
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

/** Loads a model file or a proposal file (see the module comment). */
export function loadAnyModelFile(path: string): LoadResult {
  const read = readSource(path);
  if (!read || !isOverlayDocument(read.raw)) return loadModelFile(path);
  const traced = traceProposal(read.source, read.raw, [resolve(path)]);
  if (!traced.ok) return { ok: false, issues: sortIssues(traced.issues) };
  return validateMerged(traced.traced, path);
}

/** The raw model behind a file (plain or proposal), with provenance; base errors as issues. */
function traceFile(path: string, chain: readonly string[]): Traced {
  const read = readSource(path);
  if (read && isOverlayDocument(read.raw)) return traceProposal(read.source, read.raw, [...chain, resolve(path)]);
  const standalone = loadModelFile(path);
  if (!standalone.ok || !read) return { ok: false, issues: standalone.ok ? [] : [...standalone.issues] };
  const provenance = new Provenance();
  provenance.adopt(read.raw, { source: read.source, path: [] });
  return { ok: true, traced: { model: read.raw as MutableModel, provenance } };
}

function traceProposal(source: SourceFile, raw: unknown, chain: readonly string[]): Traced {
  const parsed = parseOverlay(raw);
  if (!parsed.ok) return { ok: false, issues: locateDrafts(parsed.drafts, source) };
  const basePath = resolve(dirname(source.file), parsed.overlay.extends);
  if (chain.includes(basePath)) {
    const draft = error("invalidValue", ["extends"], { found: `a cycle: ${[...chain, basePath].join(" → ")}`, expected: "a proposal must not extend itself, directly or through other proposals" });
    return { ok: false, issues: locateDrafts([draft], source) };
  }
  const base = traceFile(basePath, chain);
  if (!base.ok) return base;
  const applied = applyOverlay(base.traced, { overlay: parsed.overlay, changes: parsed.changes, source });
  if (applied.drafts.length > 0) return { ok: false, issues: locateDrafts(applied.drafts, source) };
  return { ok: true, traced: { model: applied.model, provenance: base.traced.provenance } };
}

/** Moves an issue of the merged model to the file and position its offending part came from. */
function relocate(issue: ModelIssue, traced: TracedModel): ModelIssue {
  const located = traced.provenance.locate(traced.model, issue.path, KEY_CODES.has(issue.code));
  return located ? { ...issue, ...located } : issue;
}

/** Validates the merged raw model as a whole; issues and warnings are relocated. */
function validateMerged(traced: TracedModel, path: string): LoadResult {
  const result = loadModelObject(traced.model, path);
  if (!result.ok) return { ok: false, issues: sortIssues(result.issues.map((issue) => relocate(issue, traced))) };
  return { ...result, warnings: sortIssues(result.warnings.map((issue) => relocate(issue, traced))) };
}
