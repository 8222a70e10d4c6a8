/**
 * Resources held across steps, compiled: the needs each step really seizes, the pools kept
 * after a seizing step, the pools given back at a releasing step, and what a case holds on
 * entry to each step (given back if it leaves the process there: it gave up waiting, or was
 * sent away at closing).
 *
 * "welcome" seizes an adviser (with its own needs, all or nothing) and keeps it; "advice" names
 * `resources: [advisers, rooms]` but the case already holds its adviser, so it only seizes a
 * room; "paperwork" releases the adviser at its end. The engine pays one null test per step end
 * for a model without held resources.
 */
import type { Model, ResourceNeed, Step } from "./model.js";
import { analyseHeld, usesHeldResources, type HeldPool } from "./held-analysis.js";

/** The held-resource table, by step id; pools by pool id. */
export interface CompiledHolds {
  /** Pool a step's seize keeps after the step ends (-1: none) and its units. */
  readonly keepPool: Int32Array;
  readonly keepUnits: Int32Array;
  /** Pools released at the end of step s: entries releaseStart[s] .. releaseStart[s+1]-1. */
  readonly releaseStart: Int32Array;
  readonly releasePool: Int32Array;
  readonly releaseUnits: Int32Array;
  /** Pools a case holds on entry to step s: entries heldStart[s] .. heldStart[s+1]-1. */
  readonly heldStart: Int32Array;
  readonly heldPool: Int32Array;
  readonly heldUnits: Int32Array;
}

/**
 * The needs step `step` seizes when a case enters it holding `held`: its own needs less the
 * units already held, plus its `seize`.
 */
export function effectiveNeeds(step: Step, held: readonly HeldPool[] | null): ResourceNeed[] {
  const needs: ResourceNeed[] = [];
  for (const need of step.resources) {
    const holding = held?.find((h) => h.resource === need.resource)?.units ?? 0;
    if (need.units > holding) needs.push({ resource: need.resource, units: need.units - holding });
  }
  if (step.seize) needs.push(step.seize);
  return needs;
}

/** Compiles the table from the analysis' held pools on entry (`onEntry`, by step). */
export function compileHolds(model: Model, onEntry: readonly (readonly HeldPool[] | null)[], poolId: (name: string) => number): CompiledHolds {
  const n = model.steps.length;
  const releaseStart = new Int32Array(n + 1);
  const heldStart = new Int32Array(n + 1);
  const release: number[][] = [[], []];
  const held: number[][] = [[], []];
  model.steps.forEach((step, s) => {
    releaseStart[s] = release[0].length;
    heldStart[s] = held[0].length;
    const entry = onEntry[s] ?? [];
    for (const h of entry) held.forEach((list, i) => list.push(i === 0 ? poolId(h.resource) : h.units));
    // NOTE: a pool seized and released at the same step is given back with the step's own needs.
    for (const name of step.release ?? []) {
      const units = entry.find((h) => h.resource === name)?.units;
      if (units === undefined) continue;
      release[0].push(poolId(name));
      release[1].push(units);
    }
  });
  releaseStart[n] = release[0].length;
  heldStart[n] = held[0].length;
  return {
    keepPool: Int32Array.from(model.steps, (step) => (step.seize && !(step.release ?? []).includes(step.seize.resource) ? poolId(step.seize.resource) : -1)),
    keepUnits: Int32Array.from(model.steps, (step) => step.seize?.units ?? 0),
    releaseStart,
    releasePool: Int32Array.from(release[0]),
    releaseUnits: Int32Array.from(release[1]),
    heldStart,
    heldPool: Int32Array.from(held[0]),
    heldUnits: Int32Array.from(held[1]),
  };
}

/**
 * The units of each pool busy while a case is at `step` (for the load checks): its own needs,
 * the pools it holds (a held adviser counts once even if the step names advisers) and its seize.
 */
export function busyNeeds(step: Step, held: readonly HeldPool[] | null): ResourceNeed[] {
  const needs = effectiveNeeds(step, held);
  for (const h of held ?? []) needs.push({ resource: h.resource, units: h.units });
  return needs;
}

/** The pools busy at each step of `model` (`busyNeeds` by step index). */
export function busyNeedsByStep(model: Model): readonly (readonly ResourceNeed[])[] {
  if (!usesHeldResources(model)) return model.steps.map((step) => step.resources);
  const held = analyseHeld(model).onEntry;
  return model.steps.map((step, s) => busyNeeds(step, held[s]));
}
