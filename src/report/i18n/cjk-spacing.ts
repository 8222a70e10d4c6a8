/**
 * The space Chinese typesetting puts between a Latin word or number and a Chinese character.
 *
 * A zh template "{name}从 {from}升至 {to}" filled with the service level "compliance picked up
 * within 1h" reads "compliance picked up within 1h 从 89.4% …", not "…1h从 89.4%"; a
 * Chinese name ("柜台") is joined as before. Only the edges of an interpolated value are
 * spaced, so names keep their own spelling.
 */

const LATIN = /[A-Za-z0-9%]/;
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** True when a Latin letter or digit meets a Chinese character across the boundary a|b. */
function needsSpace(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (LATIN.test(a) && CJK.test(b)) || (CJK.test(a) && LATIN.test(b));
}

/** `value` as placed between the template's `before` and `after` text, with a space on each edge where Latin meets Chinese. */
export function spacedValue(before: string, value: string, after: string): string {
  if (value === "") return value;
  const lead = needsSpace(before.at(-1), value[0]) ? " " : "";
  const trail = needsSpace(value.at(-1), after[0]) ? " " : "";
  return `${lead}${value}${trail}`;
}

/** A template with its `{name}` parameters filled in, each value spaced from Chinese text around it. */
export function fillSpaced(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string, offset: number) => {
    if (!(name in values)) return whole;
    return spacedValue(template.slice(0, offset), String(values[name]), template.slice(offset + whole.length));
  });
}
