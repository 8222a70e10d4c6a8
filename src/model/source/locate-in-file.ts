/**
 * Placing a finding about a loaded model back in its file, after loading: the run-budget
 * warning ("about 1.8e12 events… about 5 days on this machine") is worked out from the whole
 * model and the options, so it has no YAML node of its own. It points at the first of its
 * candidate paths the file has — `run.horizon` of account-opening.yaml, say, at 3:12 — or at
 * the start of the file when none is written there (a proposal that changes only staffing).
 */
import type { ModelPath } from "../compile/model.js";
import { readModelFile } from "./read-file.js";
import { locatePath, parseYaml, pathExists, type Position } from "./yaml-source.js";

const FILE_START: Position = { line: 1, column: 1 };

/**
 * The path and position of the first candidate path present in the file; the file start (and
 * an empty path) when the file cannot be read or parsed or has none of them. Reads the file
 * again: meant for rare findings, never for the per-issue path of validation.
 */
export function locateInFile(file: string, candidates: readonly ModelPath[]): { readonly path: ModelPath; readonly position: Position } {
  const read = readModelFile(file);
  if (!read.ok) return { path: [], position: FILE_START };
  const { source, issues } = parseYaml(read.text);
  if (issues.length > 0) return { path: [], position: FILE_START };
  const path = candidates.find((candidate) => pathExists(source, candidate));
  return path ? { path, position: locatePath(source, path) } : { path: [], position: FILE_START };
}
