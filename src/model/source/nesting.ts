/**
 * A pre-parse guard against absurdly deep nesting and absurdly many nodes.
 *
 * A real model nests perhaps eight levels (steps → step → next → branch → p). A hostile file
 * of 100,000 opening brackets would drive the recursive YAML composer into stack exhaustion,
 * which V8 does not always survive; this scan rejects such text in linear time before it
 * reaches the parser. It over-estimates depth (brackets inside plain scalars count too), which
 * only matters far beyond any sensible model.
 *
 * The same scan counts the places a YAML node can start (a "key:", a "- " item, a "," in a
 * flow collection). A 2 MB list of a million numbers would cost the YAML composer gigabytes
 * (every node keeps its source range); it is refused here, in linear time, instead.
 */

/** Deepest flow nesting ([ and {) accepted. */
export const MAX_FLOW_DEPTH = 64;
/** Widest leading indentation accepted, columns. */
export const MAX_INDENT = 256;
/** Most compact block markers ("- - - x") accepted at the start of one line. */
export const MAX_COMPACT_MARKERS = 64;

/**
 * Most YAML nodes (approximately: keys, list items and flow separators) one file may hold. A
 * model at the documented limits — 10,000 steps, 1,000 pools, dense routing of a few hundred
 * steps — stays well below it.
 */
export const MAX_YAML_NODES = 200_000;

/** Characters after which a quote opens a quoted scalar (elsewhere, as in `don't`, it is text). */
const VALUE_START = "\n:[{,-?";

/** What the scan found: the first excess of nesting or of nodes, or null. */
export type TextExcess = { readonly kind: "depth"; readonly depth: number; readonly offset: number } | { readonly kind: "nodes"; readonly nodes: number; readonly offset: number };

/** Where the text nests too deeply: `{ depth, offset }` of the first excess, or null. */
export function findExcessiveNesting(text: string): { depth: number; offset: number } | null {
  const excess = scanText(text);
  return excess?.kind === "depth" ? excess : null;
}

/** The first place the text nests too deeply or holds too many nodes, or null (one linear pass). */
export function scanText(text: string, maxNodes: number = MAX_YAML_NODES): TextExcess | null {
  let nodes = 0;
  let flow = 0;
  let quote = "";
  let lineStart = true;
  let indent = 0;
  let markers = 0;
  let last = "\n";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      last = c;
      lineStart = true;
      indent = 0;
      markers = 0;
      continue;
    }
    if (lineStart) {
      if (c === " " || c === "\t") {
        if (++indent > MAX_INDENT) return { kind: "depth", depth: indent, offset: i };
        continue;
      }
      if ((c === "-" || c === "?") && (text[i + 1] === " " || text[i + 1] === "\n")) {
        if (++markers > MAX_COMPACT_MARKERS) return { kind: "depth", depth: markers, offset: i };
        if (++nodes > maxNodes) return { kind: "nodes", nodes, offset: i };
        indent++;
        continue;
      }
      lineStart = false;
    }
    if (quote !== "") {
      if (c === quote && text[i - 1] !== "\\") quote = "";
      continue;
    }
    if ((c === '"' || c === "'") && VALUE_START.includes(last)) quote = c;
    else if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\t")) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (c === "[" || c === "{") {
      if (++flow > MAX_FLOW_DEPTH) return { kind: "depth", depth: flow, offset: i };
    } else if ((c === "]" || c === "}") && flow > 0) flow--;
    else if ((c === "," && flow > 0) || (c === ":" && (text[i + 1] === " " || text[i + 1] === "\n" || text[i + 1] === undefined))) {
      if (++nodes > maxNodes) return { kind: "nodes", nodes, offset: i };
    }
    if (c !== " " && c !== "\t") last = c;
  }
  return null;
}
