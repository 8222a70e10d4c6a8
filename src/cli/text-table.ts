/**
 * Plain-text tables for the terminal: columns padded to their widest cell.
 *
 * The KPI table of a branch-counter run is rows of cells such as
 * `["Mean wait at counter", "4.21 ± 0.35 min", "[3.86, 4.56]", "20"]`; text columns are
 * left-aligned and number columns right-aligned.
 */

/** Column alignment: left for text, right for numbers. */
export type Align = "left" | "right";

/** Renders rows (the first is the header) with two spaces between columns and a rule under the header. */
export function renderTable(rows: readonly (readonly string[])[], align: readonly Align[], indent = "  "): string {
  const widths = align.map((_, c) => Math.max(...rows.map((row) => [...(row[c] ?? "")].length)));
  const line = (row: readonly string[]) =>
    indent +
    row
      .map((cell, c) => (align[c] === "right" ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  const [header, ...body] = rows;
  const rule = indent + widths.map((w) => "─".repeat(w)).join("  ");
  return [line(header), rule, ...body.map(line)].join("\n");
}
