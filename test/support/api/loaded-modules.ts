// Runs a script in a fresh Node process and lists every module it loaded: ES modules through a
// loader hook that appends each URL to a file, CommonJS modules from require.cache. Used to
// check what importing procsim costs (no chart renderer until a chart image is made).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HOOK = `
import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(process.env.LOADED_MODULES_FILE, url + "\\n");
  return next(url, context);
}`;

/** Module URLs and file paths loaded by `script` (an .mjs or .cjs body, chosen by `kind`). */
export function modulesLoadedBy(script: string, kind: "esm" | "cjs"): string[] {
  const dir = mkdtempSync(join(tmpdir(), "procsim-loaded-"));
  try {
    const listFile = join(dir, "loaded.txt");
    const hookFile = join(dir, "hook.mjs");
    const registerFile = join(dir, "register.mjs");
    const scriptFile = join(dir, kind === "esm" ? "script.mjs" : "script.cjs");
    writeFileSync(listFile, "");
    writeFileSync(hookFile, HOOK);
    writeFileSync(registerFile, `import { register } from "node:module";\nregister(${JSON.stringify(new URL(`file://${hookFile}`).href)});\n`);
    const dumpCache = kind === "cjs" ? `\nrequire("node:fs").appendFileSync(process.env.LOADED_MODULES_FILE, Object.keys(require.cache).join("\\n") + "\\n");\n` : "";
    writeFileSync(scriptFile, `${script}${dumpCache}`);
    execFileSync(process.execPath, ["--import", registerFile, scriptFile], { env: { ...process.env, LOADED_MODULES_FILE: listFile }, stdio: "pipe" });
    return readFileSync(listFile, "utf8").split("\n").filter((line) => line.length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
