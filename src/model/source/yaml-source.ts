/**
 * The YAML side of loading: text → yaml Document with node positions, and YAML path →
 * line and column.
 *
 * When `steps[2].duration` of an account-opening model is wrong, the planner is sent to
 * line 31, column 15 of the file: the Document keeps every node's offset range, and a
 * LineCounter turns offsets into 1-based lines and columns. A path that does not exist in
 * the file (a missing key) points at its nearest existing ancestor.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { ModelPath } from "../compile/model.js";
import { error, type IssueDraft } from "./issues.js";
import { MAX_YAML_NODES, scanText } from "./nesting.js";
import { FORBIDDEN_KEYS } from "./yaml-keys.js";

export { FORBIDDEN_KEYS } from "./yaml-keys.js";

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


/**
 * Parses YAML text; syntax errors and absurd nesting or size become issues with their
 * offsets. Too-deep or too-large text is not handed to the parser at all (see nesting.ts);
 * duplicate and forbidden keys are found by `findKeyProblems` (linear, see yaml-keys.ts).
 */
export function parseYaml(text: string): { source: YamlSource; issues: { draft: IssueDraft; offset: number }[] } {
  const excess = scanText(text);
  if (excess) {
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
    const doc = parseDocument("", { lineCounter: new LineCounter() });
    const draft = excess.kind === "depth" ? error("tooDeep", [], { depth: excess.depth }) : error("tooManyNodes", [], { limit: MAX_YAML_NODES });
    return { source: { doc, lineCounter }, issues: [{ draft, offset: excess.offset }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: true, strict: true });
  const issues = doc.errors.map((problem) => {
    const offset = problem.pos[0];
    const reason = problem.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    return { draft: error("yamlSyntax", [], { reason, yamlCode: problem.code }), offset };
  });
  return { source: { doc, lineCounter }, issues };
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
