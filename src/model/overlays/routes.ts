/**
 * Route surgery on a raw model: the rewiring that removing, merging and inserting steps
 * needs.
 *
 * Removing "second approval" from a credit process sends every case that used to go to it
 * (a plain `next`, a branch option, an arrival's start) to wherever second approval sent
 * them. Branch probabilities multiply through: 20% to a step that itself splits 50/50 becomes
 * 10% and 10%. Implicit routes (the following step, the first step as start) are made
 * explicit first so that moving steps in the list changes nothing else.
 */
import { toShare } from "../schema/units.js";

/** A route as written: a step name ("exit" leaves), or branch options. */
export type RawNext = string | RawOption[];

/** One branch as written: a probability, or a condition on a case attribute (`if`), or neither (a fallback). */
export interface RawOption {
  to: string;
  p?: number | string;
  if?: unknown;
}

/** The mutable raw model the changes work on (other keys are carried along untouched). */
export interface MutableModel {
  [key: string]: unknown;
  steps: MutableStep[];
  arrivals: MutableArrival[];
  resources?: Record<string, Record<string, unknown>>;
  serviceLevels?: Record<string, unknown>[];
}

/** A step as written. */
export interface MutableStep {
  [key: string]: unknown;
  name: string;
  next?: RawNext;
}

/** An arrival source as written. */
export interface MutableArrival {
  [key: string]: unknown;
  name: string;
  start?: string;
}

/** Sets the implicit routes explicitly: `next` of every step, `start` of every source. */
export function makeRoutesExplicit(model: MutableModel, assign: (target: Record<string, unknown>, key: string, value: unknown) => void): void {
  model.steps.forEach((step, i) => {
    // A fork has no next: its parts go to its branches and the case on from its join.
    if (step.next === undefined && step.kind !== "fork") assign(step, "next", model.steps[i + 1]?.name ?? "exit");
  });
  const first = model.steps[0]?.name;
  for (const source of model.arrivals) if (source.start === undefined && first !== undefined) assign(source, "start", first);
}

/** The route a case takes after passing through a step whose route is `through`. */
function compose(p: number, through: RawNext): { to: string; p: number }[] {
  if (typeof through === "string") return [{ to: through, p }];
  return through.map((option) => ({ to: option.to, p: p * toShare(option.p ?? 0) }));
}

/** Merges options with the same target (their probabilities add). */
function mergeOptions(options: { to: string; p: number }[]): { to: string; p: number }[] {
  const byTarget = new Map<string, number>();
  for (const option of options) byTarget.set(option.to, (byTarget.get(option.to) ?? 0) + option.p);
  return [...byTarget].map(([to, p]) => ({ to, p }));
}

/**
 * Conditional branches with `from` replaced by `via`: a condition keeps its test and takes a
 * plain `via` (a branching `via` cannot follow a condition: the option keeps naming `from`, which
 * validation then reports); a fallback's probability multiplies through `via`'s.
 */
function reroutedConditional(next: readonly RawOption[], from: string, via: RawNext): RawOption[] {
  const fallbacks = next.filter((option) => option.if === undefined).length;
  return next.flatMap((option) => {
    if (option.to !== from) return [option];
    if (typeof via === "string") return [{ ...option, to: via }];
    if (option.if !== undefined) return [option];
    return compose(option.p === undefined ? (fallbacks === 1 ? 1 : 0) : toShare(option.p), via);
  });
}

/** A copy of a route with every reference to `from` replaced by the route `via`. */
export function rerouted(next: RawNext, from: string, via: RawNext): RawNext {
  if (typeof next === "string") return next === from ? structuredClone(via) : next;
  if (!next.some((option) => option.to === from)) return next;
  if (next.some((option) => option.if !== undefined)) return reroutedConditional(next, from, via);
  const options = next.flatMap((option) => (option.to === from ? compose(toShare(option.p ?? 0), via) : [{ to: option.to, p: toShare(option.p ?? 0) }]));
  const merged = mergeOptions(options);
  return merged.length === 1 ? merged[0].to : merged;
}

/** True when a route refers to step `name`. */
export function routesTo(next: RawNext | undefined, name: string): boolean {
  if (next === undefined) return false;
  return typeof next === "string" ? next === name : next.some((option) => option.to === name);
}

/** Every step name a route can lead to. */
export function targetsOf(next: RawNext | undefined): string[] {
  if (next === undefined) return [];
  return typeof next === "string" ? [next] : next.map((option) => option.to);
}
