/**
 * Legends and axis labels naming the variants: long model names wrapped onto lines, never cut.
 *
 * "Corporate account opening with RPA data entry and a single approval level" is longer than
 * a legend label reads well on one line (and Vega cuts a label at its limit: it read "…with
 * RPA data entry and a s…" in the chart images); it is shown on two lines,
 * "Corporate account opening with RPA data" / "entry and a single approval level", in the
 * PNG, the SVG and the HTML alike. Short names stay one line and the spec stays as it was.
 */
import type { Variant } from "./variants.js";

/** Most characters on one label line: at 11 px even 40 of DejaVu Sans's wide letters (0.8 em) take 352 px, inside the legends' 480 px and the cost axis' 360 px label limits. */
export const LEGEND_LINE_CHARS = 40;

/** A name split at spaces into lines of at most LEGEND_LINE_CHARS (a longer word gets a line of its own). */
export function legendLines(name: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of name.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > LEGEND_LINE_CHARS) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** A text as a Vega expression string literal. */
function literal(text: string): string {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/**
 * A Vega label expression that shows each of `names` longer than a line on several lines
 * (legends and axes alike); undefined when every name fits on one line.
 */
export function wrappedLabelExpr(names: readonly string[]): string | undefined {
  const wrapped = names.map((name) => ({ name, lines: legendLines(name) })).filter((w) => w.lines.length > 1);
  if (wrapped.length === 0) return undefined;
  const cases = wrapped.map((w) => `datum.label === ${literal(w.name)} ? [${w.lines.map(literal).join(", ")}] : `).join("");
  return `${cases}datum.label`;
}

/** The legend of a variant colour scale: no title, and long names wrapped (see the module comment). */
export function variantLegend(variants: readonly Variant[]): { title: null; labelExpr?: string } {
  const labelExpr = wrappedLabelExpr(variants.map((v) => v.name));
  return labelExpr === undefined ? { title: null } : { title: null, labelExpr };
}
