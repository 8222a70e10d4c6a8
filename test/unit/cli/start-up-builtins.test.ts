// Node's own modules that `procsim validate` and `procsim --help` must not load: each costs
// start-up time and none is needed to check a model. node:assert (yargs' checks get a
// stand-in, bin/lazy-assert.mjs, and its search for a package.json, which failed in a folder
// without one, is answered by bin/yargs-own-manifest.mjs); Node's ES module loader with
// readline and fs/promises under it (the entry bin/procsim.js is CommonJS); node:worker_threads
// (loaded with the first worker). Checked on the built CLI, run from a folder with no
// package.json above it, with a probe that lists the loaded built-ins at exit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../../", import.meta.url).pathname;
const UNWANTED = ["NativeModule assert", "NativeModule internal/modules/esm/module_job", "NativeModule internal/readline/interface", "NativeModule internal/fs/promises", "NativeModule worker_threads"];

/** The built-in modules loaded by the CLI run with `args`. */
function builtinsLoadedBy(args: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "procsim-builtins-"));
  try {
    const probe = join(dir, "probe.cjs");
    const list = join(dir, "loaded.txt");
    writeFileSync(probe, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join("\\n")));`);
    // From a folder with no package.json above it, as an analyst's model folder.
    const run = spawnSync(process.execPath, ["-r", probe, `${ROOT}bin/procsim.js`, ...args], { encoding: "utf8", cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    return readFileSync(list, "utf8").split("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("built-in modules at start-up", () => {
  it.each([[["validate", `${ROOT}scenarios/call-centre.yaml`]], [["--help"]]])("procsim %j loads none of the unneeded ones", (args) => {
    const loaded = builtinsLoadedBy(args);
    expect(loaded).toContain("NativeModule vm");
    expect(UNWANTED.filter((name) => loaded.includes(name))).toEqual([]);
  });
});
