/**
 * Salvage: the part of a model that its shape errors do not touch, so that the reference,
 * parameter and routing checks still run on it.
 *
 * A branch model with a misspelt key `costPerHuor` under `tellers`, a step whose duration is
 * `"fast"`, a step routed to an undefined `"reveiw"` and a mode above its max has four
 * problems; the schema alone would report only the first two. Salvage copies the document,
 * drops unknown keys (they mean nothing), replaces each value the schema refuses with a
 * neutral one (left out if optional, else 0, "exit", …) and remembers the element it did so in
 * (`steps[3]`, `resources.tellers`). The checks then run on the copy; their errors inside a
 * repaired element, or naming it, are follow-ons of the repair and are dropped.
 */
import { z } from "zod";
import type { ModelPath } from "../compile/model.js";
import { ModelSchema } from "../schema/schema.js";
import type { RawModel } from "../schema/schema.js";
import type { IssueDraft } from "./issues.js";
import { mapZodIssues, valueAt } from "./zod-issues.js";

/** A copy of the model that the schema accepts, and what was repaired to get it. */
export interface Salvaged {
  readonly value: RawModel;
  /** The elements a value was replaced in, e.g. `["steps", 3]`, `["run"]`. */
  readonly repaired: readonly ModelPath[];
  /** Names of the repaired elements (a pool, step or source name), for follow-on references. */
  readonly names: ReadonlySet<string>;
}

/** Rounds of repair before giving up (a repair may reveal an error the schema stopped at). */
const MAX_ROUNDS = 4;
/** Most elements repaired; beyond this the model is too broken to check further. */
const MAX_REPAIRS = 50;
/** Keys whose value shapes everything else (all times, all hours): no salvage when they are wrong. */
const GLOBAL_KEYS = new Set(["timeUnit", "calendar"]);
/** Neutral values tried, in order, for a refused required value. */
const NEUTRAL_VALUES: readonly unknown[] = [0, 1, "exit", "00:00", "always", "1min", [], {}];
/** Sections whose elements are list items or named entries (`steps[3]`, `resources.tellers`). */
const LIST_SECTIONS = new Set(["arrivals", "steps", "serviceLevels", "resources"]);

/** The element a path lies in: `["steps", 3, "duration"]` → `["steps", 3]`; `["run", "seed"]` → `["run"]`. */
export function elementOf(path: ModelPath): ModelPath {
  return path.slice(0, LIST_SECTIONS.has(String(path[0])) ? 2 : 1);
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
  const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1];
  if (value === undefined && !Array.isArray(parent)) delete parent[key];
  else parent[key] = value;
}

/** Replaces the refused value at `path` by a neutral one; false when there is none. */
function neutralise(doc: unknown, path: ModelPath): boolean {
  const { schema, depth } = schemaAt(path);
  const at = path.slice(0, depth);
  // A whole section (`resources`, `steps`) or a global key cannot be replaced without guessing.
  if (at.length === 0 || GLOBAL_KEYS.has(String(at[0])) || (LIST_SECTIONS.has(String(at[0])) && at.length < 2)) return false;
  const original = valueAt(doc, at);
  const asText = typeof original === "number" || typeof original === "boolean" ? [String(original)] : [];
  const candidates = [...(schema instanceof z.ZodOptional ? [undefined] : []), ...asText, ...NEUTRAL_VALUES];
  const neutral = candidates.find((candidate) => schema.safeParse(candidate).success);
  if (neutral === undefined && !(schema instanceof z.ZodOptional)) return false;
  setAt(doc, at, neutral);
  return true;
}

/** The name of a repaired element: a pool's key, or a step's or source's `name`. */
function nameOf(raw: unknown, element: ModelPath): string | null {
  if (element[0] === "resources") return String(element[1]);
  const name = valueAt(raw, [...element, "name"]);
  return typeof name === "string" ? name : null;
}

/**
 * A copy of `raw` that the schema accepts, given the drafts of its failed parse; null when
 * the model is too broken (a whole section, `timeUnit` or `calendar` refused).
 */
export function salvage(raw: unknown, drafts: readonly IssueDraft[]): Salvaged | null {
  let doc: unknown;
  try {
    doc = structuredClone(raw);
  } catch {
    return null;
  }
  const repaired = new Map<string, ModelPath>();
  let pending = drafts;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    for (const draft of pending) {
      if (draft.code === "unknownKey") setAt(doc, draft.path, undefined);
      else if (repaired.size >= MAX_REPAIRS || !neutralise(doc, draft.path)) return null;
      else repaired.set(JSON.stringify(elementOf(draft.path)), elementOf(draft.path));
    }
    const parsed = ModelSchema.safeParse(doc);
    if (parsed.success) {
      const elements = [...repaired.values()];
      const names = new Set(elements.map((element) => nameOf(raw, element)).filter((name) => name !== null));
      return { value: parsed.data, repaired: elements, names };
    }
    pending = mapZodIssues(parsed.error.issues, doc);
  }
  return null;
}

function startsWith(path: ModelPath, prefix: ModelPath): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

/** True when a draft of the salvaged model is a follow-on of a repair (inside or about a repaired element). */
export function isFollowOn(draft: IssueDraft, salvaged: Salvaged): boolean {
  if (salvaged.repaired.some((element) => startsWith(draft.path, element))) return true;
  return Object.values(draft.params).some((value) => typeof value === "string" && salvaged.names.has(value));
}
