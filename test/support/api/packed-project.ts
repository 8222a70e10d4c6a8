// A fresh project outside the repository with procsim installed from its own `npm pack`
// tarball, as a newcomer installs it (the npm cache serves the dependencies when it can).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../../../", import.meta.url).pathname;

/** Makes a temporary project with procsim (packed from this checkout) and `extra` packages installed. */
export function packedProject(extra: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "procsim-outside-"));
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", dir], { cwd: ROOT, stdio: "pipe" });
  const tarball = readdirSync(dir).find((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack wrote no tarball");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "outside-project", private: true }));
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", `./${tarball}`, ...extra], { cwd: dir, stdio: "pipe" });
  return dir;
}

/** The code block after `<!-- example: NAME -->` in README.md. */
export function readmeExample(readme: string, name: string): string {
  const marker = `<!-- example: ${name} -->`;
  const start = readme.indexOf(marker);
  if (start < 0) throw new Error(`README.md has no ${marker}`);
  const block = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(start));
  if (!block) throw new Error(`no code block after ${marker}`);
  return block[1];
}
