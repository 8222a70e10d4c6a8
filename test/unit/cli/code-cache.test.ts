// The command line starts from V8's code cache (bin/load-cli.js): the build must leave a cache
// made from the very bundle it wrote, one this Node accepts, or every start silently pays
// for compiling the whole CLI again. Checked on the built files.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";

const BUNDLE = new URL("../../../dist/bundle/cli.cjs", import.meta.url).pathname;

describe("the CLI's code cache", () => {
  it("belongs to the built bundle and is accepted by V8", () => {
    const bundle = readFileSync(BUNDLE);
    const cache = readFileSync(`${BUNDLE}.cache`);
    expect(cache.subarray(0, 20).equals(createHash("sha1").update(bundle).digest()), "cache made from another build").toBe(true);
    const wrapped = `(function (exports, require, module, __filename, __dirname, __procsimImport) {${bundle.toString("utf8")}\n})`;
    const script = new Script(wrapped, { filename: BUNDLE, cachedData: cache.subarray(20) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it("leaves no import() in the bundle: each goes through the loader's import", () => {
    const text = readFileSync(BUNDLE, "utf8");
    expect(text).toContain("__procsimImport(");
    expect(text).not.toMatch(/Promise\.resolve\(\)\.then\(\(\)=>[\w$]+\(require\(/);
  });
});
