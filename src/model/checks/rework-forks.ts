/**
 * Errors and rework inside fork branches, checked where the detection is written: a fork's
 * part carries only the errors made in its own branch (they become its case's at the join),
 * so a step in a branch can only find errors of that branch and send the part to a step of
 * that branch; a step outside a branch cannot send the case into one.
 *
 * In a loan factory "credit check" and "valuation" run in parallel. "credit review" in the
 * credit branch may detect `credit check` errors and send the part back to it; it may not
 * detect `valuation` errors (that part never passes it) nor `intake` errors made before the
 * fork (the part starts without them). "final approval" after the join may detect
 * `valuation` errors, but must send the file to a step outside the branches (e.g. back to
 * the fork, so both checks run again), never into one branch alone.
 */
import type { Model } from "../compile/model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { forkBranchRegions, type BranchRegion } from "./fork-join.js";

/** The problem of detector `d` finding errors of `origin` that go to `to` given one branch, or null. */
function branchProblem(region: BranchRegion, d: number, origin: number, to: number, model: Model): string | null {
  const inside = region.steps.has(d);
  const name = (s: number): string => JSON.stringify(model.steps[s].name);
  if (inside && !region.steps.has(origin)) {
    return `${name(d)} is in a branch of fork "${region.fork}" and ${name(origin)} is not in that branch, so a part there never carries its errors`;
  }
  if (inside && !region.steps.has(to)) return `${name(d)} is in a branch of fork "${region.fork}" and would send the part to ${name(to)}, outside its branch`;
  if (!inside && region.steps.has(to)) return `${name(d)} is outside the branches of fork "${region.fork}" and would send the case into one of them, at ${name(to)}`;
  return null;
}

/** Every detection that does not fit the fork branches; none for a model without forks or detections. */
export function checkReworkInForks(model: Model): IssueDraft[] {
  if (!model.steps.some((step) => step.detects) || !model.steps.some((step) => step.kind === "fork")) return [];
  const index = new Map(model.steps.map((step, i) => [step.name, i] as const));
  const regions = forkBranchRegions(model);
  const issues: IssueDraft[] = [];
  model.steps.forEach((step, d) => {
    step.detects?.from.forEach((originName, i) => {
      const origin = index.get(originName);
      const toName = origin === undefined ? undefined : model.steps[origin].errors?.to;
      const to = toName === undefined ? undefined : index.get(toName);
      if (origin === undefined || to === undefined) return;
      const reason = regions.map((region) => branchProblem(region, d, origin, to, model)).find((r) => r !== null);
      if (reason !== undefined && reason !== null) issues.push(error("reworkAcrossBranches", [...(step.detects?.path ?? step.path), "from", i], { reason }));
    });
  });
  return issues;
}
