/**
 * Files a model reads from its own folder (sub-process libraries, recorded arrivals), under
 * the rule of a proposal's `extends:`: the file must lie in the model's folder or below it
 * (symlinks resolved), and it is read like a model file (regular files only, 10 MB cap, no
 * NUL bytes; read-file.ts), so a model cannot read /dev/zero, a named pipe or files elsewhere.
 *
 * `recorded: { file: days/tuesday.csv }` in branches/riverside.yaml reads
 * branches/days/tuesday.csv; `file: ../../etc/passwd` is refused with a reason in words.
 */
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { readModelFile } from "./read-file.js";

/**
 * The text of a file beside the model, or why it cannot be used (a phrase) and, when the
 * model has no folder at all, what to do instead of naming another file.
 */
export type FolderRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string; readonly advice?: string };

/** How a model loaded from text or an object gets a folder: the path of its file, as the loader's second argument. */
export const NO_FOLDER_ADVICE =
  'give the path of the model file as the second argument of the call that loads it, e.g. loadModelObject(document, "examples/recorded-branch-day.yaml") or loadModelText(text, "examples/recorded-branch-day.yaml"); files it names are read from that file\'s folder';

/** The real path of a file (symlinks resolved) when it exists, else its resolved path. */
function realOf(path: string): string {
  return existsSync(path) ? realpathSync(path) : resolve(path);
}

/** True when `path` lies strictly inside the folder `root`. */
export function within(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/**
 * Reads `file` (relative to the folder of `modelFile`) when it has the extension `pattern`
 * names (`what` words it for the reason) and lies in that folder or below it. Never throws.
 */
export function readBesideModel(modelFile: string | null, file: string, pattern: RegExp, what: string): FolderRead {
  if (!pattern.test(file)) return { ok: false, reason: `it is not a ${what} file` };
  if (modelFile === null) return { ok: false, reason: "a model given as text has no folder to read it from", advice: NO_FOLDER_ADVICE };
  if (!existsSync(modelFile)) return { ok: false, reason: `the model was not loaded from a file ("${modelFile}" is none), so it has no folder to read it from`, advice: NO_FOLDER_ADVICE };
  const target = resolve(dirname(modelFile), file);
  if (!within(realOf(target), realOf(dirname(modelFile)))) return { ok: false, reason: "it lies outside the model's folder" };
  const read = readModelFile(target);
  if (!read.ok) return { ok: false, reason: `it cannot be read (${read.draft.code})` };
  return { ok: true, text: read.text };
}
