/**
 * One output policy for --out, --json and --csv: symlinks resolved before the outside check,
 * input files never written over, files procsim did not write kept unless forced, and CSV
 * cells that a spreadsheet would run as formulas neutralised.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { csvCell } from "../../../src/report/csv-cell.js";
import { checkCsvTarget, checkJsonTarget, resolveOutputPath } from "../../../src/report/write-policy.js";
import { resolveReportDir } from "../../../src/report/write-target.js";
import { outputPathProblems } from "../../../src/cli/output-paths.js";
import { runCsv } from "../../../src/cli/experiment-output.js";
import { tableToCsv, runKpiTable } from "../../../src/report/tables.js";
import { accountOpeningRun } from "../../fixtures/results/account-opening.js";

const root = mkdtempSync(join(tmpdir(), "procsim-policy-"));
const cwd = join(root, "work");
const outside = join(root, "outside");
mkdirSync(cwd);
mkdirSync(outside);
symlinkSync(outside, join(cwd, "link"));
writeFileSync(join(cwd, "model.yaml"), "name: x\n");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const codeOf = (result: { ok: boolean; issues?: readonly { code: string }[] }) => (result.ok ? "ok" : result.issues?.[0].code);

describe("output paths", () => {
  it("resolves symlinks before the outside check, for every kind of output", () => {
    expect(codeOf(resolveReportDir("x", { cwd, outDir: "link/report" }))).toBe("outside-working-directory");
    expect(codeOf(checkJsonTarget("link/out.json", { cwd }))).toBe("outside-working-directory");
    expect(codeOf(checkCsvTarget("../outside", ["kpis.csv"], { cwd }))).toBe("outside-working-directory");
    expect(codeOf(checkCsvTarget("link", ["kpis.csv"], { cwd, allowOutside: true }))).toBe("ok");
  });

  it("a dangling symlink is followed to where it points", () => {
    symlinkSync(join(outside, "not-yet.json"), join(cwd, "dangling.json"));
    expect(codeOf(resolveOutputPath("dangling.json", "JSON result", { cwd }))).toBe("outside-working-directory");
  });

  it("never writes over an input file, even with --force", () => {
    const inputs = [join(cwd, "model.yaml")];
    expect(codeOf(checkJsonTarget("model.yaml", { cwd, inputs, force: true }))).toBe("input-file");
    symlinkSync(join(cwd, "model.yaml"), join(cwd, "alias.json"));
    expect(codeOf(checkJsonTarget("alias.json", { cwd, inputs, force: true }))).toBe("input-file");
  });

  it("keeps files procsim did not write unless forced; replaces its own", () => {
    writeFileSync(join(cwd, "budget.json"), '{"q1": 100}');
    expect(codeOf(checkJsonTarget("budget.json", { cwd }))).toBe("not-procsim-output");
    expect(codeOf(checkJsonTarget("budget.json", { cwd, force: true }))).toBe("ok");
    writeFileSync(join(cwd, "earlier.json"), '{\n  "model": "x"\n}\n');
    expect(codeOf(checkJsonTarget("earlier.json", { cwd }))).toBe("ok");
    mkdirSync(join(cwd, "tables"));
    writeFileSync(join(cwd, "tables", "kpis.csv"), "my,own,table\n");
    expect(codeOf(checkCsvTarget("tables", ["kpis.csv"], { cwd }))).toBe("not-procsim-output");
    writeFileSync(join(cwd, "tables", "kpis.csv"), runCsv(accountOpeningRun));
    expect(codeOf(checkCsvTarget("tables", ["kpis.csv"], { cwd }))).toBe("ok");
  });

  it("refuses a path whose folder is a file, and options without a value", () => {
    expect(codeOf(checkJsonTarget("model.yaml/out.json", { cwd }))).toBe("not-a-folder");
    const problems = outputPathProblems({ json: "", csv: " ", out: "" }, [], []);
    expect(problems.map((p) => p.message)).toEqual([
      "--json needs a file name, e.g. --json results.json",
      "--csv needs a folder name, e.g. --csv tables",
      "--out needs a folder name, e.g. --out reports/today",
    ]);
  });
});

describe("CSV formula injection", () => {
  it("neutralises text cells that start a formula, leaves numbers alone", () => {
    for (const text of ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(text).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell(-2.5)).toBe("-2.5");
    expect(csvCell("clerks")).toBe("clerks");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("both CSV writers use it", () => {
    const hostile = { ...accountOpeningRun, kpiDefs: accountOpeningRun.kpiDefs.map((d, i) => (i === 0 ? { ...d, label: "=cmd|'/c calc'!A1" } : d)) };
    expect(runCsv(hostile)).toContain(",'=cmd|'/c calc'!A1,");
    expect(tableToCsv(runKpiTable(hostile))).not.toMatch(/(^|,)=cmd/m);
  });
});
