/**
 * Chinese names in charts, report folders and terminal tables: a PNG shows the glyphs of
 * "贷款审批", not empty boxes; a legend entry is measured a full em per character; the report
 * folder keeps the name and never overwrites another report; a terminal table with Chinese
 * names lines up under its header.
 */
import { Resvg } from "@resvg/resvg-js";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import * as vega from "vega";
import { afterAll, describe, expect, it } from "vitest";
import "../../../src/report/render-svg.js";
import { displayWidth, tableToTextLines } from "../../../src/report/table-text.js";
import type { Column } from "../../../src/report/tables.js";
import { chartTextWidth } from "../../../src/report/chart-text-width.js";
import { PNG_FONT_FAMILY, pngFontFiles } from "../../../src/report/write-assets.js";
import { svgToPng } from "../../../src/report/write-png.js";
import { slugOf, writeComparisonReport, writeRunReport } from "../../../src/report/write.js";
import { accountOpeningComparison, accountOpeningRun } from "../../fixtures/results/account-opening.js";

const root = mkdtempSync(join(tmpdir(), "procsim-cjk-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const textSvg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="8" y="28" font-family="Liberation Sans, DejaVu Sans, sans-serif" font-size="20">${text}</text></svg>`;

/** The PNG resvg draws with the Latin font only: every Chinese character is the same missing-glyph box. */
function latinOnlyPng(svg: string): Buffer {
  const font = { loadSystemFonts: false, fontFiles: pngFontFiles(), defaultFontFamily: PNG_FONT_FAMILY, sansSerifFamily: PNG_FONT_FAMILY };
  return new Resvg(svg, { background: "#ffffff", fitTo: { mode: "zoom", value: 2 }, font }).render().asPng();
}

describe("Chinese glyphs in PNG charts", () => {
  const chars = [..."贷款审批"];

  it("draws four different glyphs where the Latin font alone draws four identical boxes", () => {
    const boxes = new Set(chars.map((c) => latinOnlyPng(textSvg(c)).toString("base64")));
    expect(boxes.size).toBe(1);
    const glyphs = chars.map((c) => svgToPng(textSvg(c)));
    expect(new Set(glyphs.map((g) => g.toString("base64"))).size).toBe(chars.length);
    for (const glyph of glyphs) expect(glyph.equals(latinOnlyPng(textSvg(chars[0])))).toBe(false);
  });

  it("renders the charts of a Chinese-named model with the glyphs, not the boxes", async () => {
    const result = await writeRunReport({ ...accountOpeningRun, model: "贷款审批" }, { cwd: root, outDir: "glyphs" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const named = readdirSync(result.dir).filter((f) => f.endsWith(".svg") && /<text[^>]*>[^<]*贷款审批/.test(readFileSync(join(result.dir, f), "utf8")));
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) {
      const svg = readFileSync(join(result.dir, file), "utf8");
      const png = readFileSync(join(result.dir, file.replace(/\.svg$/, ".png")));
      expect(png.equals(latinOnlyPng(svg)), file).toBe(false);
    }
  });
});

describe("text width of chart labels", () => {
  const width = (vega as unknown as { textMetrics: { width: (item: object, text: string) => number } }).textMetrics.width;

  it("measures a Chinese character as 1 em, and Latin text as DejaVu Sans draws it", () => {
    expect(chartTextWidth("信贷员", 11)).toBe(33);
    expect(width({ fontSize: 11 }, "信贷员 clerks")).toBeCloseTo(33 + chartTextWidth(" clerks", 11), 9);
    expect(width({ fontSize: 12 }, "data entry")).toBeCloseTo(chartTextWidth("data entry", 12), 9);
  });

  it("measures a label longer than its limit at the limit (Vega draws it cut)", () => {
    expect(width({ fontSize: 11, limit: 50 }, "审批经理审批经理")).toBe(50);
  });
});

describe("report folders", () => {
  it("keep the letters of every script and drop only Latin accents", () => {
    expect(slugOf("贷款审批")).toBe("贷款审批");
    expect(slugOf("贷款审批 vs 贷款审批（新流程）")).toBe("贷款审批-vs-贷款审批-新流程");
    expect(slugOf("Crème brûlée (today)")).toBe("creme-brulee-today");
    expect(slugOf("신용 심사")).toBe("신용-심사");
    expect(slugOf("贷".repeat(100))).toBe("贷".repeat(80));
  });

  it("never overwrite another report: a second name with the same folder name gets -2", async () => {
    const first = await writeRunReport({ ...accountOpeningRun, model: "贷款审批" }, { cwd: root, png: false });
    const other = await writeRunReport({ ...accountOpeningRun, model: "贷款审批!" }, { cwd: root, png: false });
    const again = await writeRunReport({ ...accountOpeningRun, model: "贷款审批" }, { cwd: root, png: false });
    const comparison = { ...accountOpeningComparison, current: { ...accountOpeningComparison.current, model: "贷款审批" } };
    const compared = await writeComparisonReport(comparison, { cwd: root, png: false });
    expect(first.ok && other.ok && again.ok && compared.ok).toBe(true);
    if (!first.ok || !other.ok || !again.ok || !compared.ok) return;
    expect(basename(first.dir)).toBe("贷款审批");
    expect(basename(other.dir)).toBe("贷款审批-2");
    expect(again.dir).toBe(first.dir);
    expect(basename(compared.dir).startsWith("贷款审批-vs-")).toBe(true);
    expect(JSON.parse(readFileSync(join(other.dir, "report.json"), "utf8")).model).toBe("贷款审批!");
    expect(JSON.parse(readFileSync(join(first.dir, "report.json"), "utf8")).model).toBe("贷款审批");
  });
});

describe("terminal tables with Chinese names", () => {
  interface Row {
    readonly kpi: string;
    readonly unit: string;
    readonly mean: string;
  }
  const columns: Column<Row>[] = [
    { header: "KPI", align: "left", raw: (r) => r.kpi, text: (r) => r.kpi, wrap: true },
    { header: "unit", align: "left", raw: (r) => r.unit, text: (r) => r.unit },
    { header: "mean", align: "right", raw: (r) => r.mean, text: (r) => r.mean },
  ];
  const rows: Row[] = [
    { kpi: "Mean wait at 客户身份核验与反洗钱筛查及资料复核", unit: "min", mean: "22.0" },
    { kpi: "Utilisation of 信贷员（个人客户）", unit: "%", mean: "91.2%" },
    { kpi: "Mean wait at data entry", unit: "min", mean: "4.21" },
  ];

  it.each([120, 80, 50])("ends every row's mean under the header's at %s columns, never past the width", (width) => {
    const lines = tableToTextLines({ title: "贷款审批", columns, rows }, { width, indent: "  " });
    const header = lines[1];
    const end = displayWidth(header.slice(0, header.indexOf("mean"))) + displayWidth("mean");
    for (const row of rows) {
      const line = lines.find((l) => l.trimEnd().endsWith(row.mean));
      expect(line, row.mean).toBeDefined();
      expect(displayWidth(line ?? "")).toBe(end);
    }
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(width);
  });
});
