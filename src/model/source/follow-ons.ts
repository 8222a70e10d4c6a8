/**
 * Follow-ons: the issues of a salvaged model that its repair could have caused, and so are
 * not reported; every other issue of the copy is a problem of the model as written.
 *
 * A teller step whose duration is `"fast"`, routed to an undefined `"reveiw"` with pool
 * `teller` (the pool is `tellers`): salvage leaves the duration out, and the checks of the
 * copy say "required key duration is missing" (about the repaired value: a follow-on),
 * "step "reveiw" is not defined" and "resource "teller" is not defined" (other values of the
 * same step: reported). A branch share refused is left out: the branches then add up to 0.5
 * and a step is unreachable, both computed from the repaired value, so both are dropped.
 *
 * An issue is a follow-on when
 * - its own value (path or alternative path) is a repaired value or lies inside one;
 * - it is about a value below its element that holds a repaired value (the branches of a
 *   route whose p was repaired);
 * - or a value it is computed from (`issue-inputs.ts`) was repaired.
 */
import type { ModelPath } from "../compile/model.js";
import type { IssueDraft } from "./issues.js";
import { ANY, ISSUE_INPUTS, PRESENCE, type PathPattern } from "./issue-inputs.js";
import { elementOf, startsWith, type Salvaged } from "./salvage.js";

/**
 * True when the repaired value at `path` can change what `pattern` reads: one lies inside the
 * other (`ANY` matches any segment); for a `PRESENCE` pattern, only the value itself or a
 * value holding it (a repair inside it leaves it there).
 */
function overlaps(pattern: PathPattern, path: ModelPath): boolean {
  const presence = pattern[pattern.length - 1] === PRESENCE;
  const length = presence ? pattern.length - 1 : pattern.length;
  if (presence && path.length > length) return false;
  for (let i = 0; i < Math.min(length, path.length); i++) if (pattern[i] !== ANY && pattern[i] !== path[i]) return false;
  return true;
}

/** True when an issue at `path` is about the repaired value `repaired`: that value, a part of it, or a value below the element holding it. */
function isAbout(path: ModelPath, repaired: ModelPath): boolean {
  return startsWith(path, repaired) || (path.length > elementOf(path).length && startsWith(repaired, path));
}

/** True when `draft`, an issue of the salvaged copy, could have been caused by its repair. */
export function isFollowOn(draft: IssueDraft, salvaged: Salvaged): boolean {
  const own = draft.altPath ? [draft.path, draft.altPath] : [draft.path];
  if (salvaged.repaired.some((repaired) => own.some((path) => isAbout(path, repaired)))) return true;
  const inputs = ISSUE_INPUTS[draft.code](draft, elementOf(draft.path), salvaged.value);
  return inputs.some((pattern) => salvaged.repaired.some((repaired) => overlaps(pattern, repaired) && changesPresence(pattern, repaired, salvaged)));
}

/**
 * For a `PRESENCE` pattern, true when the repair at `path` may have changed whether the value
 * is there: it left it out, or replaced a value holding it (whose neutral stand-in holds
 * nothing). A value replaced in place is still there (a refused ratePerHour beside an
 * interarrival: the conflict stands). Other patterns read the value itself: always true.
 */
function changesPresence(pattern: PathPattern, path: ModelPath, salvaged: Salvaged): boolean {
  if (pattern[pattern.length - 1] !== PRESENCE) return true;
  return path.length < pattern.length - 1 || salvaged.emptied.some((emptied) => emptied.length === path.length && startsWith(emptied, path));
}
