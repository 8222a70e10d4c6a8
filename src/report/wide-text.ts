/**
 * East Asian wide text in charts: whether a chart or a label holds it.
 *
 * A pool named "信贷员" needs a font with Chinese glyphs in the PNG (write-png.ts and
 * png-fonts.ts pick the fonts by this test); chart-text-width.ts measures such characters a
 * full em wide.
 */
/** Any CJK ideograph, kana, Hangul or full-width form. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

/** Whether a text (an SVG document, a label) holds East Asian wide characters. */
export function hasWideText(text: string): boolean {
  return WIDE.test(text);
}
