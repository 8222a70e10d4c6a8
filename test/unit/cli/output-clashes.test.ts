// Outputs that would write over each other are refused before anything runs: two options
// naming one file (also through a symlink), a file where another option needs a folder, and a
// file inside the report folder the report replaces; the CLI says which options clash and
// exits with code 2 without simulating or writing.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { inReportFolderProblems, outputFilesOf, sameFileProblems } from "../../../src/cli/output-clashes.js";

const BIN = resolve("bin/procsim.js");
const BASE = resolve("test/fixtures/broken/bases/valid-base.yaml");

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "procsim-clashes-"));
  copyFileSync(BASE, join(dir, "base.yaml"));
  return dir;
}

describe("output clashes", () => {
  const dir = folder();
  const clashes = (files: Parameters<typeof outputFilesOf>, report?: string) => {
    const outputs = outputFilesOf(...files);
    return [...sameFileProblems(outputs, dir), ...(report === undefined ? [] : inReportFolderProblems(outputs, join(dir, report), `--out ${report}`, dir))].map((p) => p.message);
  };

  it("lists the files each option writes", () => {
    expect(outputFilesOf({ json: "r.json", csv: "tables" }, ["kpis.csv"], ["log.xes"])).toEqual([
      { option: "--json r.json", path: "r.json" },
      { option: "--csv tables (kpis.csv)", path: join("tables", "kpis.csv") },
      { option: "--log log.xes", path: "log.xes" },
    ]);
    expect(outputFilesOf({ json: " ", csv: undefined }, ["kpis.csv"], [])).toEqual([]);
  });

  it("finds two options naming the same file, also through a symlinked folder", () => {
    mkdirSync(join(dir, "real"));
    symlinkSync(join(dir, "real"), join(dir, "link"));
    expect(clashes([{ json: "ev.csv" }, [], ["ev.csv"]])).toEqual([`--json ev.csv and --log ev.csv name the same file ${join(dir, "ev.csv")}: one would overwrite the other. Give each output a file of its own.`]);
    expect(clashes([{ json: "link/kpis.csv", csv: "real" }, ["kpis.csv"], []])).toHaveLength(1);
    expect(clashes([{ json: "a.json", csv: "tables" }, ["kpis.csv"], ["log.csv"]])).toEqual([]);
  });

  it("finds a file another option needs as a folder", () => {
    expect(clashes([{ json: "t", csv: "t" }, ["kpis.csv"], []])).toEqual(["--csv t (kpis.csv) lies inside --json t, which is written as a file. Give each output a path of its own."]);
  });

  it("finds files inside the report folder, and only those", () => {
    expect(clashes([{ json: "rep/report.json", csv: "elsewhere" }, ["kpis.csv"], ["rep/sub/log.csv"]], "rep")).toEqual([
      `--json rep/report.json is inside the report folder --out rep (${join(dir, "rep")}), which the report replaces as a whole: the file would be lost. Write it outside that folder, or choose another report folder with --out.`,
      expect.stringMatching(/^--log rep\/sub\/log\.csv is inside the report folder --out rep /),
    ]);
    expect(clashes([{ json: "rep.json" }, [], ["report/log.csv"]], "rep")).toEqual([]);
  });
});

describe("the CLI refuses clashing outputs before simulating (exit 2)", () => {
  const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

  it("run: --json and --log naming one file", () => {
    const dir = folder();
    const result = run(dir, "run", "base.yaml", "-r", "2", "--no-report", "--log", "ev.csv", "--json", "ev.csv");
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain("procsim: --json ev.csv and --log ev.csv name the same file");
    expect(result.stdout).toBe("");
    expect(existsSync(join(dir, "ev.csv"))).toBe(false);
  });

  it("run and sweep: --json inside the --out folder; run: --json inside the default report folder", () => {
    const dir = folder();
    const out = run(dir, "run", "base.yaml", "-r", "2", "--out", "rep5", "--json", "rep5/report.json");
    expect(out.status, out.stderr).toBe(2);
    expect(out.stderr).toContain("procsim: --json rep5/report.json is inside the report folder --out rep5");
    const sweep = run(dir, "sweep", "base.yaml", "--vary", "arrivals.files.scale=1,2", "-r", "2", "--out", "rep5", "--csv", "rep5");
    expect(sweep.status, sweep.stderr).toBe(2);
    expect(sweep.stderr).toContain("procsim: --csv rep5 (sweep.csv) is inside the report folder --out rep5");
    const byDefault = run(dir, "run", "base.yaml", "-r", "2", "--json", "reports/base/r.json");
    expect(byDefault.status, byDefault.stderr).toBe(2);
    expect(byDefault.stderr).toContain("--json reports/base/r.json is inside the report folder of this run");
    expect(readdirSync(dir)).toEqual(["base.yaml"]);
  });
});
