/**
 * Reading a proposal file: the frame (extends, name, run, changes) and each change.
 *
 * `- removeStep: { step: second approval }` becomes the change `{ kind: "removeStep",
 * index: 3, params: { step: "second approval" } }`. A change whose key is not a change kind
 * ("removeSteps") gets a did-you-mean; a change with bad parameters gets the same located
 * issues as a model (`changes[3].removeStep.step: required key "step" is missing`).
 * `removeStep: approval` is accepted as shorthand for `removeStep: { step: approval }`.
 */
import { error, type IssueDraft } from "../source/issues.js";
import { CHANGE_KINDS, CHANGE_SCHEMAS, OverlaySchema, type Change, type ChangeKind, type RawOverlay } from "./schema.js";
import { suggestion } from "../source/suggest.js";
import { PARSE_ONCE } from "../schema/schema-helpers.js";
import { describeValue, mapZodIssues } from "../source/zod-issues.js";

/** The parsed proposal, or the issues that stop it (paths are in the proposal file). */
export type ParsedOverlay =
  | { readonly ok: true; readonly overlay: RawOverlay; readonly changes: Change[] }
  | {
      readonly ok: false;
      readonly drafts: IssueDraft[];
      /** When the frame is sound: the frame and the changes that were read, so the rest can still be checked. */
      readonly partial?: { readonly overlay: RawOverlay; readonly changes: Change[] };
    };

/** True when a parsed YAML document is a proposal (a mapping with an `extends` key). */
export function isOverlayDocument(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw) && Object.hasOwn(raw, "extends");
}

/** Shorthand forms: `removeStep: name` means `{ step: name }`. */
function expandShorthand(kind: ChangeKind, params: unknown): unknown {
  return kind === "removeStep" && typeof params === "string" ? { step: params } : params;
}

function parseChange(item: unknown, index: number, raw: unknown): { change?: Change; drafts: IssueDraft[] } {
  const path = ["changes", index];
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return { drafts: [error("wrongType", path, { found: describeValue(item), expected: `a one-key mapping such as { removeStep: { step: … } }` })] };
  }
  const keys = Object.keys(item);
  if (keys.length !== 1) {
    const found = keys.length === 0 ? "an empty mapping" : `keys ${keys.join(", ")}`;
    return { drafts: [error("invalidValue", path, { found, expected: `each change is one mapping key naming its kind: ${CHANGE_KINDS.join(", ")}` })] };
  }
  const key = keys[0];
  if (!(CHANGE_KINDS as string[]).includes(key)) {
    return { drafts: [error("badEnum", [...path, key], { found: key, allowed: CHANGE_KINDS, ...suggestion(key, CHANGE_KINDS) })] };
  }
  const kind = key as ChangeKind;
  const params = expandShorthand(kind, (item as Record<string, unknown>)[kind]);
  const parsed = CHANGE_SCHEMAS[kind].safeParse(params, PARSE_ONCE);
  if (!parsed.success) return { drafts: mapZodIssues(parsed.error.issues, raw, [...path, kind]) };
  return { change: { kind, index, params: parsed.data } as Change, drafts: [] };
}

/**
 * Checks the proposal frame and every change; collects all issues before failing, and then
 * still returns the changes that were read (`partial`) so they can be applied and checked too.
 * `raw` is the whole parsed proposal document.
 */
export function parseOverlay(raw: unknown): ParsedOverlay {
  const frame = OverlaySchema.safeParse(raw, PARSE_ONCE);
  if (!frame.success) return { ok: false, drafts: mapZodIssues(frame.error.issues, raw) };
  const drafts: IssueDraft[] = [];
  const changes: Change[] = [];
  frame.data.changes.forEach((item, index) => {
    const result = parseChange(item, index, raw);
    drafts.push(...result.drafts);
    if (result.change) changes.push(result.change);
  });
  return drafts.length > 0 ? { ok: false, drafts, partial: { overlay: frame.data, changes } } : { ok: true, overlay: frame.data, changes };
}
