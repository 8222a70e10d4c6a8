/**
 * How wide a line of chart text is drawn: the advances of the bundled DejaVu Sans, the font
 * the chart PNGs are drawn with (font-advances.ts), regular or bold.
 *
 * Vega in Node has no canvas to measure text and estimates 0.8 em a character; DejaVu Sans
 * draws "Wait time (minutes) −64%" in 13.3 em, not 19.2, so the estimate made every chart
 * with a long title or legend a third wider than its text, with an empty band at the right.
 * Measured with the real advances, the layout fits the PNG exactly; a browser's Arial or
 * Liberation Sans (first in the charts' font stack) is narrower still, so nothing is clipped.
 * A Chinese character ("信贷员") is a full em, as drawn by the bundled Noto Sans Hans; any
 * other character outside the table counts as the face's widest advance.
 */
import stringWidth from "string-width";
import { ADVANCE_RANGES, BOLD_ADVANCES, REGULAR_ADVANCES, UNITS_PER_EM } from "./font-advances.js";

/** Advances in em by code point, and the widest of them. */
interface AdvanceTable {
  readonly em: ReadonlyMap<number, number>;
  readonly widest: number;
}

const tables = new Map<boolean, AdvanceTable>();

/** The face's table, built on first use. */
function advanceTable(bold: boolean): AdvanceTable {
  let table = tables.get(bold);
  if (!table) {
    const units = (bold ? BOLD_ADVANCES : REGULAR_ADVANCES).split(",").map(Number);
    const codes = ADVANCE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
    const em = new Map(codes.map((code, i) => [code, units[i] / UNITS_PER_EM]));
    table = { em, widest: Math.max(...em.values()) };
    tables.set(bold, table);
  }
  return table;
}

/** Whether a CSS font weight ("bold", 600, "700") is drawn with the bold face. */
export function isBoldWeight(weight: string | number | null | undefined): boolean {
  if (weight === "bold" || weight === "bolder") return true;
  const value = Number(weight);
  return Number.isFinite(value) && value >= 600;
}

/** The drawn width, in pixels, of one line of text at `fontSize` px, regular or bold. */
export function chartTextWidth(text: string, fontSize: number, bold = false): number {
  const table = advanceTable(bold);
  let em = 0;
  for (const char of text) em += table.em.get(char.codePointAt(0) ?? 0) ?? (stringWidth(char) === 2 ? 1 : table.widest);
  return em * fontSize;
}
