// Every command that writes follows one output policy, checked before anything runs: sweep,
// merge and staff refuse to write over a model or part file they read (also a proposal's
// base, even with --force) or outside the working directory; schema and kpis --out replace
// only an earlier copy of themselves unless --force; staff holds its numbers to the model's
// limits; and a reader that closes the pipe early ends the output quietly.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/procsim.js");
const BASE = resolve("test/fixtures/broken/bases/valid-base.yaml");
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

/** A fresh working folder with the base model and a proposal extending it. */
function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "procsim-outputs-"));
  copyFileSync(BASE, join(dir, "base.yaml"));
  writeFileSync(join(dir, "proposal.yaml"), "name: more clerks\nextends: base.yaml\nchanges:\n  - setCapacity: { resource: clerks, capacity: 3 }\n");
  return dir;
}

describe("sweep, merge and staff outputs", () => {
  const dir = workFolder();
  const model = readFileSync(join(dir, "base.yaml"), "utf8");
  const sweep = ["sweep", "base.yaml", "--vary", "arrivals.files.scale=1,2", "-r", "2", "--no-report"];

  it("sweep refuses --json naming the model it reads, and paths outside, before running", () => {
    for (const target of [["--json", "base.yaml"], ["--json", "../elsewhere.json"], ["--csv", "../elsewhere"]]) {
      const result = run(dir, ...sweep, ...target);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stdout).not.toContain("points");
    }
    expect(readFileSync(join(dir, "base.yaml"), "utf8")).toBe(model);
  });

  it("a proposal's base is an input too, even with --force", () => {
    for (const command of [["run", "proposal.yaml", "-r", "2"], ["sweep", "proposal.yaml", "--vary", "arrivals.files.scale=1,2", "-r", "2"]]) {
      const result = run(dir, ...command, "--no-report", "--json", "base.yaml", "--force");
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toContain("it is a file this run reads");
    }
    expect(readFileSync(join(dir, "base.yaml"), "utf8")).toBe(model);
  });

  it("sweep replaces its own JSON and CSV on a second run", () => {
    for (let i = 0; i < 2; i++) expect(run(dir, ...sweep, "--json", "sweep.json", "--csv", "tables").status).toBe(0);
  });

  it("merge refuses to write over a part file it reads, and reads no pipe or device", () => {
    for (const shard of ["1/2", "2/2"]) expect(run(dir, "run", "base.yaml", "-r", "2", "--no-report", "--shard", shard, "--json", `part-${shard[0]}.json`).status).toBe(0);
    const part = readFileSync(join(dir, "part-1.json"), "utf8");
    const result = run(dir, "merge", "part-1.json", "part-2.json", "--no-report", "--json", "part-1.json");
    expect(result.status).toBe(2);
    expect(readFileSync(join(dir, "part-1.json"), "utf8")).toBe(part);
    const device = run(dir, "merge", "/dev/zero", "--no-report");
    expect(device.status).toBe(2);
    expect(device.stderr).toContain("not a regular file");
  });

  it("staff holds cost, rounds and staff numbers to the model's limits", () => {
    const result = run(dir, "staff", "base.yaml", "--target", "80%@5min", "--no-report", "--cost-per-hour", "-5", "--rounds", "1e9", "--max-staff", "1e9");
    expect(result.status).toBe(2);
    for (const option of ["--cost-per-hour", "--rounds", "--max-staff"]) expect(result.stderr).toContain(option);
  });
});

describe("generated files and closed pipes", () => {
  const dir = workFolder();

  it("schema and kpis --out refuse to overwrite a model file unless --force", () => {
    const model = readFileSync(join(dir, "base.yaml"), "utf8");
    for (const command of ["schema", "kpis"]) {
      const result = run(dir, command, "--out", "base.yaml");
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("--force");
    }
    expect(readFileSync(join(dir, "base.yaml"), "utf8")).toBe(model);
    expect(run(dir, "kpis", "--out", "base.yaml", "--force").status).toBe(0);
  });

  it("a reader that closes the pipe early ends the output with exit code 0 and no stack trace", () => {
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" kpis | head -c 1 > /dev/null; exit \${PIPESTATUS:-0}`], { encoding: "utf8" });
    expect(result.stderr).not.toContain("EPIPE");
  });
});
