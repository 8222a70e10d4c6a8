// `procsim schema --out` and `procsim kpis --out` follow the output rules of every other
// output: inside the working directory (symlinks resolved) unless --allow-outside, written
// atomically, exit code 2 with a message when refused.
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/procsim.js");
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

describe("generated reference files", () => {
  const root = mkdtempSync(join(tmpdir(), "procsim-generated-"));
  const work = join(root, "work");
  mkdirSync(work);
  symlinkSync(root, join(work, "up"));

  it("writes the schema inside the working directory", () => {
    const result = run(work, "schema", "--out", "schema.json");
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "schema.json"), "utf8"))).toHaveProperty("$schema");
  });

  it("refuses a path outside it, also through a symlink, with exit code 2", () => {
    for (const out of ["../schema.json", "up/schema.json"]) {
      const result = run(work, "schema", "--out", out);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("outside the working directory");
      expect(existsSync(join(root, "schema.json"))).toBe(false);
    }
  });

  it("writes outside with --allow-outside, and the KPI reference too", () => {
    expect(run(work, "kpis", "--out", "../kpis.md", "--allow-outside").status).toBe(0);
    expect(readFileSync(join(root, "kpis.md"), "utf8")).toMatch(/^# /);
  });

  it("refuses a folder as the target and a file it did not write (unless --force), and replaces an earlier copy whole", () => {
    mkdirSync(join(work, "folder"));
    expect(run(work, "kpis", "--out", "folder").status).toBe(2);
    writeFileSync(join(work, "kpis.md"), "earlier");
    expect(run(work, "kpis", "--out", "kpis.md").status).toBe(2);
    expect(readFileSync(join(work, "kpis.md"), "utf8")).toBe("earlier");
    expect(run(work, "kpis", "--out", "kpis.md", "--force").status).toBe(0);
    expect(run(work, "kpis", "--out", "kpis.md").status).toBe(0);
    expect(readFileSync(join(work, "kpis.md"), "utf8")).toBe(readFileSync(join(root, "kpis.md"), "utf8"));
  });
});
