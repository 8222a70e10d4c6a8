/**
 * Whether a run is big enough for the run budget to time it: below 1e8 engine events a run
 * takes seconds at most, and neither `procsim validate` nor `procsim run` says how long.
 *
 * Validating the branch-counter model (a few thousand events) answers from the estimate
 * alone; only a model of 1e6 arrivals an hour for a year goes on to measure this machine's
 * engine speed (run-budget.ts), which loads the simulation engine.
 */
import type { Model } from "../model/compile/model.js";
import { estimateRun } from "../model/checks/run-budget.js";
import { withRunOverrides, type RunOverrides } from "../experiment/run-overrides.js";

/** Runs smaller than this many events are not timed (they take seconds at most). */
export const TIMED_ABOVE_EVENTS = 1e8;

/** Whether the run of `model` (with `overrides`) is big enough to be timed. */
export function isTimedRun(model: Model, overrides: RunOverrides = {}): boolean {
  return estimateRun(withRunOverrides(model, overrides)).events > TIMED_ABOVE_EVENTS;
}
