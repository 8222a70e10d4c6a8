/**
 * Salvage: the part of a model that its shape errors do not touch, so that the reference,
 * parameter and routing checks still run on it.
 *
 * A branch model with a misspelt key `costPerHuor` under `tellers`, a step whose duration is
 * `"fast"`, a step routed to an undefined `"reveiw"` and a mode above its max has four
 * problems; the schema alone would report only the first two. Salvage copies the document,
 * drops unknown keys (they mean nothing), replaces each value the schema refuses with a
 * neutral one (left out if optional, else 0, "exit", …; a refused name with no text form
 * becomes its element's path, `steps[3]`) and remembers the exact value it replaced
 * (`steps[3].duration`; inside a route or a distribution only the refused part, so a branch
 * with a refused p keeps its target). The checks then run on the copy; `follow-ons.ts`
 * decides which of their issues the repair could have caused.
 */
import { z } from "zod";
import type { ModelPath } from "../compile/model.js";
import { ModelSchema } from "../schema/schema.js";
import type { RawModel } from "../schema/schema.js";
import { formatPath, type IssueDraft } from "./issues.js";
import { mapZodIssues, valueAt } from "./zod-issues.js";

/** A copy of the model that the schema accepts, and what was repaired to get it. */
export interface Salvaged {
  readonly value: RawModel;
  /**
   * The values replaced or left out, e.g. `["steps", 3, "duration"]`, `["calendar"]`; and the
   * key a misspelt key most likely meant, when that key is absent (`capacty` → `capacity`).
   */
  readonly repaired: readonly ModelPath[];
  /** The repaired values left out (or, for a misspelt key, never there): their presence changed too. */
  readonly emptied: readonly ModelPath[];
}

/** Rounds of repair before giving up (a repair may reveal an error the schema stopped at). */
const MAX_ROUNDS = 4;
/** Most values repaired; beyond this the model is too broken to check further. */
const MAX_REPAIRS = 50;
/** Keys whose value shapes everything else (every bare number is a time in it): no salvage when it is wrong. */
const GLOBAL_KEYS = new Set(["timeUnit"]);
/** Neutral values tried, in order, for a refused required value. */
const NEUTRAL_VALUES: readonly unknown[] = [0, 1, "exit", "00:00", "always", "1min", [], {}];
/** How deep an element lies in each section (`steps[3]`, `resources.tellers`, `subprocesses.verify[1]`); 1 elsewhere (`run`). */
const ELEMENT_DEPTH: Readonly<Record<string, number>> = { arrivals: 2, steps: 2, serviceLevels: 2, resources: 2, classes: 2, subprocesses: 3 };

/** The element a path lies in: `["steps", 3, "duration"]` → `["steps", 3]`; `["run", "seed"]` → `["run"]`. */
export function elementOf(path: ModelPath): ModelPath {
  return path.slice(0, ELEMENT_DEPTH[String(path[0])] ?? 1);
}

/** The schema of the value at `path`, and how much of the path it covers (unions stop the walk). */
function schemaAt(path: ModelPath): { schema: z.ZodType; depth: number } {
  let schema: z.ZodType = ModelSchema;
  let depth = 0;
  for (const segment of path) {
    const inner: z.ZodType = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
    let next: z.ZodType | undefined;
    if (inner instanceof z.ZodObject) next = (inner.shape as Record<string, z.ZodType>)[String(segment)];
    else if (inner instanceof z.ZodArray) next = inner.element as z.ZodType;
    else if (inner instanceof z.ZodRecord) next = inner.valueType as z.ZodType;
    if (next === undefined) break;
    schema = next;
    depth++;
  }
  return { schema, depth };
}

function setAt(root: unknown, path: ModelPath, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
  // A key inside a value already left out (a misspelt key of a refused calendar) is gone with it.
  if (parent === null || typeof parent !== "object") return;
  const key = path[path.length - 1];
  if (value === undefined && !Array.isArray(parent)) delete parent[key];
  else parent[key] = value;
}

/** A value repaired, and whether it is still there (replaced) or not (left out). */
interface Repair {
  readonly path: ModelPath;
  readonly present: boolean;
}

/** The values repaired so far, by their path as JSON. */
type Repairs = Map<string, Repair>;

/** A refused element name (`name` of a step, source, …) is replaced by the element's path: unique, and says which it is. */
function isElementName(at: ModelPath): boolean {
  return at.length === elementOf(at).length + 1 && at[at.length - 1] === "name";
}

/** True when `path` is `prefix` or lies inside it: `steps[3].duration.mean` in `steps[3]`. */
export function startsWith(path: ModelPath, prefix: ModelPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/**
 * True when the schema accepts `candidate` at `at`. Inside a union (a route, a distribution)
 * the union is parsed with the candidate in place, and accepts it when nothing at or around
 * `at` is refused any more (another refused value of the union is repaired on its own).
 */
function fits(doc: unknown, at: ModelPath, candidate: unknown): boolean {
  const { schema, depth } = schemaAt(at);
  if (depth === at.length) return schema.safeParse(candidate).success;
  const holder = { value: structuredClone(valueAt(doc, at.slice(0, depth))) };
  const inner = at.slice(depth);
  setAt(holder, ["value", ...inner], candidate);
  const parsed = schema.safeParse(holder.value);
  return parsed.success || !mapZodIssues(parsed.error.issues, holder.value).some((draft) => startsWith(draft.path, inner) || startsWith(inner, draft.path));
}

/** Replaces the value at `at` by a neutral one (left out if it may be); false when there is none. */
function replace(doc: unknown, at: ModelPath, repairs: Repairs): boolean {
  const { schema, depth } = schemaAt(at);
  const optional = depth < at.length || schema instanceof z.ZodOptional;
  const original = valueAt(doc, at);
  // A number where a text is expected is taken as its text (a step named 300); a name with no text form is its element's path.
  const asText = typeof original === "number" || typeof original === "boolean" ? [String(original)] : [];
  const placeholder = isElementName(at) && depth === at.length && !optional ? [formatPath(at.slice(0, -1))] : [];
  // NOTE: a neutral value before leaving an optional one out, so checks of what is present
  // (interarrival beside a refused ratePerHour) still see what the file says is there.
  const candidates = [...asText, ...placeholder, ...NEUTRAL_VALUES, ...(optional ? [undefined] : [])];
  const found = candidates.findIndex((candidate) => fits(doc, at, candidate));
  if (found < 0) return false;
  setAt(doc, at, candidates[found]);
  repairs.set(JSON.stringify(at), { path: at, present: candidates[found] !== undefined });
  return true;
}

/**
 * Replaces the refused value at `path` by a neutral one, or else the nearest value holding it
 * that has one, up to its element (a branch's refused p is left out and the route kept; a
 * shift of the wrong shape: the pool's shifts are left out); false when there is none (a
 * step of the wrong shape, `timeUnit`, the steps).
 */
function neutralise(doc: unknown, path: ModelPath, repairs: Repairs): boolean {
  if (GLOBAL_KEYS.has(String(path[0]))) return false;
  for (let at = path; at.length > 0 && at.length >= elementOf(at).length; at = at.slice(0, -1)) {
    if (replace(doc, at, repairs)) return true;
  }
  return false;
}

/** Drops an entry whose key is refused (a profile time "9:75"): the entry is what was repaired. */
function dropEntry(doc: unknown, path: ModelPath, repairs: Repairs): void {
  setAt(doc, path, undefined);
  repairs.set(JSON.stringify(path), { path, present: false });
}

/** Drops an unknown key; when it is a misspelling of an absent key (`capacty`), that key counts as repaired. */
function dropUnknownKey(doc: unknown, draft: Extract<IssueDraft, { code: "unknownKey" }>, repairs: Repairs): void {
  setAt(doc, draft.path, undefined);
  const meant = draft.params.suggestion;
  const parent = draft.path.slice(0, -1);
  if (meant === undefined || valueAt(doc, [...parent, meant]) !== undefined) return;
  const at = [...parent, meant];
  repairs.set(JSON.stringify(at), { path: at, present: false });
}

/**
 * A copy of `raw` that the schema accepts, given the drafts of its failed parse; null when
 * the model is too broken (a whole section or `timeUnit` refused, or too many values).
 */
export function salvage(raw: unknown, drafts: readonly IssueDraft[]): Salvaged | null {
  let doc: unknown;
  try {
    doc = structuredClone(raw);
  } catch {
    return null;
  }
  const repairs: Repairs = new Map();
  let pending = drafts;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    for (const draft of pending) {
      if (draft.code === "unknownKey") dropUnknownKey(doc, draft, repairs);
      else if (repairs.size >= MAX_REPAIRS) return null;
      else if (draft.atKey === true) dropEntry(doc, draft.path, repairs);
      else if (!neutralise(doc, draft.path, repairs)) return null;
    }
    const parsed = ModelSchema.safeParse(doc);
    if (parsed.success) {
      const all = [...repairs.values()];
      return { value: parsed.data, repaired: all.map((r) => r.path), emptied: all.filter((r) => !r.present).map((r) => r.path) };
    }
    pending = mapZodIssues(parsed.error.issues, doc);
  }
  return null;
}
