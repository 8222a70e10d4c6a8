/**
 * East Asian wide text in charts: which texts hold it, and how wide they are drawn.
 *
 * A pool named "信贷员" needs a font with Chinese glyphs in the PNG (write-png.ts) and a
 * legend entry a third wider than Vega's Latin estimate, or the next entry overlaps it. Vega
 * running in Node has no canvas to measure text, so it estimates 0.8 em per character; a
 * Chinese character is a full em. `chartTextWidth` keeps Vega's estimate for every other
 * character (Latin charts lay out exactly as before) and counts wide ones as 1 em.
 */
import stringWidth from "string-width";

/** Any CJK ideograph, kana, Hangul or full-width form. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

/** Whether a text (an SVG document, a label) holds East Asian wide characters. */
export function hasWideText(text: string): boolean {
  return WIDE.test(text);
}

/** Vega's estimate of a narrow character's advance, in em. */
const NARROW_EM = 0.8;

/**
 * The drawn width of one line at `fontSize` px: 1 em per wide character (display width 2),
 * 0.8 em per UTF-16 unit of anything else (Vega's own estimate), rounded down as Vega does.
 */
export function chartTextWidth(text: string, fontSize: number): number {
  if (!hasWideText(text)) return ~~(NARROW_EM * text.length * fontSize);
  let em = 0;
  for (const char of text) em += stringWidth(char) === 2 ? 1 : NARROW_EM * char.length;
  return ~~(em * fontSize);
}
