// yargs imports node:assert for checks that pass at every start; the bundles give it a
// stand-in (bin/lazy-assert.mjs) that compares with Object.is and loads node:assert only to
// throw its own error (start-up-builtins.test.ts checks the CLI then loads no node:assert).
import { createRequire } from "node:module";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { lazyAssertInYargs } from "../../../bin/lazy-assert.mjs";

const ROOT = new URL("../../../", import.meta.url).pathname;

type Compare = (actual: unknown, expected: unknown) => void;

/** The stand-in as yargs gets it: a module of yargs importing "assert", bundled with the plugin. */
async function standIn(): Promise<{ required: string[]; strictEqual: Compare; notStrictEqual: Compare }> {
  const result = await build({
    stdin: { contents: 'export { strictEqual, notStrictEqual } from "assert";', resolveDir: `${ROOT}node_modules/yargs/lib`, sourcefile: "probe.mjs" },
    bundle: true, platform: "node", format: "cjs", write: false, logLevel: "silent", plugins: [lazyAssertInYargs],
  });
  const module = { exports: {} as { strictEqual: Compare; notStrictEqual: Compare } };
  const required: string[] = [];
  const realRequire = createRequire(import.meta.url);
  const spy = (id: string): unknown => (required.push(id), realRequire(id));
  new Function("module", "exports", "require", result.outputFiles[0].text)(module, module.exports, spy);
  return { required, ...module.exports };
}

describe("node:assert inside yargs", () => {
  it("passes equal values quietly and throws node:assert's error otherwise", async () => {
    const { required, strictEqual, notStrictEqual } = await standIn();
    expect(() => strictEqual(NaN, NaN)).not.toThrow();
    expect(() => notStrictEqual("a", "b")).not.toThrow();
    expect(required, "node:assert loaded before any check failed").toEqual([]);
    expect(() => strictEqual(1, 2)).toThrow(expect.objectContaining({ code: "ERR_ASSERTION" }));
    expect(() => notStrictEqual(undefined, undefined)).toThrow(expect.objectContaining({ code: "ERR_ASSERTION" }));
  });
});
