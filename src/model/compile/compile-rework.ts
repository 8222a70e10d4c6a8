/**
 * Errors and rework compiled: per step, the error rate and the step an error of it goes to,
 * and the slice of origin steps it checks with its detection probability.
 *
 * Data entry (step 1) errs 3% and sends errors to correction (step 4); review (step 2)
 * detects data-entry errors with p = 0.9: errorRate[1] = 0.03, errorTo[1] = 4, review's
 * detect slice is [1] with detectP[2] = 0.9, and active[1] = active[2] = 1 — the one byte
 * the engine tests when a case leaves a step. A model without errors compiles to null.
 */
import type { Model } from "./model.js";

/** The rework table, as parallel arrays indexed by step id. */
export interface CompiledRework {
  /** 1 where the step makes errors or detects them (the engine's test at every step end). */
  readonly active: Uint8Array;
  /** Error rate per visit; 0 where the step makes no errors. */
  readonly errorRate: Float64Array;
  /** 1 where the step has `errors` (even with rate 0: its KPIs are reported). */
  readonly hasErrors: Uint8Array;
  /** Step an error of this step goes to when found; -1 where it makes none. */
  readonly errorTo: Int32Array;
  /** Origins checked by step s are detectFrom[detectStart[s] .. detectStart[s+1]-1]. */
  readonly detectStart: Int32Array;
  readonly detectFrom: Int32Array;
  /** Detection probability of each step (0 where it detects nothing). */
  readonly detectP: Float64Array;
}

/** The rework table of a model; null when no step has errors or detects them. */
export function compileRework(model: Model, stepIds: ReadonlyMap<string, number>): CompiledRework | null {
  const steps = model.steps;
  if (!steps.some((step) => step.errors || step.detects)) return null;
  const n = steps.length;
  const id = (name: string): number => {
    const found = stepIds.get(name);
    if (found === undefined) throw new Error(`compileModel: unknown step "${name}" in errors or detects`);
    return found;
  };
  const detectStart = new Int32Array(n + 1);
  const detectFrom: number[] = [];
  steps.forEach((step, s) => {
    detectStart[s] = detectFrom.length;
    for (const name of step.detects?.from ?? []) detectFrom.push(id(name));
  });
  detectStart[n] = detectFrom.length;
  return {
    active: Uint8Array.from(steps, (step) => (step.errors || step.detects ? 1 : 0)),
    errorRate: Float64Array.from(steps, (step) => step.errors?.rate ?? 0),
    hasErrors: Uint8Array.from(steps, (step) => (step.errors ? 1 : 0)),
    errorTo: Int32Array.from(steps, (step) => (step.errors ? id(step.errors.to) : -1)),
    detectStart,
    detectFrom: Int32Array.from(detectFrom),
    detectP: Float64Array.from(steps, (step) => step.detects?.p ?? 0),
  };
}
