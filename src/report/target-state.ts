/**
 * The one rule for whether a service-level target is met, and its words: met when the whole
 * 95% interval of the share achieved is at or above the target, not met when all of it is
 * below, undecided when it straddles the target.
 *
 * "Calls answered within 30 s, target 80%": 97.9% [97.1%, 98.7%] is met; 82.7% [79.5%,
 * 85.8%] between 10:00 and 11:00 is undecided; 62% [55%, 69%] is not met. The targets of the
 * decision summary and the service level of each time slot are judged by it alike.
 */
import type { KpiSummary } from "../stats/result-types.js";
import { MISSING } from "./format.js";
import { t } from "./i18n/translate.js";

/** Whether a target is met: by the whole 95% interval, by none of it, or undecided. */
export type TargetState = "met" | "notMet" | "unclear";

/** Met when the whole interval is at or above the target; not met when all of it is below; null when not measured. */
export function targetState(achieved: Pick<KpiSummary, "mean" | "lo" | "hi"> | null, target: number): TargetState | null {
  if (!achieved || achieved.mean === null) return null;
  const lo = achieved.lo ?? achieved.mean;
  const hi = achieved.hi ?? achieved.mean;
  if (lo >= target) return "met";
  if (hi < target) return "notMet";
  return "unclear";
}

/** "met", "not met", "undecided" in the report's language ("–" when not measured). */
export function stateWord(state: TargetState | null): string {
  if (state === null) return MISSING;
  return t(state === "met" ? "decision.stateMet" : state === "notMet" ? "decision.stateNotMet" : "decision.stateUnclear");
}
