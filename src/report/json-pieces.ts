/**
 * `JSON.stringify(value, null, 2)` as a stream of small pieces, with the same bytes.
 *
 * The report.json of a model with 1000 pools and 1000 steps is 15 MB of text; written
 * piece by piece into the report folder it never exists whole in memory: the KPI list of
 * the loan factory is serialised one KPI at a time.
 */

type Json = null | boolean | number | string | readonly unknown[] | { readonly [key: string]: unknown };

/** The value JSON.stringify writes for `value` under `key` (after `toJSON`), or undefined when it leaves it out. */
function jsonValueOf(value: unknown, key: string): unknown {
  const withToJson = value as { toJSON?: (key: string) => unknown } | null;
  const resolved = withToJson !== null && typeof withToJson === "object" && typeof withToJson.toJSON === "function" ? withToJson.toJSON(key) : value;
  if (resolved === undefined || typeof resolved === "function" || typeof resolved === "symbol") return undefined;
  return resolved;
}

/** Pieces of an array or object whose members are written at `indent` spaces. */
function* containerPieces(value: Json & object, indent: string): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "[\n" : ",\n"}${inner}`;
      const member = jsonValueOf(value[i], String(i));
      if (member === undefined) yield "null";
      else yield* valuePieces(member, inner);
    }
    return yield `\n${indent}]`;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = jsonValueOf((value as Record<string, unknown>)[key], key);
    if (member === undefined) continue;
    yield `${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `;
    yield* valuePieces(member, inner);
    first = false;
  }
  yield first ? "{}" : `\n${indent}}`;
}

function* valuePieces(value: unknown, indent: string): Generator<string> {
  if (value !== null && typeof value === "object") yield* containerPieces(value as Json & object, indent);
  else yield JSON.stringify(value);
}

/**
 * The text of `JSON.stringify(value, null, 2)` followed by a newline, in pieces (one per
 * member of each array and object). Plain data only: numbers, strings, booleans, null,
 * arrays, objects (and `toJSON`); a BigInt throws as JSON.stringify does.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  const top = jsonValueOf(value, "");
  if (top !== undefined) yield* valuePieces(top, "");
  yield "\n";
}
