/**
 * Typed edits on a loaded model: the small vocabulary of model variants shared by sweeps,
 * the staffing planner and plans of experiments.
 *
 * "Six tellers all day" is `{ kind: "poolCapacity", pool: "tellers", capacity: 6 }`; "30% of
 * walk-ins move online" is `{ kind: "arrivalScale", source: "walk-in", factor: 0.7 }`;
 * "counter service 10% faster" is `{ kind: "durationScale", step: "counter", factor: 0.9 }`.
 * An edit returns a new Model and never mutates its input; a model variant is a base model
 * plus a list of edits, so it can be written down, compared and re-run as data. Proposal
 * files apply the same rules to the raw document (see `supply-changes.ts`), where a problem
 * can still be located in the file.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import { distMean } from "../../random/dist-moments.js";
import { scaleDistSpec as scaleByFamily } from "../../random/dists.js";
import type { ArrivalSource, Model, ResourcePool, Route, Step } from "../compile/model.js";

/** One typed edit; see `applyEdit`. */
export type ModelEdit =
  /** Flat headcount during open hours; replaces any shift plan (as `setCapacity` does). */
  | { readonly kind: "poolCapacity"; readonly pool: string; readonly capacity: number }
  /** Headcount of one shift window (0-based index into the pool's shifts). */
  | { readonly kind: "shiftCapacity"; readonly pool: string; readonly shift: number; readonly capacity: number }
  /** A new shift plan: capacity windows (minutes after midnight) on the model's working days. */
  | { readonly kind: "poolShifts"; readonly pool: string; readonly shifts: readonly { readonly from: number; readonly to: number; readonly capacity: number }[] }
  | { readonly kind: "poolCost"; readonly pool: string; readonly costPerHour: number }
  /** Multiplies a source's rate (constant, every profile interval, or 1/inter-arrival time). */
  | { readonly kind: "arrivalScale"; readonly source: string; readonly factor: number }
  /** New constant rate of a rate-driven source. */
  | { readonly kind: "arrivalRate"; readonly source: string; readonly ratePerHour: number }
  /** Multiplies every time parameter of a step's duration (mean × factor, same shape). */
  | { readonly kind: "durationScale"; readonly step: string; readonly factor: number }
  /** New mean of a step's duration, same family and coefficient of variation. */
  | { readonly kind: "durationMean"; readonly step: string; readonly mean: number }
  /** Another duration distribution for a step. */
  | { readonly kind: "duration"; readonly step: string; readonly duration: DistSpec }
  /** Probability of the branch from `step` to `to`; the other branches share the rest pro rata. */
  | { readonly kind: "routingProbability"; readonly step: string; readonly to: string; readonly p: number };

/** An edit that names nothing in the model or carries an impossible value. */
export class ModelEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ModelEditError";
  }
}

const quoted = (name: string) => JSON.stringify(name);

function requireValue(ok: boolean, what: string, value: number): void {
  if (!ok) throw new ModelEditError(`${what} must be ${value < 0 ? "≥ 0" : "a valid value"}, got ${value}`);
}

function findIndex<T extends { readonly name: string }>(items: readonly T[], name: string, kind: string): number {
  const index = items.findIndex((item) => item.name === name);
  if (index < 0) throw new ModelEditError(`${kind} ${quoted(name)} does not exist; the model has ${items.map((i) => quoted(i.name)).join(", ") || "none"}`);
  return index;
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((old, i) => (i === index ? item : old));
}

function editPool(model: Model, name: string, change: (pool: ResourcePool) => ResourcePool): Model {
  const index = findIndex(model.resources, name, "pool");
  return { ...model, resources: replaceAt(model.resources, index, change(model.resources[index])) };
}

function editSource(model: Model, name: string, change: (source: ArrivalSource) => ArrivalSource): Model {
  const index = findIndex(model.arrivals, name, "arrival source");
  return { ...model, arrivals: replaceAt(model.arrivals, index, change(model.arrivals[index])) };
}

function editStep(model: Model, name: string, change: (step: Step) => Step): Model {
  const index = findIndex(model.steps, name, "step");
  return { ...model, steps: replaceAt(model.steps, index, change(model.steps[index])) };
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/**
 * Distribution parameters that are times, in the model file and in the normalised model alike
 * (a shape such as `k`, `shape` or `cv` is not): scaling a duration scales exactly these.
 */
export const TIME_PARAMETERS: ReadonlySet<string> = new Set(["mean", "value", "min", "max", "mode", "sd", "scale"]);

/**
 * Parameters with every time multiplied by `factor`, by `scaleTime` (numbers in the normalised
 * model, numbers or "5min" strings in a file); `values` of an empirical distribution too.
 */
export function scaleTimeParameters(params: Readonly<Record<string, unknown>>, factor: number, scaleTime: (value: unknown, factor: number) => unknown): Record<string, unknown> {
  const scaled: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === "values" && Array.isArray(value)) scaled[key] = value.map((v) => scaleTime(v, factor));
    else scaled[key] = TIME_PARAMETERS.has(key) ? scaleTime(value, factor) : value;
  }
  return scaled;
}

/** Families whose times sit inside nested distributions or lists: scaled by their record (every component, bound and bin edge). */
const NESTED_TIME_KINDS: ReadonlySet<string> = new Set(["mixture", "truncated", "histogram"]);

/**
 * A distribution with every time parameter multiplied by `factor` (shape parameters kept). A
 * mixture scales every component, a truncation its distribution and bounds, a histogram its
 * edges; a new mean is a scale to it, so it keeps the shape of each of those.
 */
export function scaleDistSpec(spec: DistSpec, factor: number): DistSpec {
  if (NESTED_TIME_KINDS.has(spec.kind)) return scaleByFamily(spec, factor);
  return scaleTimeParameters(spec, factor, (value, f) => (typeof value === "number" ? value * f : value)) as DistSpec;
}

function scaleSource(source: ArrivalSource, factor: number): ArrivalSource {
  requireValue(Number.isFinite(factor) && factor > 0, `scale of ${quoted(source.name)}`, factor);
  if (source.recorded !== undefined || source.drops !== undefined) throw new ModelEditError(`arrival source ${quoted(source.name)} replays a recording or drops cases at fixed times: it has no rate to scale`);
  return {
    ...source,
    ratePerHour: source.ratePerHour === null ? null : source.ratePerHour * factor,
    profile: source.profile === null ? null : source.profile.map((interval) => ({ ...interval, ratePerHour: interval.ratePerHour * factor })),
    interarrival: source.interarrival === null ? null : scaleDistSpec(source.interarrival, 1 / factor),
  };
}

function setRate(source: ArrivalSource, ratePerHour: number): ArrivalSource {
  if (source.ratePerHour === null) throw new ModelEditError(`arrival source ${quoted(source.name)} has no constant ratePerHour (it uses a profile or an inter-arrival time); vary its scale instead`);
  requireValue(Number.isFinite(ratePerHour) && ratePerHour >= 0, `ratePerHour of ${quoted(source.name)}`, ratePerHour);
  return { ...source, ratePerHour };
}

/** The step with every duration it can take scaled by `factor` (each category's, for a duration per category). */
function scaledStep(step: Step, factor: number): Step {
  const rule = step.durationBy ?? null;
  const duration = scaleDistSpec(step.duration, factor);
  if (rule === null || rule.kind !== "byCategory") return { ...step, duration };
  const values = Object.fromEntries(Object.entries(rule.values).map(([category, spec]) => [category, scaleDistSpec(spec, factor)]));
  const otherwise = rule.otherwise === null ? null : scaleDistSpec(rule.otherwise, factor);
  return { ...step, duration, durationBy: { ...rule, values, otherwise } };
}

/** The step, when its duration is one distribution (plain, or the base of scaleBy). @throws ModelEditError for a duration per category. */
function singleDuration(step: Step): Step {
  const rule = step.durationBy ?? null;
  if (rule !== null && rule.kind === "byCategory") {
    throw new ModelEditError(`step ${quoted(step.name)} has a duration per category of ${quoted(rule.attribute)}; vary its scale instead`);
  }
  return step;
}

function withMean(step: Step, mean: number): Step {
  const current = distMean(step.duration);
  requireValue(Number.isFinite(mean) && mean >= 0, `mean duration of ${quoted(step.name)}`, mean);
  if (!(current > 0)) throw new ModelEditError(`step ${quoted(step.name)} has a duration of mean ${current}; it cannot be rescaled to a mean of ${mean}`);
  return { ...step, duration: scaleDistSpec(step.duration, mean / current) };
}

/** The route with the branch to `to` at probability p and the others rescaled to 1 − p. */
export function withBranchProbability(route: Route, stepName: string, to: string, p: number): Route {
  requireValue(Number.isFinite(p) && p >= 0 && p <= 1, `probability of ${quoted(stepName)} → ${quoted(to)}`, p);
  if (route.kind !== "branch") throw new ModelEditError(`step ${quoted(stepName)} has no probabilistic branches; its route is fixed`);
  const target = route.options.find((o) => o.to === to);
  if (!target) throw new ModelEditError(`step ${quoted(stepName)} has no branch to ${quoted(to)}; it branches to ${route.options.map((o) => quoted(o.to)).join(", ")}`);
  const rest = 1 - target.p;
  if (rest <= 0 && p < 1) throw new ModelEditError(`every case of ${quoted(stepName)} goes to ${quoted(to)}; there is no other branch to give the remaining probability`);
  const options = route.options.map((o) => ({ to: o.to, p: o.to === to ? p : rest > 0 ? (o.p / rest) * (1 - p) : 0 }));
  return { kind: "branch", options };
}

function shiftCapacity(pool: ResourcePool, shift: number, capacity: number): ResourcePool {
  const shifts = pool.shifts;
  if (shifts === null || !(Number.isInteger(shift) && shift >= 0 && shift < shifts.length)) {
    throw new ModelEditError(`pool ${quoted(pool.name)} has ${shifts === null ? "no shifts" : `shifts 0..${shifts.length - 1}`}; shift ${shift} does not exist`);
  }
  requireValue(isCount(capacity), `capacity of shift ${shift} of ${quoted(pool.name)}`, capacity);
  return { ...pool, shifts: replaceAt(shifts, shift, { ...shifts[shift], capacity }) };
}

function withShifts(model: Model, pool: ResourcePool, windows: readonly { from: number; to: number; capacity: number }[]): ResourcePool {
  const sorted = [...windows].sort((a, b) => a.from - b.from);
  sorted.forEach((w, i) => {
    requireValue(isCount(w.capacity), `capacity of the shift window ${w.from}-${w.to} of ${quoted(pool.name)}`, w.capacity);
    if (!(w.from >= 0 && w.to > w.from && w.to <= 1440) || (i > 0 && w.from < sorted[i - 1].to)) throw new ModelEditError(`shift windows of ${quoted(pool.name)} must lie within a day and not overlap; got ${w.from}-${w.to} min`);
  });
  const days = (pool.calendar ?? model.calendar).days;
  const capacity = Math.max(0, ...sorted.map((w) => w.capacity));
  return { ...pool, capacity, shifts: sorted.map((w, i) => ({ days, from: w.from, to: w.to, capacity: w.capacity, path: [...pool.path, "shifts", i] })) };
}

/**
 * Applies one edit and returns the new model (the input is not changed).
 * @throws ModelEditError when the edit names no element of the model or its value is impossible.
 */
export function applyEdit(model: Model, edit: ModelEdit): Model {
  switch (edit.kind) {
    case "poolCapacity":
      requireValue(isCount(edit.capacity), `capacity of ${quoted(edit.pool)}`, edit.capacity);
      return editPool(model, edit.pool, (pool) => ({ ...pool, capacity: edit.capacity, shifts: null }));
    case "shiftCapacity": return editPool(model, edit.pool, (pool) => shiftCapacity(pool, edit.shift, edit.capacity));
    case "poolShifts": return editPool(model, edit.pool, (pool) => withShifts(model, pool, edit.shifts));
    case "poolCost":
      requireValue(Number.isFinite(edit.costPerHour) && edit.costPerHour >= 0, `costPerHour of ${quoted(edit.pool)}`, edit.costPerHour);
      return editPool(model, edit.pool, (pool) => ({ ...pool, costPerHour: edit.costPerHour }));
    case "arrivalScale": return editSource(model, edit.source, (source) => scaleSource(source, edit.factor));
    case "arrivalRate": return editSource(model, edit.source, (source) => setRate(source, edit.ratePerHour));
    case "durationScale":
      requireValue(Number.isFinite(edit.factor) && edit.factor >= 0, `duration scale of ${quoted(edit.step)}`, edit.factor);
      return editStep(model, edit.step, (step) => scaledStep(step, edit.factor));
    case "durationMean": return editStep(model, edit.step, (step) => withMean(singleDuration(step), edit.mean));
    case "duration": return editStep(model, edit.step, (step) => ({ ...singleDuration(step), duration: edit.duration }));
    case "routingProbability": return editStep(model, edit.step, (step) => ({ ...step, next: withBranchProbability(step.next, step.name, edit.to, edit.p) }));
  }
}

/** Applies edits in order. @throws ModelEditError (see `applyEdit`). */
export function applyEdits(model: Model, edits: readonly ModelEdit[]): Model {
  return edits.reduce(applyEdit, model);
}
