/**
 * The settings of a model element that its report facts do not otherwise word, flattened to
 * "path → value" text, so that a proposal changing them is never reported as changing nothing.
 *
 * A call-centre proposal that has agents return messages only when no live caller waits
 * (`setAdmission: { step: agent, message: { after: 1min, p: 50%, to: callbacks, priority: -1 } }`)
 * changes step agent's setting "admission.message.priority" from unset to "−1"; the report
 * words it "Messages left at agent: served after live callers (priority −1, was the caller's
 * own)" (report/setting-words.ts).
 */

/** At most this many settings per element: a list of hundreds of recorded times is not a setting to word. */
const MAX_SETTINGS = 200;

/** Text of one setting's value: numbers with a true minus sign, lists of plain values joined. */
function valueText(value: unknown): string {
  if (typeof value === "number") return String(value).replace("-", "−");
  if (Array.isArray(value)) return `[${value.map(valueText).join(", ")}]`;
  return String(value);
}

const isPlain = (value: unknown): boolean => value === null || typeof value !== "object";

/**
 * The element's settings as "a.b.c" → value text, leaving out the top-level keys in
 * `described` (worded elsewhere), `path` (where it was written) and unset (null or absent)
 * values. Lists of plain values are one setting; other lists are numbered ("options.0.to").
 */
export function settingsOf(element: object, described: ReadonlySet<string>): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  let count = 0;
  const visit = (value: unknown, path: string): void => {
    if (value === null || value === undefined || count >= MAX_SETTINGS) return;
    if (isPlain(value) || (Array.isArray(value) && value.every(isPlain))) {
      out[path] = valueText(value);
      count++;
      return;
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as object);
    for (const [key, v] of entries) visit(v, path === "" ? key : `${path}.${key}`);
  };
  for (const [key, value] of Object.entries(element)) {
    if (!described.has(key) && key !== "path") visit(value, key);
  }
  return out;
}
