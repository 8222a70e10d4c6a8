// Chart text is measured with the advances of the font the PNGs are drawn with: the generated
// table is the bundled DejaVu Sans's (regenerate with
//   UPDATE_DOCS=1 npx vitest run --config test/vitest.config.ts test/unit/report/font-advances.test.ts
// after changing the fonts or the subset), real chart strings measure as HarfBuzz shapes them
// (kerning aside), bold text as the bold face, and a chart is no wider than its text needs.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import * as hb from "harfbuzzjs";
import { describe, expect, it } from "vitest";
import { chartTextWidth, isBoldWeight } from "../../../src/report/chart-text-width.js";
import { renderChartSvg } from "../../../src/report/render-svg.js";
import { pngFontFiles } from "../../../src/report/write-assets.js";
import { fontAdvancesModule } from "../../support/report/font-advances-source.js";

const MODULE = resolve(import.meta.dirname, "../../../src/report/font-advances.ts");

/** The width HarfBuzz shapes `text` to in `fontFile` at `size` px (with kerning). */
function shapedWidth(fontFile: string, text: string, size: number): number {
  const face = new hb.Face(new hb.Blob(readFileSync(fontFile)));
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(new hb.Font(face), buffer);
  return (buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0) / face.upem) * size;
}

const CHART_STRINGS = [
  "Cases in process, the longest queues and arrivals by time of day, over working days: mean over replications with 95% band; closed hours are gaps.",
  "Corporate account opening with RPA data entry and a single approval level",
  "Mean wait of served cases",
  "Cost per case 191.63 → 179.04",
  "85% team leads",
  "Wait −64% (−68% to −61%), €1,234.50 ≤ target",
];

describe("the chart text advances", () => {
  it("are the bundled DejaVu Sans's, as generated", () => {
    const text = readFileSync(MODULE, "utf8");
    const current = fontAdvancesModule();
    if (process.env.UPDATE_DOCS === "1" && current !== text) writeFileSync(MODULE, current);
    expect(text).toBe(current);
  });

  it("measure real chart strings as HarfBuzz shapes them, regular and bold, within 1%", () => {
    const [regular, bold] = pngFontFiles();
    for (const text of CHART_STRINGS) {
      expect(Math.abs(chartTextWidth(text, 12) / shapedWidth(regular, text, 12) - 1)).toBeLessThan(0.01);
      expect(Math.abs(chartTextWidth(text, 15, true) / shapedWidth(bold, text, 15) - 1)).toBeLessThan(0.01);
    }
    // 13.37 em of advances (13.31 em kerned), where Vega's estimate (0.8 em a character) says 19.2.
    expect(chartTextWidth("Wait time (minutes) −64%", 10) / 10).toBeCloseTo(13.373, 3);
  });

  it("take the bold face from weight 600 or bold, and count unknown characters as the widest", () => {
    expect([600, "700", "bold", "bolder"].every(isBoldWeight)).toBe(true);
    expect([500, "normal", undefined, null].some(isBoldWeight)).toBe(false);
    expect(chartTextWidth("Wait", 12, true)).toBeGreaterThan(chartTextWidth("Wait", 12));
    const widest = Math.max(...[..."W%—@M"].map((c) => chartTextWidth(c, 10)));
    expect(chartTextWidth("Ł", 10)).toBeGreaterThanOrEqual(widest);
  });

  it("lay a chart out no wider than its longest title line needs", async () => {
    const subtitle = CHART_STRINGS[0];
    const spec = {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: { text: "Through the day", subtitle, subtitleFontSize: 12 },
      width: 200,
      height: 50,
      padding: 0,
      data: { values: [{ a: 1 }] },
      mark: "bar",
      encoding: { x: { field: "a", type: "quantitative" } },
    } as const;
    const { svg } = await renderChartSvg(spec as never);
    const svgWidth = Number(/<svg[^>]*\bwidth="([\d.]+)"/.exec(svg)?.[1]);
    const needed = chartTextWidth(subtitle, 12);
    // As wide as the subtitle is drawn (whole pixels), not the 1,401 px Vega's estimate gives it.
    expect(svgWidth).toBeGreaterThanOrEqual(Math.floor(needed));
    expect(svgWidth).toBeLessThanOrEqual(Math.ceil(needed) + 1);
  });
});
