/**
 * Chart PNGs drawn with the Latin subsets of DejaVu Sans are the same pictures as with the
 * whole fonts: every chart of the account-opening comparison, byte for byte; a chart with a
 * character outside the subsets ("Łódź") or Chinese text is drawn with the whole fonts.
 */
import { Resvg } from "@resvg/resvg-js";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildComparisonCharts } from "../../../src/api/charts.js";
import { subsetFont } from "../../../src/report/font-subset.js";
import { chartFontFiles, subsetCharacters, subsetPath } from "../../../src/report/png-fonts.js";
import { renderChartSvg } from "../../../src/report/render-svg.js";
import { PNG_FONT_FAMILY, pngFontFiles } from "../../../src/report/write-assets.js";
import { accountOpeningComparison } from "../../fixtures/results/account-opening.js";

const dir = `${mkdtempSync(join(tmpdir(), "procsim-png-fonts-"))}/`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  for (const font of pngFontFiles()) writeFileSync(subsetPath(font, dir), await subsetFont(readFileSync(font), subsetCharacters()));
});

function png(svg: string, fontFiles: string[]): Buffer {
  const font = { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT_FAMILY, sansSerifFamily: PNG_FONT_FAMILY };
  return new Resvg(svg, { background: "#ffffff", fitTo: { mode: "zoom", value: 2 }, font }).render().asPng();
}

const textSvg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="8" y="28" font-family="DejaVu Sans" font-size="20" font-weight="bold">${text}</text></svg>`;

describe("Latin subsets of the PNG font", () => {
  it("are much smaller than the whole fonts", () => {
    for (const font of pngFontFiles()) expect(readFileSync(subsetPath(font, dir)).length * 5).toBeLessThan(readFileSync(font).length);
  });

  it("draw every chart of the account-opening comparison with the same bytes as the whole fonts", async () => {
    const charts = Object.entries(buildComparisonCharts(accountOpeningComparison));
    expect(charts.length).toBeGreaterThan(5);
    for (const [id, spec] of charts) {
      const { svg } = await renderChartSvg(spec);
      const files = chartFontFiles(svg, dir);
      expect(files, id).toEqual(pngFontFiles().map((font) => subsetPath(font, dir)));
      expect(png(svg, files).equals(png(svg, pngFontFiles())), id).toBe(true);
    }
  }, 120_000);

  it("draw kerned and accented Latin-1 text, dashes and the minus sign as the whole fonts do", () => {
    const svg = textSvg("AVATAR Wave Zürich café −12.6 € … · ‰ ≤ ≥ “ok”");
    expect(chartFontFiles(svg, dir)[0]).toBe(subsetPath(pngFontFiles()[0], dir));
    expect(png(svg, chartFontFiles(svg, dir)).equals(png(svg, pngFontFiles()))).toBe(true);
  });

  it("are not used for a character they lack, nor for Chinese text", () => {
    expect(chartFontFiles(textSvg("Łódź branch"), dir)).toEqual(pngFontFiles());
    expect(chartFontFiles(textSvg("信贷员"), dir).slice(0, 2)).toEqual(pngFontFiles());
    expect(chartFontFiles(textSvg("信贷员"), dir).length).toBe(4);
  });

  it("are not used when the build has not made them", () => {
    expect(chartFontFiles(textSvg("Cost per case"), `${dir}missing/`)).toEqual(pngFontFiles());
  });
});
