/**
 * Files a report needs from installed packages: the Vega, Vega-Lite and vega-embed browser
 * builds (inlined into index.html so the page works offline) and a TrueType font for PNGs.
 *
 * The font is DejaVu Sans from the dejavu-fonts-ttf package, not a system font, so a chart
 * PNG has the same text, and the same bytes, on a laptop and on a CI machine without fonts.
 * Chinese text ("贷款审批") is drawn with Noto Sans Hans (GB2312 subset, regular and bold)
 * from the @embedpdf/fonts-sc package, for the same reason.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ReportScripts } from "./html.js";

const require = createRequire(import.meta.url);

/** The folder of an installed package's main build file. */
function buildDir(pkg: string): string {
  return dirname(require.resolve(pkg));
}

let scripts: ReportScripts | null = null;

/** The minified browser builds of vega, vega-lite and vega-embed (read once, then cached). */
export function readReportScripts(): ReportScripts {
  scripts ??= {
    vega: readFileSync(join(buildDir("vega"), "vega.min.js"), "utf8"),
    vegaLite: readFileSync(join(buildDir("vega-lite"), "vega-lite.min.js"), "utf8"),
    vegaEmbed: readFileSync(join(buildDir("vega-embed"), "vega-embed.min.js"), "utf8"),
  };
  return scripts;
}

/** Font family name of the bundled font. */
export const PNG_FONT_FAMILY = "DejaVu Sans";

/** Paths of the bundled regular and bold DejaVu Sans TrueType files. */
export function pngFontFiles(): string[] {
  const ttf = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return [join(ttf, "DejaVuSans.ttf"), join(ttf, "DejaVuSans-Bold.ttf")];
}

/** Paths of the bundled regular and bold Noto Sans Hans OpenType files (simplified Chinese). */
export function cjkFontFiles(): string[] {
  // The package exports only its index; the fonts sit in fonts/ beside its dist/ folder.
  const fonts = join(dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts");
  return [join(fonts, "NotoSansHans-Regular.otf"), join(fonts, "NotoSansHans-Bold.otf")];
}
