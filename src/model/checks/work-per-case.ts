/**
 * Mean resource time one visit of a case puts on a step's pools, for the load checks.
 *
 * A service step: its mean duration. A batch step that files 20 vouchers in 15 minutes (one
 * duration per batch, size 20) puts 0.75 minutes on the clerk per voucher; with durationPer
 * item, its mean duration per voucher. A batch closed by the clock or maxWait alone has no
 * known size: counted as 0 (its load is not checked).
 */
import { distMean } from "../../random/dist-moments.js";
import type { Step } from "../compile/model.js";

/** Mean minutes of the step's pools taken per visit of a case (see the module comment). */
export function workPerCase(step: Step): number {
  const rule = step.batch;
  if (step.kind !== "batch" || rule === undefined || rule === null || rule.durationPer === "item") return distMean(step.duration);
  return rule.size === null ? 0 : distMean(step.duration) / rule.size;
}
