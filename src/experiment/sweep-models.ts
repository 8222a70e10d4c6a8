/**
 * The models of a sweep's points, each held to the validation of a model file before
 * anything is simulated.
 *
 * Sweeping the counter's mean handling time over 0 and 5 minutes refuses the point 0 at once:
 * "steps.counter.duration.mean=0 makes steps[1].duration.lognormal.mean invalid: mean is 0;
 * mean must be greater than 0", as `validate` would refuse the file with that mean; a business
 * rate of 1e7 an hour gets the limit of 1,000,000 the file would. Every refused value is
 * reported at once. A value is judged on its own first (the model's other values kept); a
 * point of valid values is then judged as a whole, and reported when only the combination
 * fails (a mean and a scale that together outlast the 100-year limit). The warnings the points'
 * models would have as files are returned too, once per kind with the points they belong to
 * (point-warnings.ts), leaving out those the model at its own values has.
 */
import type { Model } from "../model/compile/model.js";
import { checkEditedModel } from "../model/checks/edited-model.js";
import { applyEdits, ModelEditError } from "../model/overlays/edits.js";
import { error, formatPath, locateIssue, wordIssue, type IssueDraft, type ModelIssue, type Result } from "../model/source/issues.js";
import type { SweepAxis, SweepSetting } from "./sweep.js";
import { pointWarningIssues, settingsLabel, type PointDrafts } from "./point-warnings.js";

export { settingsLabel } from "./point-warnings.js";

/** Why a model at some settings is refused: where in the model (null: the edit itself), and what is wrong. */
interface Refusal {
  readonly at: string | null;
  readonly problem: string;
}

type Variant = { readonly ok: true; readonly model: Model; readonly warnings: readonly IssueDraft[] } | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** Refused settings are options of the run (`--vary` on the command line), not places in the model file. */
const OPTIONS_PLACE = { path: ["vary"], file: "(options)", line: 0, column: 0 } as const;

/** The base model at `settings`, and every error and warning that model would have as a file. */
function variantAt(base: Model, axes: readonly SweepAxis[], settings: readonly SweepSetting[]): Variant {
  const edits = settings.map((s) => {
    const axis = axes.find((a) => a.parameter.path === s.path);
    if (!axis) throw new RangeError(`invariant violated: ${s.path} is not an axis of the sweep`);
    return axis.parameter.edit(s.value);
  });
  let model: Model;
  try {
    model = { ...applyEdits(base, edits), name: `${base.name} [${settingsLabel(settings)}]` };
  } catch (cause) {
    if (cause instanceof ModelEditError) return { ok: false, refusals: [{ at: null, problem: cause.message }] };
    throw cause;
  }
  const drafts = checkEditedModel(model);
  const errors = drafts.filter((draft) => draft.severity === "error");
  if (errors.length === 0) return { ok: true, model, warnings: drafts.filter((draft) => draft.severity === "warning") };
  return { ok: false, refusals: errors.map((draft) => ({ at: formatPath(draft.path), problem: wordIssue(draft) })) };
}

function refusalIssue(settings: readonly SweepSetting[], refusal: Refusal, others: number): ModelIssue {
  const draft = error("invalidSetting", [...OPTIONS_PLACE.path], { setting: settingsLabel(settings), at: refusal.at, problem: refusal.problem, others });
  return locateIssue(draft, OPTIONS_PLACE);
}

/**
 * The model at each point (in order, named by its settings) with the points' warnings, or an
 * issue for every refused value and every refused combination (one per kind of problem,
 * counting the other points). Never throws for a value; the models are not simulated here.
 */
export function sweepModels(base: Model, axes: readonly SweepAxis[], points: readonly (readonly SweepSetting[])[]): Result<{ readonly models: readonly Model[] }> {
  const issues: ModelIssue[] = [];
  const single = new Map<string, Variant>();
  for (const axis of axes) {
    for (const value of axis.values) {
      const settings = [{ path: axis.parameter.path, value }];
      const variant = variantAt(base, axes, settings);
      single.set(settingsLabel(settings), variant);
      if (!variant.ok) issues.push(...variant.refusals.map((refusal) => refusalIssue(settings, refusal, 0)));
    }
  }
  const combined = new Map<string, { settings: readonly SweepSetting[]; refusal: Refusal; count: number }>();
  const models: Model[] = [];
  const warned: PointDrafts[] = [];
  for (const settings of points) {
    const alone = settings.map((s) => single.get(settingsLabel([s])));
    if (alone.some((variant) => variant !== undefined && !variant.ok)) continue;
    const variant = settings.length === 1 && alone[0] !== undefined ? alone[0] : variantAt(base, axes, settings);
    if (variant.ok) {
      models.push(variant.model);
      warned.push({ settings, drafts: variant.warnings });
      continue;
    }
    for (const refusal of variant.refusals) {
      const key = `${refusal.at ?? ""}\n${refusal.at === null ? refusal.problem : ""}`;
      const seen = combined.get(key);
      if (seen) seen.count++;
      else combined.set(key, { settings, refusal, count: 1 });
    }
  }
  for (const { settings, refusal, count } of combined.values()) issues.push(refusalIssue(settings, refusal, count - 1));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, warnings: pointWarningIssues(base, warned, checkEditedModel(base)), models };
}
