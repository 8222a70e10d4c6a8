/**
 * The hostile corpus (test/fixtures/broken) as a user meets it: `procsim validate` exits with
 * the code a case names (default 2), every message a case promises (`# says:`) is there, no
 * message echoes what a case hides (`# hides:`, e.g. the content of a file `extends:` should
 * not read), no corpus file changes — and none of the library's loaders throws on any file.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validateCommand } from "../../../src/cli/commands/validate.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { loadModelFile, loadModelObject, loadModelText } from "../../../src/model/source/load.js";

const DIR = resolve(new URL(".", import.meta.url).pathname, "../../fixtures/broken");
const FILES = readdirSync(DIR).filter((name) => name.endsWith(".yaml")).sort();

/** A header line `# <key>: value` of a case, or undefined. */
function header(name: string, key: string): string | undefined {
  const text = readFileSync(join(DIR, name), "latin1");
  return new RegExp(`^# ${key}: (.+)$`, "m").exec(text)?.[1].trim();
}

/** Hash of every file under the corpus folder (to prove nothing was written). */
function corpusHash(dir = DIR): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    hash.update(name);
    hash.update(statSync(path).isDirectory() ? corpusHash(path) : readFileSync(path));
  }
  return hash.digest("hex");
}

afterEach(() => {
  process.exitCode = 0;
});

describe("hostile corpus through procsim validate", () => {
  const before = corpusHash();

  it.each(FILES)("%s: exit code, promised message, nothing echoed", async (name) => {
    let out = "";
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      await validateCommand.handler({ files: [join(DIR, name)], _: [], $0: "procsim" } as never);
    } finally {
      spy.mockRestore();
    }
    expect(Number(process.exitCode)).toBe(Number(header(name, "exit") ?? 2));
    const says = header(name, "says");
    if (says) expect(out).toContain(says);
    const hides = header(name, "hides");
    if (hides) expect(out).not.toContain(hides);
    expect(out).toMatch(/:\d+:\d+ {2}/);
  });

  it("leaves every corpus file unchanged", () => {
    expect(corpusHash()).toBe(before);
  });
});

describe("the library's loaders never throw on a corpus file", () => {
  it.each(FILES)("%s", (name) => {
    const path = join(DIR, name);
    const text = readFileSync(path, "utf8");
    for (const load of [() => loadModelFile(path), () => loadAnyModelFile(path), () => loadModelText(text, path), () => loadModelObject({ text })]) {
      expect(load).not.toThrow();
    }
  });
});
