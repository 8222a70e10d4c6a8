/**
 * The YAML side of loading: text → yaml Document with node positions, and YAML path →
 * line and column.
 *
 * When `steps[2].duration` of an account-opening model is wrong, the planner is sent to
 * line 31, column 15 of the file: the Document keeps every node's offset range, and a
 * LineCounter turns offsets into 1-based lines and columns. A path that does not exist in
 * the file (a missing key) points at its nearest existing ancestor.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { ModelPath } from "../compile/model.js";
import { error, type IssueDraft } from "./issues.js";
import { findExcessiveNesting } from "./nesting.js";

/** A parsed YAML text with what is needed to locate paths in it. */
export interface YamlSource {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** A 1-based position. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Aliases (`*name`) one document may expand; billion-laughs bombs exceed this at once. */
export const MAX_ALIAS_COUNT = 100;

/** Keys that could reach JavaScript prototypes; rejected wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Parses YAML text; syntax errors, duplicate keys and absurd nesting become issues with their
 * offsets. Too-deep text is not handed to the parser at all (see nesting.ts).
 */
export function parseYaml(text: string): { source: YamlSource; issues: { draft: IssueDraft; offset: number }[] } {
  const deep = findExcessiveNesting(text);
  if (deep) {
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
    const doc = parseDocument("", { lineCounter: new LineCounter() });
    return { source: { doc, lineCounter }, issues: [{ draft: error("tooDeep", [], { depth: deep.depth }), offset: deep.offset }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  const issues = doc.errors.map((problem) => {
    const offset = problem.pos[0];
    const reason = problem.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    const draft =
      problem.code === "DUPLICATE_KEY"
        ? error("duplicateKey", [], { key: keyAt(text, offset) })
        : error("yamlSyntax", [], { reason, yamlCode: problem.code });
    return { draft, offset };
  });
  return { source: { doc, lineCounter }, issues };
}

/** The key text starting at an offset (for duplicate-key messages). */
function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const match = /^["']?([^"':\n]*)/.exec(rest);
  return match ? match[1].trim() : "";
}

/** The 1-based line and column of a character offset. */
export function positionOf(source: YamlSource, offset: number): Position {
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The child of a collection node at one path segment: `{ key, value }` nodes (key only for maps). */
function childOf(node: unknown, segment: string | number): { key: Node | null; value: Node | null } | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const keyValue = isScalar(keyNode) ? keyNode.value : keyNode;
      if (String(keyValue) === String(segment)) return { key: keyNode, value: pair.value as Node | null };
    }
    return null;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment] as Node | undefined;
    return item === undefined ? null : { key: null, value: item };
  }
  return null;
}

/**
 * The position a YAML path points at: its value node, or its key when the value is empty
 * (or `atKey` is set, for unknown keys), or the nearest existing ancestor.
 */
export function locatePath(source: YamlSource, path: ModelPath, atKey = false): Position {
  let node: unknown = source.doc.contents;
  let best: Node | null = isScalar(node) || isMap(node) || isSeq(node) ? (node as Node) : null;
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(source.doc);
    const child = childOf(node, path[i]);
    if (!child) break;
    const last = i === path.length - 1;
    const target = (last && atKey && child.key) || child.value || child.key;
    if (target?.range) best = target;
    node = child.value;
  }
  if (!best?.range) return { line: 1, column: 1 };
  return positionOf(source, best.range[0]);
}

/** True when every segment of the path exists in the document. */
export function pathExists(source: YamlSource, path: ModelPath): boolean {
  let node: unknown = source.doc.contents;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(source.doc);
    const child = childOf(node, segment);
    if (!child) return false;
    node = child.value;
  }
  return true;
}

/** Every own key of a plain JS value that could reach a prototype, with its path. */
export function findForbiddenValueKeys(value: unknown): IssueDraft[] {
  const found: IssueDraft[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown, path: (string | number)[], depth: number): void => {
    if (node === null || typeof node !== "object" || seen.has(node) || depth > 64) return;
    seen.add(node);
    for (const key of Object.keys(node)) {
      const segment = Array.isArray(node) ? Number(key) : key;
      if (FORBIDDEN_KEYS.has(key)) found.push(error("forbiddenKey", [...path, key], { key }));
      visit((node as Record<string, unknown>)[key], [...path, segment], depth + 1);
    }
  };
  visit(value, [], 0);
  return found;
}

/** Every key in the document that could reach a prototype, with its path. */
export function findForbiddenKeys(source: YamlSource): IssueDraft[] {
  const found: IssueDraft[] = [];
  const visit = (node: unknown, path: (string | number)[], depth: number): void => {
    if (depth > 64) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        if (FORBIDDEN_KEYS.has(key)) found.push(error("forbiddenKey", [...path, key], { key }));
        visit(pair.value, [...path, key], depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...path, index], depth + 1));
    }
  };
  visit(source.doc.contents, [], 0);
  return found;
}
