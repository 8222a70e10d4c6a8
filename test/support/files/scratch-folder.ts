/**
 * A scratch folder of model files for one test file, removed after its tests: a proposal test
 * writes `current.yaml` and `rpa.yaml` (which `extends:` it) and loads the proposal by path.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** A folder under the system's temporary folder, and a writer that returns each file's path. */
export interface ScratchFolder {
  readonly dir: string;
  write(name: string, text: string): string;
}

/** Makes the folder now (named `<prefix>…`) and removes it when the calling test file ends. */
export function scratchFolder(prefix: string): ScratchFolder {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name: string, text: string): string {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}
