/**
 * Writes a generated reference file (`procsim schema --out`, `procsim kpis --out`) under the
 * same rules as every other output: inside the working directory unless --allow-outside
 * (symlinks resolved), never a folder, never over a file that is not an earlier copy (a model
 * file named by mistake) unless --force, and atomically, so an earlier file survives a failure.
 *
 * `procsim schema --out docs/procsim.schema.json` replaces the editor schema in place;
 * `procsim schema --out ../../etc/x.json` is refused with exit code 2.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { writeFileAtomic } from "../report/write-atomic.js";
import { resolveOutputPath } from "../report/write-policy.js";
import { EXIT } from "./output.js";

/** Characters at the start of a generated file that identify its kind (the schema's $id, the reference's title). */
const SIGNATURE_LENGTH = 48;

/** True when the file at `path` starts like `text`: an earlier copy of the same generated file. */
function isEarlierCopy(path: string, text: string): boolean {
  return readFileSync(path, "utf8").slice(0, SIGNATURE_LENGTH) === text.slice(0, SIGNATURE_LENGTH);
}

/** Why `path` may not receive the generated text, or null. */
function existingFileProblem(path: string, text: string, what: string, force: boolean): string | null {
  if (!existsSync(path)) return null;
  if (!statSync(path).isFile()) return `refusing to write the ${what} to ${path}: it exists and is not a regular file`;
  if (!force && !isEarlierCopy(path, text)) return `refusing to overwrite ${path}: it is not a ${what} procsim wrote. Choose another file, or pass --force to replace it.`;
  return null;
}

/**
 * Writes `text` to `out` (`what` names it in messages); sets exit code 2 and says why when
 * refused or failed. An existing file is replaced only when it is an earlier copy of the same
 * generated file, or with `force`.
 */
export function writeGeneratedText(out: string, text: string, what: string, allowOutside: boolean, force = false): void {
  const target = resolveOutputPath(out, what, { allowOutside, caller: "cli" });
  if (!target.ok) {
    for (const problem of target.issues) process.stderr.write(`procsim: ${problem.message}\n`);
    process.exitCode = EXIT.invalid;
    return;
  }
  const problem = existingFileProblem(target.path, text, what, force);
  if (problem !== null) {
    process.stderr.write(`procsim: ${problem}\n`);
    process.exitCode = EXIT.invalid;
    return;
  }
  try {
    writeFileAtomic(target.path, text);
    process.stdout.write(`wrote ${out}\n`);
  } catch (cause) {
    process.stderr.write(`procsim: could not write ${out}: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    process.exitCode = EXIT.invalid;
  }
}
