/**
 * Problems that only follow from a refused change, so that they are not reported twice.
 *
 * A proposal misspells `addResourc: { name: rpa bots, capacity: 2 }` and then moves data entry
 * to it with `setResource: { step: data entry, resource: rpa bots }`. The first change is
 * refused (its kind is unknown) and the others are still applied so that every independent
 * problem is reported at once; but "resource "rpa bots" is not defined" at the second change
 * is the first problem again, not a new one. A refused change may have meant to define any
 * name it gives as `name` or `pool` (a pool, an inserted or merged step), so an unknown-name
 * issue naming one of those is dropped.
 */
import type { IssueDraft } from "../source/issues.js";

/** The codes that say a name is not defined. */
const UNKNOWN_NAME = new Set(["unknownStep", "unknownResource", "unknownReworkStep", "unknownClass"]);

/** Every name a change as written may define: string values at keys `name` or `pool`, at any depth. */
export function namesDefinedBy(item: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof item !== "object" || item === null) return found;
  for (const [key, value] of Object.entries(item)) {
    if ((key === "name" || key === "pool") && typeof value === "string") found.add(value);
    else namesDefinedBy(value, found);
  }
  return found;
}

/** True when the issue says a name is not defined that a refused change may have defined. */
export function followsFromRefused(issue: Pick<IssueDraft, "code" | "params">, refusedNames: ReadonlySet<string>): boolean {
  if (!UNKNOWN_NAME.has(issue.code)) return false;
  const name = (issue.params as { name?: unknown }).name;
  return typeof name === "string" && refusedNames.has(name);
}

/** The index of the change a proposal-file draft is about (`changes[3]…` → 3), or -1. */
export function changeIndexOf(draft: Pick<IssueDraft, "path">): number {
  return draft.path[0] === "changes" && typeof draft.path[1] === "number" ? draft.path[1] : -1;
}

/**
 * The drafts of a proposal without those that follow from an earlier refused change.
 * `items` are the changes as written (`changes[i]`).
 */
export function withoutFollowOns(drafts: readonly IssueDraft[], items: readonly unknown[]): IssueDraft[] {
  const refused = new Set(drafts.map(changeIndexOf).filter((i) => i >= 0));
  return drafts.filter((draft) => {
    const own = changeIndexOf(draft);
    const earlier = new Set<string>();
    for (const i of refused) if (i < own) namesDefinedBy(items[i], earlier);
    return !followsFromRefused(draft, earlier);
  });
}
