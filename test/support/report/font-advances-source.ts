// The text of src/report/font-advances.ts: the advance widths of the bundled DejaVu Sans,
// regular and bold, for every character of the chart PNGs' Latin subset, read with HarfBuzz
// (harfbuzzjs, a development dependency). test/unit/report/font-advances.test.ts checks the
// module is current and rewrites it with UPDATE_DOCS=1.
import { readFileSync } from "node:fs";
import * as hb from "harfbuzzjs";
import { SUBSET_RANGES } from "../../../src/report/png-fonts.js";
import { pngFontFiles } from "../../../src/report/write-assets.js";

/** Advance of each code point of `ranges` in `fontFile`, in font units; and the font's units per em. */
export function advancesOf(fontFile: string, ranges: readonly (readonly [number, number])[]): { upem: number; advances: number[] } {
  const face = new hb.Face(new hb.Blob(readFileSync(fontFile)));
  const font = new hb.Font(face);
  const advances: number[] = [];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const buffer = new hb.Buffer();
      buffer.addText(String.fromCodePoint(code));
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      advances.push(buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0));
    }
  }
  return { upem: face.upem, advances };
}

/** The generated module's text. */
export function fontAdvancesModule(): string {
  const [regularFile, boldFile] = pngFontFiles();
  const regular = advancesOf(regularFile, SUBSET_RANGES);
  const bold = advancesOf(boldFile, SUBSET_RANGES);
  if (regular.upem !== bold.upem) throw new Error("the regular and bold fonts differ in units per em");
  const ranges = SUBSET_RANGES.map(([from, to]) => `[0x${from.toString(16)}, 0x${to.toString(16)}]`).join(", ");
  const list = (values: readonly number[]) => values.join(",");
  return `// Generated from the bundled DejaVu Sans by test/support/report/font-advances-source.ts
// (UPDATE_DOCS=1 npx vitest run --config test/vitest.config.ts test/unit/report/font-advances.test.ts):
// do not edit. The advance width of every character of the chart PNGs' Latin subset, in font
// units, regular then bold; chart-text-width.ts measures chart text with them.

/** Font units per em of both faces. */
export const UNITS_PER_EM = ${regular.upem};

/** The code point ranges (inclusive) the advances cover, in order. */
export const ADVANCE_RANGES: readonly (readonly [number, number])[] = [${ranges}];

/** Advances of DejaVu Sans, one per code point of ADVANCE_RANGES. */
export const REGULAR_ADVANCES = "${list(regular.advances)}";

/** Advances of DejaVu Sans Bold, one per code point of ADVANCE_RANGES. */
export const BOLD_ADVANCES = "${list(bold.advances)}";
`;
}
