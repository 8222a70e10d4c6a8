/**
 * One linear walk over a parsed YAML document that checks every mapping key: no key twice in
 * a mapping, only plain scalar keys (no `? [a, b]`, `{ a: 1 }: x` or alias keys `*k: x`), and
 * no key that could reach a JavaScript prototype (`__proto__`, `constructor`, `prototype`).
 *
 * A resources mapping of 100,000 pools is checked with one Set per mapping, not by comparing
 * every key with every other (the YAML library's own duplicate check is quadratic and is
 * switched off); an alias key whose anchor says `__proto__` is refused like the key itself.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from "yaml";
import type { ModelPath } from "../compile/model.js";
import { error, type IssueDraft } from "./issues.js";

/** Keys that could reach JavaScript prototypes; rejected wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A key problem with the offset it starts at (duplicates are located by offset). */
export interface KeyProblem {
  readonly draft: IssueDraft;
  readonly offset: number;
}

/** The text of a plain scalar key, or null for a complex or alias key. */
function keyText(key: unknown): string | null {
  if (!isScalar(key)) return null;
  return key.value === null ? "" : String(key.value);
}

/**
 * Every key problem in a document: duplicates, complex or alias keys, forbidden keys; each
 * with its path (for location) and offset. Linear in the number of nodes.
 */
export function findKeyProblems(contents: unknown): KeyProblem[] {
  const found: KeyProblem[] = [];
  const visit = (node: unknown, path: ModelPath, depth: number): void => {
    if (depth > 200 || isAlias(node)) return;
    if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index], depth + 1));
    if (!isMap(node)) return;
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const offset = keyNode?.range?.[0] ?? 0;
      const key = keyText(keyNode);
      if (key === null) {
        found.push({ draft: error("complexKey", path, { kind: isAlias(keyNode) ? "an alias (*name)" : "a list or mapping" }), offset });
        continue;
      }
      if (FORBIDDEN_KEYS.has(key)) found.push({ draft: error("forbiddenKey", [...path, key], { key }), offset });
      else if (seen.has(key)) found.push({ draft: error("duplicateKey", [...path, key], { key }), offset });
      seen.add(key);
      visit(pair.value, [...path, key], depth + 1);
    }
  };
  visit(contents, [], 0);
  return found;
}
