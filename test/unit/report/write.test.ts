/**
 * Writing report folders: every file is there, the same input gives the same bytes, the page
 * works offline, and unsafe targets are refused with an issue instead of an exception.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPORT_MARKER, slugOf, writeComparisonReport, writeRunReport } from "../../../src/report/write.js";
import { accountOpeningComparison, accountOpeningRun } from "../../fixtures/results/account-opening.js";

const root = mkdtempSync(join(tmpdir(), "procsim-write-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function filesOf(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

describe("writeComparisonReport", () => {
  it("writes the page, results, tables and every chart as JSON, SVG and PNG, byte-identically twice", async () => {
    const a = await writeComparisonReport(accountOpeningComparison, { cwd: root, outDir: "a" });
    const b = await writeComparisonReport(accountOpeningComparison, { cwd: root, outDir: "b" });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok) return;
    const files = filesOf(a.dir);
    for (const name of ["index.html", "report.json", "kpis.csv", "differences.csv", REPORT_MARKER]) expect(files[name], name).toBeDefined();
    for (const id of ["key-figures", "differences", "utilisation"]) {
      expect(files[`${id}.svg`].toString("utf8")).toMatch(/^<svg/);
      expect(files[`${id}.png`].subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(JSON.parse(files[`${id}.vl.json`].toString("utf8")).$schema).toContain("vega-lite");
    }
    expect(a.warnings).toEqual([]);
    expect(filesOf(join(root, "b"))).toEqual(files);
    expect(JSON.parse(files["report.json"].toString("utf8"))).toEqual(accountOpeningComparison);
  });

  it("makes a page that needs no network: libraries inline, no remote script or stylesheet", async () => {
    const result = await writeComparisonReport(accountOpeningComparison, { cwd: root, outDir: "offline", png: false });
    expect(result.ok).toBe(true);
    const html = readFileSync(join(root, "offline", "index.html"), "utf8");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|sourceMappingURL/);
    expect(html).toContain("vegaEmbed(");
    expect(html).toContain("Mean cycle time falls by 38% (95% CI 37–40%).");
    expect(html.match(/data-chart="/g)?.length).toBe(8);
    expect(html).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
  });

  it("defaults to reports/<slug> under the working directory", async () => {
    const result = await writeRunReport(accountOpeningRun, { cwd: root, png: false });
    expect(result.ok && result.dir).toBe(join(root, "reports", "account-opening-today"));
  });

  it("replaces an earlier report in a report folder", async () => {
    const dir = join(root, "again");
    expect((await writeRunReport(accountOpeningRun, { cwd: root, outDir: dir, png: false })).ok).toBe(true);
    writeFileSync(join(dir, "stale-chart.svg"), "<svg/>");
    expect((await writeRunReport(accountOpeningRun, { cwd: root, outDir: dir, png: false })).ok).toBe(true);
    expect(existsSync(join(dir, "stale-chart.svg"))).toBe(false);
  });
});

describe("refused targets", () => {
  it("refuses a folder outside the working directory unless allowed", async () => {
    const outside = mkdtempSync(join(tmpdir(), "procsim-outside-"));
    const refused = await writeRunReport(accountOpeningRun, { cwd: root, outDir: outside, png: false });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0].code).toBe("outside-working-directory");
    expect(readdirSync(outside)).toEqual([]);
    const allowed = await writeRunReport(accountOpeningRun, { cwd: root, outDir: outside, allowOutside: true, png: false });
    expect(allowed.ok).toBe(true);
    rmSync(outside, { recursive: true, force: true });
  });

  it("refuses an existing folder that is not a procsim report", async () => {
    const dir = join(root, "documents");
    mkdirSync(dir);
    writeFileSync(join(dir, "budget.xlsx"), "precious");
    const result = await writeComparisonReport(accountOpeningComparison, { cwd: root, outDir: dir });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0].code).toBe("not-a-report-folder");
      expect(result.issues[0].message).toContain(REPORT_MARKER);
    }
    expect(readdirSync(dir)).toEqual(["budget.xlsx"]);
  });

  it("refuses a path that is a file", async () => {
    writeFileSync(join(root, "a-file"), "x");
    const result = await writeRunReport(accountOpeningRun, { cwd: root, outDir: "a-file" });
    expect(!result.ok && result.issues[0].code).toBe("not-a-folder");
  });
});

describe("slugOf", () => {
  it("makes file-name-safe slugs", () => {
    expect(slugOf("Account opening (today) vs RPA + single approval")).toBe("account-opening-today-vs-rpa-single-approval");
    expect(slugOf("¿?")).toBe("report");
    expect(slugOf("x".repeat(100)).length).toBe(80);
  });
});
