// The command line, the library root, the worker's engine and the chart renderer start from V8's
// code cache (bin/load-bundle.cjs): the
// build must leave, beside each CommonJS bundle, a cache made from the very bundle it wrote,
// one this Node accepts, or every start silently pays for compiling the bundle again. The
// bundles' import() calls must all go through the loader's import (code from the cache cannot
// run import() itself on Node 20). Checked on the built files.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";

const BUNDLES = ["cli.cjs", "library.cjs", "replication-batch.cjs", "render-svg.cjs"].map((name) => new URL(`../../../dist/bundle/${name}`, import.meta.url).pathname);
/** Each bundle's default cache, and the CLI's second one for the commands that simulate. */
const CACHES = [...BUNDLES.map((bundleFile) => [bundleFile, `${bundleFile}.cache`]), [BUNDLES[0], `${BUNDLES[0]}.simulate.cache`]];

describe.each(CACHES)("the code cache of %s in %s", (bundleFile, cacheFile) => {
  it("names the bundle's build on its first line, and belongs to that build", () => {
    const text = readFileSync(bundleFile, "utf8");
    const [, name, rest] = /^\/\/ procsim bundle ([0-9a-f]{40})\n([\s\S]*)$/.exec(text) ?? [];
    expect(name, "the bundle's first line names no build").toBeDefined();
    expect(createHash("sha1").update(rest).digest("hex"), "the name is not the SHA-1 of the rest").toBe(name);
    expect(readFileSync(cacheFile).toString("latin1", 0, 40), "cache made from another build").toBe(name);
  });

  it("is accepted by V8", () => {
    const wrapped = `(function (exports, require, module, __filename, __dirname, __procsimImport) {${readFileSync(bundleFile, "utf8")}\n})`;
    const script = new Script(wrapped, { filename: bundleFile, cachedData: readFileSync(cacheFile).subarray(40) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it("leaves no import() in the bundle: each goes through the loader's import", () => {
    const text = readFileSync(bundleFile, "utf8");
    // The CLI and the library import the report writer on demand; the replication runner and the chart renderer import nothing of procsim's.
    if (!/(replication-batch|render-svg)\.cjs$/.test(bundleFile)) expect(text).toContain("__procsimImport(");
    expect(text).not.toMatch(/Promise\.resolve\(\)\.then\(\(\)=>[\w$]+\(require\(/);
  });
});
