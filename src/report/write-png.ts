/**
 * SVG chart → PNG at twice the chart's size (sharp on slides and high-density screens).
 *
 * resvg draws text only with real font files; it is given the bundled DejaVu Sans and no
 * system fonts, so the picture of "Utilisation: managers 91%" is the same on every machine.
 * A chart with Chinese text ("信贷员 91%") also gets the bundled Noto Sans Hans, which resvg
 * falls back to for the glyphs DejaVu lacks; loading it costs a few hundred milliseconds per
 * chart, so charts without wide text are drawn without it (same bytes as before). A chart in
 * Latin-1 is drawn with a 48 KB subset of DejaVu Sans instead, the same pixels (png-fonts.ts).
 */
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { PNG_FONT_FAMILY } from "./write-assets.js";
import { chartFontFiles } from "./png-fonts.js";

/** resvg's options for a chart: white background, `zoom` times the size, the bundled fonts only. */
function renderOptions(svg: string, zoom: number): ResvgRenderOptions {
  return {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles(svg),
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
    },
  };
}

/** PNG bytes of an SVG chart, scaled by `zoom` (default 2). */
export function svgToPng(svg: string, zoom = 2): Buffer {
  return new Resvg(svg, renderOptions(svg, zoom)).render().asPng();
}
