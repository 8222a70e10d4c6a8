/**
 * Run-setting checks: a warm-up must end before the horizon.
 *
 * A steady-state study of account opening over 20 days with a 2-day warm-up observes 18
 * days; a 20-day warm-up would observe nothing.
 */
import type { Model } from "../model.js";
import { error, type IssueDraft } from "../issues.js";
import { formatMinutes } from "../units.js";

/** warmup ≥ horizon is an error. */
export function checkRunSettings(model: Model): IssueDraft[] {
  const { horizon, warmup } = model.run;
  if (horizon !== null && warmup > 0 && warmup >= horizon) {
    return [error("warmupTooLong", ["run", "warmup"], { warmup: formatMinutes(warmup), horizon: formatMinutes(horizon) })];
  }
  return [];
}
