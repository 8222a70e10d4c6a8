// Writes the Latin subsets of DejaVu Sans that chart PNGs are drawn with (src/report/png-fonts.ts)
// into dist/fonts/: run by `npm run build` after tsc, from the compiled modules in dist/report/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { subsetFont } from "../dist/report/font-subset.js";
import { SUBSET_DIR, subsetCharacters, subsetPath } from "../dist/report/png-fonts.js";
import { pngFontFiles } from "../dist/report/write-assets.js";

mkdirSync(SUBSET_DIR, { recursive: true });
for (const font of pngFontFiles()) writeFileSync(subsetPath(font), await subsetFont(readFileSync(font), subsetCharacters()));
