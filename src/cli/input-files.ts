/**
 * The files a command reads: each model or proposal file named on the command line, the
 * base files their `extends:` chains name, the files their `file:` settings name (sub-process
 * libraries, recorded-arrival CSV files) and, once the models are loaded, every other file
 * read as input (merge part files: files-read.ts) — none of them may be written over by an
 * output, even with --force.
 *
 * `procsim run lunch-proposed.yaml --json branch-counter.yaml --force` names the base model
 * of the proposal as its JSON result, and `procsim run recorded-branch-day.yaml --log
 * recorded-branch-day.csv` the arrivals it replays; both are refused before anything runs.
 */
import { dirname, resolve } from "node:path";
import { isOverlayDocument } from "../model/overlays/parse.js";
import { parseModelText, readModelText } from "../model/source/load.js";
import { filesRead } from "../model/source/files-read.js";

/** Most files followed from the named models (the loader reports cycles and unreadable files). */
const MAX_FILES = 200;

/** The parsed document of a YAML file; null when it cannot be read or parsed. */
function documentOf(path: string): unknown {
  if (!/\.ya?ml$/i.test(path)) return null;
  const read = readModelText(path);
  if (!read.ok) return null;
  const parsed = parseModelText(read.text, path);
  return parsed.ok ? parsed.raw : null;
}

/** The string values of every `file:` key in a document (sub-process uses, recorded arrivals), without recursion. */
function fileSettingsOf(document: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    for (const [key, inner] of Object.entries(value)) {
      if (key === "file" && typeof inner === "string") found.push(inner);
      else stack.push(inner);
    }
  }
  return found;
}

/** The files a document names, resolved against its own folder and the folder of the model that named it. */
function namedFiles(path: string, document: unknown, root: string): string[] {
  const named = fileSettingsOf(document).flatMap((file) => [resolve(dirname(path), file), resolve(dirname(root), file)]);
  const base = isOverlayDocument(document) ? (document as { extends?: unknown }).extends : undefined;
  return typeof base === "string" ? [resolve(dirname(path), base), ...named] : named;
}

/**
 * Every file the models in `paths` are read from: the paths themselves first, then the bases
 * and files they name, then every file read as input so far (after loading).
 */
export function inputFilesOf(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const root = resolve(path);
    const queue = [root];
    while (queue.length > 0 && files.length < MAX_FILES) {
      const current = queue.shift() as string;
      if (files.includes(current)) continue;
      files.push(current);
      queue.push(...namedFiles(current, documentOf(current), root));
    }
  }
  for (const file of filesRead()) if (!files.includes(file)) files.push(file);
  return files;
}
