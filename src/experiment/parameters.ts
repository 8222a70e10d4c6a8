/**
 * Numeric model parameters by path, for sweeps and sensitivity: each path reads a base value
 * from the model and turns a new value into a typed edit.
 *
 * `pools.tellers.capacity` is the headcount of the tellers (a flat headcount replaces a shift
 * plan); `pools.tellers.shifts[1].capacity` the lunch shift's; `arrivals.walk-in.scale` a
 * factor on the walk-in rate (base 1); `steps.counter.duration.mean` the counter's mean
 * handling time in minutes; `steps.check.next.rework.p` the probability of going to rework.
 * Element names are matched against the model, so names with spaces or dots work.
 */
import type { Model } from "../model/compile/model.js";
import type { ModelEdit } from "../model/overlays/edits.js";
import { distMean } from "../random/dist-moments.js";

/** A resolved parameter: what it is called, whether it counts, and how to set it. */
export interface Parameter {
  /** The path as written, e.g. `pools.tellers.capacity`. */
  readonly path: string;
  /** Whole numbers only (headcounts). */
  readonly integer: boolean;
  /** The model's own value; null when it has none (a flat capacity of a pool on shifts). */
  readonly base: number | null;
  /** The edit that sets the parameter to `value`. */
  edit(value: number): ModelEdit;
}

/** A path that names nothing in the model. */
export class ParameterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ParameterError";
  }
}

/** The forms a path may take (for messages). */
export const PARAMETER_FORMS = [
  "pools.<pool>.capacity",
  "pools.<pool>.shifts[<i>].capacity",
  "pools.<pool>.costPerHour",
  "arrivals.<source>.scale",
  "arrivals.<source>.ratePerHour",
  "steps.<step>.duration.mean",
  "steps.<step>.duration.scale",
  "steps.<step>.next.<to>.p",
] as const;

/** The element whose name the rest starts with (longest name first), and what follows it. */
function splitName(rest: string, names: readonly string[], kind: string, path: string): [string, string] {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const name = sorted.find((n) => rest.startsWith(`${n}.`));
  if (name === undefined) throw new ParameterError(`${path}: no ${kind} of the model matches; the model has ${names.map((n) => JSON.stringify(n)).join(", ") || "none"}`);
  return [name, rest.slice(name.length + 1)];
}

function unknownField(path: string): never {
  throw new ParameterError(`${path}: not a numeric parameter; use one of ${PARAMETER_FORMS.join(", ")}`);
}

function poolParameter(model: Model, path: string, rest: string): Parameter {
  const [name, field] = splitName(rest, model.resources.map((p) => p.name), "pool", path);
  const pool = model.resources.find((p) => p.name === name);
  if (!pool) return unknownField(path);
  if (field === "capacity") return { path, integer: true, base: pool.shifts === null ? pool.capacity : null, edit: (capacity) => ({ kind: "poolCapacity", pool: name, capacity }) };
  if (field === "costPerHour") return { path, integer: false, base: pool.costPerHour, edit: (costPerHour) => ({ kind: "poolCost", pool: name, costPerHour }) };
  const shift = /^shifts\[(\d+)\]\.capacity$/.exec(field);
  if (!shift) return unknownField(path);
  const index = Number(shift[1]);
  const window = pool.shifts?.[index];
  if (!window) throw new ParameterError(`${path}: pool ${JSON.stringify(name)} has ${pool.shifts ? `shifts [0]..[${pool.shifts.length - 1}]` : "no shifts"}`);
  return { path, integer: true, base: window.capacity, edit: (capacity) => ({ kind: "shiftCapacity", pool: name, shift: index, capacity }) };
}

function arrivalParameter(model: Model, path: string, rest: string): Parameter {
  const [name, field] = splitName(rest, model.arrivals.map((a) => a.name), "arrival source", path);
  const source = model.arrivals.find((a) => a.name === name);
  if (field === "scale") return { path, integer: false, base: 1, edit: (factor) => ({ kind: "arrivalScale", source: name, factor }) };
  if (field === "ratePerHour" && source) return { path, integer: false, base: source.ratePerHour, edit: (ratePerHour) => ({ kind: "arrivalRate", source: name, ratePerHour }) };
  return unknownField(path);
}

function stepParameter(model: Model, path: string, rest: string): Parameter {
  const [name, field] = splitName(rest, model.steps.map((s) => s.name), "step", path);
  const step = model.steps.find((s) => s.name === name);
  if (!step) return unknownField(path);
  if (field === "duration.mean") return { path, integer: false, base: distMean(step.duration), edit: (mean) => ({ kind: "durationMean", step: name, mean }) };
  if (field === "duration.scale") return { path, integer: false, base: 1, edit: (factor) => ({ kind: "durationScale", step: name, factor }) };
  if (!field.startsWith("next.") || !field.endsWith(".p")) return unknownField(path);
  const to = field.slice("next.".length, -".p".length);
  const option = step.next.kind === "branch" ? step.next.options.find((o) => o.to === to) : undefined;
  if (!option) throw new ParameterError(`${path}: step ${JSON.stringify(name)} has no probabilistic branch to ${JSON.stringify(to)}`);
  return { path, integer: false, base: option.p, edit: (p) => ({ kind: "routingProbability", step: name, to, p }) };
}

/**
 * Resolves a parameter path against a model.
 * @throws ParameterError naming the path and what would be valid.
 */
export function resolveParameter(model: Model, path: string): Parameter {
  const trimmed = path.trim();
  const dot = trimmed.indexOf(".");
  const head = trimmed.slice(0, dot);
  const rest = trimmed.slice(dot + 1);
  if (dot > 0 && head === "pools") return poolParameter(model, trimmed, rest);
  if (dot > 0 && head === "arrivals") return arrivalParameter(model, trimmed, rest);
  if (dot > 0 && head === "steps") return stepParameter(model, trimmed, rest);
  return unknownField(trimmed);
}
