/**
 * The font files a chart PNG is drawn with: small subsets of DejaVu Sans when every character
 * of the chart is in them, the whole bundled fonts otherwise.
 *
 * resvg reads a font file again for every glyph it outlines, so each PNG of the
 * account-opening comparison read the 750 KB DejaVu Sans several hundred times. The build
 * (`npm run build`, bin/png-font-subsets.mjs) cuts DejaVu Sans down to Latin-1, punctuation
 * and the chart symbols (−, ≤, …, ·, €), 48 KB, into dist/fonts/. A subset keeps the glyph
 * outlines, advances, kerning and layout rules of every character it holds, so "Cost per case
 * 191.6 → 179.0" is drawn pixel for pixel as with the whole font; a chart with any other
 * character ("Łódź branch", "信贷员") is drawn with the whole fonts, as before.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { hasWideText } from "./wide-text.js";
import { cjkFontFiles, pngFontFiles } from "./write-assets.js";

/** Code point ranges (inclusive) the subsets hold: Latin-1, general punctuation, euro, arrows, −, ≈, ≠, ≤, ≥. */
export const SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2248, 0x2248],
  [0x2260, 0x2265],
];

/** Every character of SUBSET_RANGES, in order. */
export function subsetCharacters(): string {
  return SUBSET_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join("");
}

const escape = (code: number) => `\\u{${code.toString(16)}}`;

/** A character outside SUBSET_RANGES (line breaks and tabs are markup, never drawn). */
const OUTSIDE_SUBSET = new RegExp(`[^\\t\\n\\r${SUBSET_RANGES.map(([from, to]) => `${escape(from)}-${escape(to)}`).join("")}]`, "u");

/** The folder the build writes the subsets to: dist/fonts/, beside the module's own dist/ folder. */
export const SUBSET_DIR = fileURLToPath(new URL("../fonts/", import.meta.url));

/** Where the subset of a bundled font is kept in `dir`. */
export function subsetPath(font: string, dir = SUBSET_DIR): string {
  return `${dir}${basename(font).replace(/\.ttf$/, "")}-latin.ttf`;
}

/**
 * The fonts to draw `svg` with: the subsets of DejaVu Sans from `dir` when they hold every
 * character of the SVG and are there (a build made them), else the whole bundled fonts, with
 * Noto Sans Hans for Chinese text. Both choices give the same picture.
 */
export function chartFontFiles(svg: string, dir = SUBSET_DIR): string[] {
  if (hasWideText(svg)) return [...pngFontFiles(), ...cjkFontFiles()];
  if (OUTSIDE_SUBSET.test(svg)) return pngFontFiles();
  const subsets = pngFontFiles().map((font) => subsetPath(font, dir));
  return subsets.every((file) => existsSync(file)) ? subsets : pngFontFiles();
}
