/**
 * The files a command reads: each model or proposal file named on the command line and the
 * base files their `extends:` chains name — none of them may be written over by an output.
 *
 * `procsim run lunch-proposed.yaml --json branch-counter.yaml --force` names the base model
 * of the proposal as its JSON result; the base is an input of the run, so the write is refused
 * even with --force.
 */
import { dirname, resolve } from "node:path";
import { isOverlayDocument } from "../model/overlays/parse.js";
import { parseModelText, readModelText } from "../model/source/load.js";

/** Longest `extends:` chain followed (the loader reports cycles and unreadable bases). */
const MAX_CHAIN = 50;

/** The base file a proposal names, resolved against the proposal's folder; null for a plain model or an unreadable file. */
function baseOf(path: string): string | null {
  const read = readModelText(path);
  if (!read.ok) return null;
  const parsed = parseModelText(read.text, path);
  if (!parsed.ok || !isOverlayDocument(parsed.raw)) return null;
  const base = (parsed.raw as { extends?: unknown }).extends;
  return typeof base === "string" ? resolve(dirname(path), base) : null;
}

/** Every file the models in `paths` are read from (the paths themselves first, then their bases). */
export function inputFilesOf(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let current: string | null = resolve(path);
    for (let hops = 0; current !== null && !files.includes(current) && hops < MAX_CHAIN; hops++) {
      files.push(current);
      current = baseOf(current);
    }
  }
  return files;
}
