/**
 * Follow-ons of a recording that could not be used: the attributes its `columns:` declare
 * come from the file, so while the file cannot be read (or has a bad header or cells) every
 * rule on them would say "attribute … is not drawn by any source". Those issues are not
 * reported; the recording's own issue says what to fix.
 *
 * Riverside branch replays recorded-branch-day.csv with `columns: { segment: […], cash: number }`;
 * loaded from an object without its path, the file cannot be found: the one issue is the
 * recorded file's, not also "attribute cash / segment is not drawn by any source".
 */
import type { ModelPath } from "../compile/model.js";
import type { IssueDraft } from "./issues.js";

/** Codes after which a recording gives the source no attributes. */
const UNUSABLE = new Set(["recordedFile", "recordedColumn", "recordedCell", "recordedMoreProblems"]);

/** The value at `path` in a plain value, or undefined. */
function valueAt(raw: unknown, path: ModelPath): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The attribute names declared under `columns:` of each recording that could not be used. */
function unreadColumns(raw: unknown, drafts: readonly IssueDraft[]): Set<string> {
  const names = new Set<string>();
  for (const draft of drafts) {
    if (!UNUSABLE.has(draft.code) || draft.path[draft.path.length - 1] !== "file") continue;
    const columns = valueAt(valueAt(raw, draft.path.slice(0, -1)), ["columns"]);
    if (columns !== null && typeof columns === "object") for (const name of Object.keys(columns)) names.add(name);
  }
  return names;
}

/**
 * `drafts` without the "attribute is not drawn by any source" issues about columns of a
 * recording that could not be used (`raw`: the model value the drafts' paths point into).
 */
export function withoutRecordingFollowOns(raw: unknown, drafts: readonly IssueDraft[]): IssueDraft[] {
  const unread = unreadColumns(raw, drafts);
  if (unread.size === 0) return [...drafts];
  return drafts.filter((draft) => !(draft.code === "unknownAttribute" && unread.has(draft.params.name)));
}
