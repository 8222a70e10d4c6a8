/**
 * The files this process has read as model-language input: model and proposal files, their
 * `extends:` bases, sub-process libraries, recorded-arrival CSV files and merge part files —
 * every file read through `readModelFile`.
 *
 * After `procsim run recorded-branch-day.yaml` has loaded the model, `filesRead()` holds
 * recorded-branch-day.yaml and recorded-branch-day.csv, so `--log recorded-branch-day.csv`
 * is refused as a file the run reads, with or without --force. Kept on the global object
 * (like the language): the library bundle and the modules it loads each have a copy of this file.
 */
import { resolve } from "node:path";

const KEY = Symbol.for("procsim.filesRead");
const holder = globalThis as unknown as Record<typeof KEY, Set<string> | undefined>;
const files = (): Set<string> => (holder[KEY] ??= new Set());

/** Records that `path` (resolved against the working directory) was read as input. */
export function noteFileRead(path: string): void {
  files().add(resolve(path));
}

/** Every file read as input so far, absolute paths in the order first read. */
export function filesRead(): readonly string[] {
  return [...files()];
}
