/**
 * A model as it will run: run settings given as options (a horizon, a number of replications)
 * held to the checks a model file with those settings would get.
 *
 * `procsim run branch-counter.yaml --horizon 3min` ends before the branch opens at 09:00;
 * written into the file, that horizon gets "the run ends at 3min but the calendar first opens
 * on mon at 09:00 …, so no case arrives". Given as an option it now gets the same warning,
 * where `validate` would point: `branch-counter.yaml:14:12  run.horizon  warning: with
 * horizon 3min given as an option: the run ends at 3min …`, once for a comparison's models. A
 * setting that makes the model invalid stops the run the same way. Problems the model has
 * without the options (printed when it was loaded) are not repeated; a seed changes no check.
 */
import type { Model } from "../model/compile/model.js";
import { runChecks } from "../model/checks/index.js";
import { formatMinutes } from "../model/schema/units.js";
import { error, locateIssue, warning, type ModelIssue } from "../model/source/issues.js";
import { innerOf, issueIdentity, placeInModelFile } from "./point-warnings.js";
import { withRunOverrides, type RunOverrides } from "./run-overrides.js";

/** "horizon 3min given as an option", "2 replications given as an option"; null for an option that changes no check (a seed). */
function optionText(option: keyof RunOverrides, overrides: RunOverrides): string | null {
  if (option === "horizon" && overrides.horizon !== undefined) return `horizon ${formatMinutes(overrides.horizon)} given as an option`;
  if (option === "replications" && overrides.replications !== undefined) return `${overrides.replications} replication${overrides.replications === 1 ? "" : "s"} given as an option`;
  return null;
}

/** The options that can change a check, one at a time. */
const CHECKED_OPTIONS: readonly (keyof RunOverrides)[] = ["horizon", "replications"];

/**
 * The problems each option of `overrides` gives the models that they do not have on their
 * own, placed in the first model's file that has it (a proposal repeats its current model's):
 * errors (the run must not start) and warnings (to print). Each option is checked alone, so
 * a problem names the option that causes it. Overrides must be valid for the models
 * (`checkOverridesFor`).
 */
export function overrideChecks(models: readonly Model[], overrides: RunOverrides): { readonly errors: ModelIssue[]; readonly warnings: ModelIssue[] } {
  const checked = CHECKED_OPTIONS.flatMap((option) => {
    const options = optionText(option, overrides);
    return options === null ? [] : [{ option, options }];
  });
  if (checked.length === 0) return { errors: [], warnings: [] };
  // NOTE: each model's own problems once, whichever options are checked against them.
  const known = models.map((model) => new Set(runChecks(model).map(issueIdentity)));
  const said = new Set<string>();
  const issues: ModelIssue[] = [];
  for (const { option, options } of checked) {
    for (const [m, model] of models.entries()) {
      for (const draft of runChecks(withRunOverrides(model, { [option]: overrides[option] }))) {
        const key = issueIdentity(draft);
        if (known[m].has(key) || said.has(key)) continue;
        said.add(key);
        const wrap = draft.severity === "error" ? error : warning;
        issues.push(locateIssue(wrap("withOptions", draft.path, { options, ...innerOf(draft) }), placeInModelFile(model, draft)));
      }
    }
  }
  return { errors: issues.filter((issue) => issue.severity === "error"), warnings: issues.filter((issue) => issue.severity === "warning") };
}
