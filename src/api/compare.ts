/**
 * Library facade for current-vs-proposed comparisons on common random numbers.
 *
 * `await compareFiles("scenarios/account-opening.yaml",
 * ["scenarios/account-opening-rpa-proposed.yaml"], { replications: 30 })` returns, for each
 * proposal, every KPI's paired difference with its 95% interval, relative change,
 * significance and the variance reduction the pairing bought; or the located issues of any
 * file that does not load.
 */
import { compareChecked, UnknownKpiError, type CompareOptions, type PairedComparison } from "../experiment/compare.js";
import { overrideChecks } from "../experiment/override-checks.js";
import type { LoadAnyOptions } from "../model/overlays/load.js";
import { beforeRunIssues, loadModels, overrideIssues, targetIssue, type BeforeRun, type Outcome } from "./simulate.js";

export { compare, type CompareOptions, type PairedComparison, type HalfWidthTarget, type TargetOutcome } from "../experiment/compare.js";
export type { PairedKpiDifference } from "../experiment/paired-differences.js";

/**
 * Loads the current model and the proposals (plain models or `extends:` proposals) and
 * compares them. Rejects only on a run-time failure of a model or an internal error.
 */
export async function compareFiles(currentPath: string, proposalPaths: readonly string[], options: CompareOptions & BeforeRun & LoadAnyOptions = {}): Promise<Outcome<PairedComparison>> {
  const invalid = overrideIssues(options);
  if (invalid.length > 0) return { ok: false, issues: invalid };
  const loaded = loadModels([currentPath, ...proposalPaths], options);
  if (!loaded.ok) return loaded;
  const [current, ...proposals] = loaded.value;
  const conflicts = overrideIssues(options, current);
  if (conflicts.length > 0) return { ok: false, issues: conflicts };
  const asRun = overrideChecks(loaded.value, options);
  if (asRun.errors.length > 0) return { ok: false, issues: asRun.errors };
  const refused = beforeRunIssues(options, loaded.value);
  if (refused.length > 0) return { ok: false, issues: refused };
  try {
    const value = await compareChecked(current, proposals, options);
    return { ok: true, value, warnings: [...loaded.warnings, ...asRun.warnings] };
  } catch (cause) {
    if (cause instanceof UnknownKpiError) return { ok: false, issues: [targetIssue(cause)] };
    throw cause;
  }
}
