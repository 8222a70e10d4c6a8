/**
 * A roster held to the validation of a model file: the model with the roster as its pool's
 * shift plan is checked like any edited model before it is simulated.
 *
 * Scoring "3@10:00-17:00" at the branch, which opens at 09:00, warns once, where `validate`
 * would point: `branch-counter.yaml:30:5  resources.tellers  warning: with roster
 * 3@10:00-17:00: pool "tellers" has no shift on … 09:00–10:00 …`; a roster whose counts add
 * up beyond the capacity limit is refused with the model's own message. Warnings the model
 * has without the roster (printed when it was loaded) are not repeated.
 */
import type { Model } from "../../model/compile/model.js";
import { checkEditedModel } from "../../model/checks/edited-model.js";
import { formatPath, locateIssue, warning, wordIssue, type ModelIssue } from "../../model/source/issues.js";
import { innerOf, issueIdentity, placeInModelFile } from "../point-warnings.js";

/** What the checks say of a model with a roster: errors (worded, each with its place) that stop it, and warnings to print. */
export interface RosterChecks {
  readonly errors: readonly string[];
  readonly warnings: readonly ModelIssue[];
}

/**
 * The checks of `rostered` (the model with roster `roster`, e.g. "3@10:00-17:00", applied to
 * its pool), leaving out the warnings `model` has without it.
 */
export function rosterChecks(model: Model, rostered: Model, roster: string): RosterChecks {
  const known = new Set(checkEditedModel(model).map(issueIdentity));
  const drafts = checkEditedModel(rostered).filter((draft) => !known.has(issueIdentity(draft)));
  const errors = drafts.filter((draft) => draft.severity === "error").map((draft) => `the roster ${roster} makes ${formatPath(draft.path)} invalid: ${wordIssue(draft)}`);
  const warnings = drafts
    .filter((draft) => draft.severity === "warning")
    .map((draft) => locateIssue(warning("rosterWarning", draft.path, { roster, ...innerOf(draft) }), placeInModelFile(model, draft)));
  return { errors, warnings };
}
