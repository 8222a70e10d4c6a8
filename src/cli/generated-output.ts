/**
 * Writes a generated reference file (`procsim schema --out`, `procsim kpis --out`) under the
 * same rules as every other output: inside the working directory unless --allow-outside
 * (symlinks resolved), never a folder, and atomically, so an earlier file survives a failure.
 *
 * `procsim schema --out docs/procsim.schema.json` replaces the editor schema in place;
 * `procsim schema --out ../../etc/x.json` is refused with exit code 2.
 */
import { existsSync, statSync } from "node:fs";
import { writeFileAtomic } from "../report/write-atomic.js";
import { resolveOutputPath } from "../report/write-policy.js";
import { EXIT } from "./output.js";

/** Writes `text` to `out` (`what` names it in messages); sets exit code 2 and says why when refused or failed. */
export function writeGeneratedText(out: string, text: string, what: string, allowOutside: boolean): void {
  const target = resolveOutputPath(out, what, { allowOutside });
  if (!target.ok) {
    for (const problem of target.issues) process.stderr.write(`procsim: ${problem.message}\n`);
    process.exitCode = EXIT.invalid;
    return;
  }
  if (existsSync(target.path) && !statSync(target.path).isFile()) {
    process.stderr.write(`procsim: refusing to write the ${what} to ${target.path}: it exists and is not a regular file\n`);
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
