/**
 * A pre-parse guard against absurdly deep nesting.
 *
 * A real model nests perhaps eight levels (steps → step → next → branch → p). A hostile file
 * of 100,000 opening brackets would drive the recursive YAML composer into stack exhaustion,
 * which V8 does not always survive; this scan rejects such text in linear time before it
 * reaches the parser. It over-estimates depth (brackets inside plain scalars count too), which
 * only matters far beyond any sensible model.
 */

/** Deepest flow nesting ([ and {) accepted. */
export const MAX_FLOW_DEPTH = 64;
/** Widest leading indentation accepted, columns. */
export const MAX_INDENT = 256;
/** Most compact block markers ("- - - x") accepted at the start of one line. */
export const MAX_COMPACT_MARKERS = 64;

/** Where the text nests too deeply: `{ depth, offset }` of the first excess, or null. */
export function findExcessiveNesting(text: string): { depth: number; offset: number } | null {
  let flow = 0;
  let quote = "";
  let lineStart = true;
  let indent = 0;
  let markers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      lineStart = true;
      indent = 0;
      markers = 0;
      continue;
    }
    if (lineStart) {
      if (c === " " || c === "\t") {
        if (++indent > MAX_INDENT) return { depth: indent, offset: i };
        continue;
      }
      if ((c === "-" || c === "?") && (text[i + 1] === " " || text[i + 1] === "\n")) {
        if (++markers > MAX_COMPACT_MARKERS) return { depth: markers, offset: i };
        indent++;
        continue;
      }
      lineStart = false;
    }
    if (quote !== "") {
      if (c === quote && text[i - 1] !== "\\") quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\t")) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (c === "[" || c === "{") {
      if (++flow > MAX_FLOW_DEPTH) return { depth: flow, offset: i };
    } else if ((c === "]" || c === "}") && flow > 0) flow--;
  }
  return null;
}
