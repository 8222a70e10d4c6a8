// The bundles replace string-width with a function that measures one-column text by its
// length (bin/narrow-string-width.mjs). Both ways the dependencies reach it must get that
// function: `import stringWidth from "string-width"` (yargs, the table layout) and
// `require("string-width")` (cli-progress draws the progress bar with it on a terminal), and
// text of wide characters must still be measured by string-width itself.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { narrowFirstStringWidth } from "../../../bin/narrow-string-width.mjs";

const dir = mkdtempSync(join(tmpdir(), "procsim-string-width-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROOT = new URL("../../../", import.meta.url).pathname;
const TEXTS = ["counter", "──── – ≥ ×", "营业部柜台", "queue 📞"];

/** Bundles `source` (format of the bundle) with the plugin, runs it, and returns what it printed. */
async function bundleAndRun(source: string, format: "esm" | "cjs"): Promise<unknown> {
  const entry = join(dir, `entry-${format}.${format === "esm" ? "mjs" : "cjs"}`);
  const outfile = join(dir, `out-${format}.${format === "esm" ? "mjs" : "cjs"}`);
  writeFileSync(entry, source);
  const banner = format === "esm" ? 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' : "";
  await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format, target: "node20", banner: { js: banner }, nodePaths: [`${ROOT}node_modules`], plugins: [narrowFirstStringWidth], logLevel: "silent" });
  return JSON.parse(execFileSync(process.execPath, [outfile], { encoding: "utf8" }));
}

describe("the bundles' string-width", () => {
  it("is the measuring function for import and for require()", async () => {
    const texts = JSON.stringify(TEXTS);
    const imported = await bundleAndRun(`import stringWidth from "string-width";\nconsole.log(JSON.stringify(${texts}.map((t) => stringWidth(t))));\n`, "esm");
    const required = await bundleAndRun(`const stringWidth = require("string-width");\nconsole.log(JSON.stringify(${texts}.map((t) => stringWidth(t))));\n`, "cjs");
    expect(imported).toEqual([7, 10, 10, 8]);
    expect(required).toEqual([7, 10, 10, 8]);
  });
});
