/**
 * One CSV cell, safe to open in a spreadsheet.
 *
 * A pool named `=HYPERLINK("http://evil.example","clerks")` or `@SUM(A1)` would run as a
 * formula when a planner opens kpis.csv in a spreadsheet. Text cells that start with `=`, `+`,
 * `-`, `@`, a tab or a carriage return get a leading apostrophe (the OWASP advice), so they
 * show as text; numbers, including negative ones, are written unchanged.
 */

/** A raw cell value. */
export type CsvValue = string | number | boolean | null;

/** Characters a spreadsheet treats as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a cell with formula starts neutralised (numbers and booleans unchanged). */
export function neutraliseCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** An RFC 4180 cell: neutralised, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: CsvValue): string {
  const text = neutraliseCell(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
