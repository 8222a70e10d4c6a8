/**
 * SVG chart → PNG at twice the chart's size (sharp on slides and high-density screens).
 *
 * resvg draws text only with real font files; it is given the bundled DejaVu Sans and no
 * system fonts, so the picture of "Utilisation: managers 91%" is the same on every machine.
 */
import { Resvg } from "@resvg/resvg-js";
import { PNG_FONT_FAMILY, pngFontFiles } from "./write-assets.js";

/** PNG bytes of an SVG chart, scaled by `zoom` (default 2). */
export function svgToPng(svg: string, zoom = 2): Buffer {
  const resvg = new Resvg(svg, {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: pngFontFiles(),
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
