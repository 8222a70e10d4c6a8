/**
 * A font cut down to a set of characters, made with HarfBuzz's subsetter (the harfbuzzjs
 * WebAssembly build, a development dependency): the build cuts DejaVu Sans down to Latin-1 for
 * chart PNGs (png-fonts.ts, bin/png-font-subsets.mjs); nothing loads this module at run time.
 *
 * resvg reads a font file again for every glyph it outlines, so each PNG of the
 * account-opening comparison read the 750 KB DejaVu Sans several hundred times. A subset keeps
 * every glyph outline, advance, kerning pair and layout feature of the characters it holds, so
 * "Cost per case" is drawn the same pixel for pixel, and each read is a few dozen kilobytes.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The part of the runtime's WebAssembly API used here (the project's TypeScript libraries leave it out). */
declare const WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> };

/** The subsetter's exports (HarfBuzz's C API, compiled to WebAssembly) that this module calls. */
interface HarfBuzzSubset {
  readonly memory: { readonly buffer: ArrayBuffer };
  malloc(bytes: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let harfBuzz: Promise<HarfBuzzSubset> | undefined;

/** The subsetter, compiled once per process on first use. */
function loadHarfBuzz(): Promise<HarfBuzzSubset> {
  return (harfBuzz ??= WebAssembly.instantiate(readFileSync(require.resolve("harfbuzzjs/dist/harfbuzz-subset.wasm"))).then(({ instance }) => {
    const exports = instance.exports as unknown as HarfBuzzSubset & { _initialize(): void };
    exports._initialize();
    return exports;
  }));
}

/** Copies the subset face's bytes out of the WebAssembly memory. */
function faceBytes(hb: HarfBuzzSubset, face: number): Buffer {
  const blob = hb.hb_face_reference_blob(face);
  try {
    const length = hb.hb_blob_get_length(blob);
    if (length === 0) throw new Error("the font subsetter produced an empty font");
    const offset = hb.hb_blob_get_data(blob, 0);
    return Buffer.from(new Uint8Array(hb.memory.buffer, offset, length));
  } finally {
    hb.hb_blob_destroy(blob);
  }
}

/** Asks for every character of `text` and keeps every layout feature (kerning, ligatures, …). */
function subsetInput(hb: HarfBuzzSubset, text: string): number {
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error("the font subsetter could not start");
  const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  hb.hb_set_clear(features);
  hb.hb_set_invert(features);
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const char of text) hb.hb_set_add(unicodes, char.codePointAt(0) ?? 0);
  return input;
}

/**
 * The TrueType/OpenType font `font` reduced to the glyphs of the characters in `text` (and
 * the glyphs its layout rules reach from them); its names, metrics and outlines are kept.
 * @throws when the bytes are not a font HarfBuzz can read.
 */
export async function subsetFont(font: Uint8Array, text: string): Promise<Buffer> {
  const hb = await loadHarfBuzz();
  const pointer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = subsetInput(hb, text);
  try {
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error("the font subsetter could not read the font");
    try {
      return faceBytes(hb, subset);
    } finally {
      hb.hb_face_destroy(subset);
    }
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
}
