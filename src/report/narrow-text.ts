/**
 * Display width of text whose every character is one terminal column, without Unicode
 * segmentation.
 *
 * The KPI table of `procsim run branch.yaml` is drawn with "─" rules and "–" for a missing
 * interval, and help texts hold "≥" and "×": each of those characters is one column, so the
 * line's width is its length. The full measure (string-width: grapheme segmentation and
 * emoji expressions, some 100 ms of CPU to build on first use) is then never needed; any
 * other text (CJK, emoji, combining marks, escape codes) returns undefined and gets it.
 * Every character of NARROW is one column for both string-width versions the bundle holds
 * (checked code point by code point in test/unit/report/narrow-text.test.ts), and none of
 * them joins a neighbour into one grapheme, so widths add up.
 */

/**
 * Printable ASCII, Latin-1 and Latin Extended-A/B letters, Greek and Cyrillic, general
 * punctuation (dashes, quotes, bullet, ellipsis, per mille, primes), super- and subscripts,
 * currency signs, the four plain arrows, mathematical operators, box drawing and blocks,
 * and the up and down triangles ▲ △ ▼ ▽ that mark a change's direction in `compare`.
 * Not © ® ™, which one string-width version draws as emoji (two columns), nor the squares and
 * the right and left triangles among the geometric shapes, which are emoji too.
 */
export const NARROW_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xa8],
  [0xaa, 0xac],
  [0xaf, 0x24f],
  [0x370, 0x482],
  [0x48a, 0x4ff],
  [0x2010, 0x2027],
  [0x2030, 0x203b],
  [0x203d, 0x2048],
  [0x204a, 0x205e],
  [0x2070, 0x20cf],
  [0x2190, 0x2193],
  [0x2200, 0x22ff],
  [0x2500, 0x25a9],
  [0x25b2, 0x25b3],
  [0x25bc, 0x25bd],
];

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, "0")}`;

const NARROW = new RegExp(`^[${NARROW_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join("")}]*$`);

/** The number of columns `text` takes when every character is one column wide, else undefined. */
export function narrowTextWidth(text: string): number | undefined {
  return NARROW.test(text) ? text.length : undefined;
}
