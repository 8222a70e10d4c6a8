// A report or chart folder records the command and report that wrote it: another command or
// another model's report is refused before anything runs (exit 2, naming the folder, what
// wrote it, --out and --force), and with --force the folder is replaced whole — never a mix of
// the earlier output's files and the new ones; a user's own files stay.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ownerOf, sameOwner, REPORT_MARKER } from "../../../src/report/folder-owner.js";

const BIN = resolve("bin/procsim.js");
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
const listing = (dir: string) => readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]);

function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "procsim-owner-"));
  for (const name of ["branch-counter.yaml", "voucher-filing.yaml"]) copyFileSync(resolve("scenarios", name), join(dir, name));
  return dir;
}

describe("a folder another command or report wrote", () => {
  const dir = workFolder();
  const runBranch = ["run", "branch-counter.yaml", "-r", "2", "--no-png", "--out", "rep"];
  const staff = ["staff", "branch-counter.yaml", "-r", "2", "--interval", "60", "--no-png", "--out", "rep"];

  it("is refused before the run, naming the folder, its writer and the way out", () => {
    expect(run(dir, ...runBranch).status).toBe(0);
    expect(readFileSync(join(dir, "rep", REPORT_MARKER), "utf8")).toContain("command: run\nreport: Branch counter");
    writeFileSync(join(dir, "rep", "notes.txt"), "mine");
    const before = listing(join(dir, "rep"));
    const refusals = [staff, ["sweep", "branch-counter.yaml", "-r", "2", "--vary", "pools.tellers.capacity=2,3", "--no-png", "--out", "rep"], ["run", "voucher-filing.yaml", "-r", "2", "--no-png", "--out", "rep"]];
    for (const command of refusals) {
      const result = run(dir, ...command);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toContain(join(dir, "rep"));
      expect(result.stderr).toContain('procsim run of "Branch counter');
      expect(result.stderr).toMatch(/--out.*--force/);
      expect(result.stdout).toBe("");
    }
    expect(listing(join(dir, "rep"))).toEqual(before);
    expect(run(dir, ...runBranch).status).toBe(0);
  });

  it("with --force is replaced whole: none of the earlier output's files stay, a user's file does", () => {
    const result = run(dir, ...staff, "--force");
    expect(result.status, result.stderr).toBe(0);
    const names = readdirSync(join(dir, "rep")).sort();
    expect(names).toContain("staff.json");
    expect(names).toContain("notes.txt");
    for (const earlier of ["index.html", "report.json", "kpis.csv", "key-figures.svg"]) expect(names).not.toContain(earlier);
    expect(readFileSync(join(dir, "rep", REPORT_MARKER), "utf8")).toContain("command: staff\n");
    expect(run(dir, ...staff).status).toBe(0);
  });
});

describe("folder owners", () => {
  const dir = mkdtempSync(join(tmpdir(), "procsim-owner-"));
  const marker = (folder: string, text: string, data?: string) => {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, REPORT_MARKER), text);
    if (data) writeFileSync(join(dir, folder, data), "{}\n");
    return ownerOf(join(dir, folder));
  };

  it("reads markers written before the command was recorded", () => {
    expect(marker("old-report", "This folder was written by procsim.\nreport: A vs B\n")).toEqual({ command: "report", name: "A vs B" });
    expect(marker("old-staff", "This folder was written by procsim.\n", "staff.json")).toEqual({ command: "staff", name: null });
    expect(ownerOf(join(dir, "none"))).toBeNull();
  });

  it("matches the same command and name only", () => {
    expect(sameOwner({ command: "run", name: "A" }, { command: "run", name: "A" })).toBe(true);
    expect(sameOwner({ command: "run", name: "A" }, { command: "staff", name: "A" })).toBe(false);
    expect(sameOwner({ command: "run", name: "A" }, { command: "run", name: "B" })).toBe(false);
    expect(sameOwner({ command: "report", name: "A vs B" }, { command: "compare", name: "A vs B" })).toBe(true);
    expect(sameOwner({ command: "sweep", name: null }, { command: "sweep", name: "A" })).toBe(true);
  });
});
