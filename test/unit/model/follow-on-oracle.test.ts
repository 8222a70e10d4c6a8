/**
 * No follow-on is ever reported, whichever value is refused: a model of the right shape with a
 * dozen independent problems (test/fixtures/salvage) gets one value refused at a time (a text
 * where a number or a mapping belongs, a list where a name belongs, a key misspelt), and every
 * issue reported beyond the refusal must be an issue of the model as it was. An issue the
 * unmutated model does not have can only come from the value salvage put in place of the
 * refused one: a follow-on the rules of `issue-inputs.ts` missed.
 *
 * A teller pool whose capacity is refused must not make "the step needs 3 units of tellers"
 * appear; a refused branch share must not make "no case reaches review" appear.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { formatPath, type ModelIssue } from "../../../src/model/source/issues.js";
import { loadModelText } from "../../../src/model/source/load.js";

const DIR = resolve(new URL(".", import.meta.url).pathname, "../../fixtures/salvage");
const MODELS = ["many-problems.yaml", "rich-problems.yaml"];
/** Codes of refusals by the schema (the mutation's own issues, never follow-ons). */
const SHAPE_CODES = new Set(["wrongType", "badFormat", "tooSmall", "tooBig", "badEnum", "invalidValue", "notInteger", "unknownKey", "distributionShape", "tooFewItems", "tooManyItems", "unknownDistribution", "missingKey"]);

type Path = (string | number)[];
const key = (issue: ModelIssue) => `${issue.severity} ${issue.code} ${formatPath(issue.path)}`;

/** Every path of a plain value (mappings and lists, and what they hold). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const here = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (value !== null && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return here;
}

/** One mutation: a refused value at a path, or its key misspelt (the last letter dropped). */
interface Mutation {
  readonly label: string;
  readonly apply: (doc: ReturnType<typeof parseDocument>) => void;
}

function mutationsOf(raw: unknown): Mutation[] {
  return pathsOf(raw).flatMap((path): Mutation[] => {
    if (path.length === 1 && (path[0] === "name" || path[0] === "timeUnit")) return [];
    const value = path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], raw);
    // A text is refused where a number or a mapping belongs; a list where a text (a name) does.
    const refused = typeof value === "string" ? [1, 2] : "???";
    const out: Mutation[] = [{ label: `${formatPath(path)} = ${JSON.stringify(refused)}`, apply: (doc) => doc.setIn(path, refused) }];
    const last = path[path.length - 1];
    if (typeof last === "string" && last.length > 3 && !/^\d/.test(last)) {
      out.push({
        label: `${formatPath(path)} misspelt`,
        apply: (doc) => {
          const node = doc.getIn(path, true);
          doc.deleteIn(path);
          doc.setIn([...path.slice(0, -1), last.slice(0, -1)], node);
        },
      });
    }
    return out;
  });
}

describe("follow-on oracle", () => {
  it.each(MODELS)("%s: one refused value at a time adds no issue the model does not have", (name) => {
    const file = join(DIR, name);
    const text = readFileSync(file, "utf8");
    const base = loadModelText(text, file);
    expect(base.ok).toBe(false);
    if (base.ok) return;
    const known = new Set(base.issues.map(key));
    expect(known.size).toBeGreaterThanOrEqual(10);
    const spurious: string[] = [];
    let checked = 0;
    for (const mutation of mutationsOf(parseDocument(text).toJS())) {
      const doc = parseDocument(text);
      mutation.apply(doc);
      const result = loadModelText(doc.toString(), file);
      if (result.ok || result.issues.some((issue) => issue.code === "duplicateKey")) continue;
      const refusals = result.issues.filter((issue) => SHAPE_CODES.has(issue.code));
      // A misspelt key counts when it is reported as such; a model that really lacks the key is another model.
      if (refusals.length === 0 || (mutation.label.endsWith("misspelt") && !refusals.some((issue) => issue.code === "unknownKey" && issue.params.suggestion !== undefined))) continue;
      checked++;
      for (const issue of result.issues) if (!SHAPE_CODES.has(issue.code) && !known.has(key(issue))) spurious.push(`${mutation.label}: ${key(issue)}  ${issue.message}`);
    }
    expect(checked).toBeGreaterThan(150);
    expect(spurious).toEqual([]);
  });
});
