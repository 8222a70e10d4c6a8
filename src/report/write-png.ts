/**
 * SVG chart → PNG at twice the chart's size (sharp on slides and high-density screens).
 *
 * resvg draws text only with real font files; it is given the bundled DejaVu Sans and no
 * system fonts, so the picture of "Utilisation: managers 91%" is the same on every machine.
 * A chart with Chinese text ("信贷员 91%") also gets the bundled Noto Sans Hans, which resvg
 * falls back to for the glyphs DejaVu lacks; loading it costs a few hundred milliseconds per
 * chart, so charts without wide text are drawn without it (same bytes as before).
 */
import { Resvg } from "@resvg/resvg-js";
import { cjkFontFiles, PNG_FONT_FAMILY, pngFontFiles } from "./write-assets.js";
import { hasWideText } from "./wide-text.js";

/** PNG bytes of an SVG chart, scaled by `zoom` (default 2). */
export function svgToPng(svg: string, zoom = 2): Buffer {
  const resvg = new Resvg(svg, {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: hasWideText(svg) ? [...pngFontFiles(), ...cjkFontFiles()] : pngFontFiles(),
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
