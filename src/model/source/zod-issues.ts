/**
 * zod issues → model issue drafts, in the model's own terms.
 *
 * zod says "invalid_union" when `duration: { triangle: { min: 1 } }` fails; a planner needs
 * "unknown distribution "triangle"; did you mean "triangular"?". This module reads the raw
 * value at each issue's path and the tags left by `schema-helpers.ts`, and picks the
 * alternative of a union the author evidently meant.
 */
import type { z } from "zod";
import { DIST_KINDS } from "../../random/dist-spec.js";
import { error, formatPath, type IssueDraft } from "./issues.js";
import { KEYS_TAG, UNION_TAG } from "../schema/schema-helpers.js";
import { suggestion } from "./suggest.js";
import { describeValue, PHRASES } from "./messages.js";

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

export { describeValue } from "./messages.js";

/** The raw value at a path (undefined when absent). */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** zod's own safe-integer bound, reported next to the schema's tighter bound: keep only the latter. */
function isSafeIntegerBound(issue: ZodIssue, all: readonly ZodIssue[]): boolean {
  if ((issue.code !== "too_big" && issue.code !== "too_small") || issue.origin !== "int") return false;
  const at = JSON.stringify(issue.path);
  return all.some((other) => other !== issue && JSON.stringify(other.path) === at);
}

/** Maps every zod issue of a failed parse to drafts. */
export function mapZodIssues(issues: readonly ZodIssue[], raw: unknown, prefix: Path = []): IssueDraft[] {
  const drafts = issues
    .filter((issue) => !isSafeIntegerBound(issue, issues))
    .flatMap((issue) => mapIssue(issue, raw, [...prefix, ...(issue.path as Path)]));
  return withoutMisspeltMissing(drafts);
}

/**
 * One issue for a misspelt key: `sdd` where `sd` is required gives "unknown key "sdd"; did you
 * mean "sd"?", and the "required key "sd" is missing" beside it is the same mistake.
 */
function withoutMisspeltMissing(drafts: readonly IssueDraft[]): IssueDraft[] {
  const meant = new Set(drafts.flatMap((d) => (d.code === "unknownKey" && d.params.suggestion !== undefined ? [formatPath([...d.path.slice(0, -1), d.params.suggestion])] : [])));
  return meant.size === 0 ? [...drafts] : drafts.filter((d) => !(d.code === "missingKey" && meant.has(formatPath(d.path))));
}

function mapIssue(issue: ZodIssue, raw: unknown, path: Path): IssueDraft[] {
  const found = valueAt(raw, path);
  switch (issue.code) {
    case "invalid_type":
      return [mapInvalidType(issue, found, path)];
    case "too_small":
    case "too_big":
      return [mapBound(issue, found, path)];
    case "invalid_format": {
      const pattern = "pattern" in issue ? String(issue.pattern) : "";
      return [error("badFormat", path, { found, expected: PHRASES.pattern.get(pattern) ?? PHRASES.format(issue.format) })];
    }
    case "invalid_value":
      return [mapEnum(issue.values.map(String), found, path)];
    case "unrecognized_keys":
      return issue.keys.map((key) => mapUnknownKey(issue.message, key, path));
    case "invalid_union":
      return mapUnion(issue, raw, path, found);
    case "invalid_key":
      // The key itself is wrong (e.g. a profile time "9:75"): point at the key.
      // The key is what was found (every code mapped here has a `found` of the raw value's type).
      return mapZodIssues(issue.issues, raw, path).map((draft) => ({ ...draft, atKey: true, params: { ...draft.params, found: path[path.length - 1] } }) as IssueDraft);
    case "invalid_element":
      return mapZodIssues(issue.issues, raw, path);
    default:
      return [error("invalidValue", path, { found: describeValue(found), expected: issue.message })];
  }
}

function mapInvalidType(issue: z.core.$ZodIssueInvalidType, found: unknown, path: Path): IssueDraft {
  if (found === undefined) return error("missingKey", path, { key: path[path.length - 1] ?? "", expected: issue.expected });
  if (issue.expected === "int") return error("notInteger", path, { found });
  return error("wrongType", path, { found: describeValue(found), expected: PHRASES.type(issue.expected) });
}

function mapBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, found: unknown, path: Path): IssueDraft {
  const count = Array.isArray(found) ? found.length : found;
  if (issue.code === "too_small") {
    if (issue.origin === "array") return error("tooFewItems", path, { found: count, minimum: issue.minimum });
    if (issue.origin === "string") return error("invalidValue", path, { found: describeValue(found), expected: PHRASES.notEmpty });
    return error("tooSmall", path, { found, minimum: issue.minimum, inclusive: issue.inclusive ?? true });
  }
  if (issue.origin === "array") return error("tooManyItems", path, { found: count, maximum: issue.maximum });
  if (issue.origin === "string") {
    const [text, limit] = PHRASES.textTooLong(String(found).length, issue.maximum);
    return error("invalidValue", path, { found: text, expected: limit });
  }
  return error("tooBig", path, { found, maximum: issue.maximum, inclusive: issue.inclusive ?? true });
}

function mapEnum(allowed: string[], found: unknown, path: Path): IssueDraft {
  const hint = typeof found === "string" ? suggestion(found, allowed) : {};
  return error("badEnum", path, { found: typeof found === "string" ? found : describeValue(found), allowed, ...hint });
}

function mapUnknownKey(message: string, key: string, path: Path): IssueDraft {
  const allowed: string[] = message.startsWith(KEYS_TAG) ? JSON.parse(message.slice(KEYS_TAG.length)) : [];
  return error("unknownKey", [...path, key], { key, allowed, ...suggestion(key, allowed) });
}

/** Root-level type or literal mismatch: this alternative is not the one the author meant. */
function isTypeMismatch(branch: readonly ZodIssue[]): boolean {
  return branch.some((issue) => issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_value"));
}

/**
 * Like `isTypeMismatch`, and a nested union (a time: a number or a duration string) mismatches
 * when each of its own alternatives does, so `punctuality: { mean: .nan, sd: 5min }` is read
 * as the mapping it is (its `mean` is wrong), not as "a mapping where a number was expected".
 */
function isDeepTypeMismatch(branch: readonly ZodIssue[]): boolean {
  return isTypeMismatch(branch) || branch.some((issue) => issue.path.length === 0 && issue.code === "invalid_union" && issue.errors.length > 0 && issue.errors.every(isDeepTypeMismatch));
}

function mapUnion(issue: z.core.$ZodIssueInvalidUnion, raw: unknown, path: Path, found: unknown): IssueDraft[] {
  if (found === undefined) return [error("missingKey", path, { key: path[path.length - 1] ?? "" })];
  const label = issue.message.startsWith(UNION_TAG) ? issue.message.slice(UNION_TAG.length) : "";
  if (label === "distribution") return mapDistribution(issue, raw, path, found);
  const fitting = issue.errors.filter((branch) => !isDeepTypeMismatch(branch));
  const candidates = fitting.length > 0 ? fitting : issue.errors.filter((branch) => !isTypeMismatch(branch));
  if (candidates.length > 0) {
    const best = candidates.reduce((a, b) => (b.length < a.length ? b : a));
    return mapZodIssues(best, raw, path);
  }
  if (typeof found === "string" && label === "days") return [mapEnum(["weekdays", "weekend", "all"], found, path)];
  // A word where one alternative is a list of words (`endOfDay: serv`): that list, with its "did you mean" (unless the union has its own phrase).
  const words = typeof found === "string" && PHRASES.union[label] === undefined ? issue.errors.flat().find((inner) => inner.path.length === 0 && inner.code === "invalid_value") : undefined;
  if (words && words.code === "invalid_value") return [mapEnum(words.values.map(String), found as string, path)];
  const expected = PHRASES.union[label] ?? expectedOf(issue);
  return [error("wrongType", path, { found: describeValue(found), expected })];
}

/** "a number or a string" from the alternatives' own expectations. */
function expectedOf(issue: z.core.$ZodIssueInvalidUnion): string {
  const names = new Set<string>();
  for (const branch of issue.errors) {
    for (const inner of branch) if (inner.path.length === 0 && inner.code === "invalid_type") names.add(PHRASES.type(inner.expected));
  }
  return PHRASES.anyOf([...names]);
}

function mapDistribution(issue: z.core.$ZodIssueInvalidUnion, raw: unknown, path: Path, found: unknown): IssueDraft[] {
  const isMapping = found !== null && typeof found === "object" && !Array.isArray(found);
  if (!isMapping) {
    const candidates = issue.errors.filter((branch) => !isTypeMismatch(branch));
    if (candidates.length === 1) return mapZodIssues(candidates[0], raw, path);
    return [error("distributionShape", path, { found: describeValue(found) })];
  }
  const keys = Object.keys(found as object);
  const families: readonly string[] = DIST_KINDS;
  if (keys.length !== 1) return [error("distributionShape", path, { found: PHRASES.mappingKeys(keys) })];
  if (!families.includes(keys[0])) {
    return [error("unknownDistribution", [...path, keys[0]], { found: keys[0], allowed: families, ...suggestion(keys[0], families) })];
  }
  const branch = issue.errors.find((b) => !b.some((inner) => inner.code === "unrecognized_keys" && inner.path.length === 0) && !isTypeMismatch(b));
  return branch ? mapZodIssues(branch, raw, path) : [error("distributionShape", path, { found: describeValue(found) })];
}
