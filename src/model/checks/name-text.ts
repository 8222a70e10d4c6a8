/**
 * The text of names: no control or invisible characters, not blank, and no two names that a
 * reader cannot tell apart.
 *
 * A pool called "clerks\u001b[31m" would colour the terminal red; "intake" and "Intake " or
 * "review" and "re\u200bview" (a zero-width space) look like one step in a table and a chart.
 * Attribute and category names are held to the same rules (they name KPI rows too).
 * Control and format characters and blank names are errors; names of one kind that become
 * equal after Unicode normalisation (NFKC), case folding and trimming are warned about.
 */
import type { Model, ModelPath } from "../compile/model.js";
import { LIMITS } from "../schema/limits.js";
import { error, formatPath, warning, type IssueDraft } from "../source/issues.js";

/** Control (Cc), format (Cf: zero-width, bidi overrides), line and paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** The form two names are compared in: NFKC, case-folded, trimmed, spaces collapsed. */
export function comparableName(name: string): string {
  return name.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");
}

interface Named {
  readonly name: string;
  readonly path: ModelPath;
}

/** Text problems of one name (located at `path`). */
function textProblems(name: string, path: ModelPath): IssueDraft[] {
  const codePoint = [...name].find((char) => INVISIBLE.test(char));
  if (codePoint !== undefined) return [error("invisibleInName", path, { codePoint: `U+${(codePoint.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}` })];
  if (name.trim() === "") return [error("blankName", path, {})];
  return [];
}

/** Names of one kind that collide once normalised (exact duplicates are reported elsewhere). */
function lookAlikes(kind: string, items: readonly Named[]): IssueDraft[] {
  const first = new Map<string, Named>();
  const issues: IssueDraft[] = [];
  for (const item of items) {
    const key = comparableName(item.name);
    const seen = first.get(key);
    if (seen && seen.name !== item.name) issues.push(warning("lookAlikeNames", item.path, { kind, name: item.name, other: seen.name, first: formatPath(seen.path) }));
    else if (!seen) first.set(key, item);
  }
  return issues;
}

/** Attribute and category names of one source: they head KPI rows ("Category segment: retail") like any other name. */
function attributeNameProblems(source: Model["arrivals"][number]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const [name, spec] of Object.entries(source.attributes)) {
    const path = [...source.path, "attributes", name];
    issues.push(...textProblems(name, path));
    if (spec.kind === "categorical") for (const category of spec.categories) issues.push(...textProblems(category, [...path, "categories", category]));
  }
  return issues;
}

/**
 * Attribute names, and the categories of each attribute, that differ only in case, spacing or
 * Unicode form across the model ("segment: Retail" in one source, "retail" in another would
 * head two KPI rows). The first spelling met is the reference; exact repeats are fine.
 */
function attributeLookAlikes(model: Model): IssueDraft[] {
  const attributes = new Map<string, Named>();
  const categories = new Map<string, Map<string, Named>>();
  for (const source of model.arrivals) {
    for (const [name, spec] of Object.entries(source.attributes)) {
      const path = [...source.path, "attributes", name];
      if (!attributes.has(name)) attributes.set(name, { name, path });
      if (spec.kind !== "categorical") continue;
      const own = categories.get(name) ?? new Map<string, Named>();
      for (const category of spec.categories) if (!own.has(category)) own.set(category, { name: category, path: [...path, "categories", category] });
      categories.set(name, own);
    }
  }
  return [...lookAlikes("attribute", [...attributes.values()]), ...[...categories.values()].flatMap((own) => lookAlikes("category", [...own.values()]))];
}

/** Invisible characters, blank names, look-alike names, and more pools than the limit. */
export function checkNameText(model: Model): IssueDraft[] {
  const groups: [string, Named[]][] = [
    ["step", model.steps.map((step) => ({ name: step.name, path: [...step.path, "name"] }))],
    ["source", model.arrivals.map((source) => ({ name: source.name, path: [...source.path, "name"] }))],
    ["pool", model.resources.map((pool) => ({ name: pool.name, path: pool.path }))],
    ["serviceLevel", model.serviceLevels.map((level) => ({ name: level.name, path: [...level.path, "name"] }))],
  ];
  const issues = groups.flatMap(([kind, items]) => [...items.flatMap((item) => textProblems(item.name, item.path)), ...lookAlikes(kind, items)]);
  for (const source of model.arrivals) if (source.class !== source.name) issues.push(...textProblems(source.class, [...source.path, "class"]));
  for (const source of model.arrivals) issues.push(...attributeNameProblems(source));
  issues.push(...attributeLookAlikes(model));
  issues.push(...textProblems(model.name, ["name"]));
  if (model.resources.length > LIMITS.resources) issues.push(error("tooManyItems", ["resources"], { found: model.resources.length, maximum: LIMITS.resources }));
  return issues;
}
