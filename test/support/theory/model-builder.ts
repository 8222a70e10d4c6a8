/**
 * A small builder for normalised `Model` records, so theory tests and benchmarks state a
 * queue in a few lines without going through YAML.
 *
 * "Customers arrive at 9 per minute and are served by 10 tellers in an exponential 1 minute"
 * is `buildModel({ arrivals: [poissonSource("customers", 9, "counter")], resources:
 * [pool("tellers", 10)], steps: [serviceStep("counter", "tellers", exponential(1))], run })`.
 * Every field the builder does not take is filled with a neutral default: 24/7 calendar, no
 * cost, no service levels, steady-state study.
 */
import type { DistSpec } from "../../../src/random/dist-spec.js";
import type {
  ArrivalSource, Calendar, Model, ProfileInterval, ResourcePool, Route, RunSettings, ServiceLevel, Step,
} from "../../../src/model/compile/model.js";

/** The 24/7 calendar (no opening hours). */
export const ALWAYS_OPEN: Calendar = { always: true, open: 0, close: 1440, days: [true, true, true, true, true, true, true] };

/** Exponential distribution with the given mean (minutes). */
export function exponential(mean: number): DistSpec {
  return { kind: "exponential", mean };
}

/** Leaves the process. */
export const EXIT: Route = { kind: "exit" };

/** Goes on to the named step. */
export function goTo(to: string): Route {
  return { kind: "goto", to };
}

/** Goes to one of several steps (or "exit") with the given probabilities. */
export function branch(options: readonly { to: string; p: number }[]): Route {
  return { kind: "branch", options };
}

/** Optional fields of an arrival source. */
export type SourceExtras = Partial<Pick<ArrivalSource, "class" | "priority" | "patience" | "attributes">>;

/** A renewal source: inter-arrival times drawn from `interarrival`. */
export function renewalSource(name: string, interarrival: DistSpec, firstStep: string, extras: SourceExtras = {}): ArrivalSource {
  return {
    name, class: name, interarrival, ratePerHour: null, profile: null, priority: 0, patience: null,
    attributes: {}, firstStep, path: ["arrivals", name], ...extras,
  };
}

/** A Poisson source with a constant rate (cases per minute, stated as `ratePerHour`). */
export function poissonSource(name: string, ratePerMinute: number, firstStep: string, extras: SourceExtras = {}): ArrivalSource {
  return { ...renewalSource(name, exponential(1), firstStep, extras), interarrival: null, ratePerHour: ratePerMinute * 60 };
}

/** A non-homogeneous Poisson source following a daily profile. */
export function profileSource(name: string, profile: readonly ProfileInterval[], firstStep: string, extras: SourceExtras = {}): ArrivalSource {
  return { ...renewalSource(name, exponential(1), firstStep, extras), interarrival: null, profile };
}

/** A pool of `capacity` identical servers, available around the clock. */
export function pool(name: string, capacity: number): ResourcePool {
  return { name, capacity, costPerHour: 0, shifts: null, calendar: null, path: ["resources", name] };
}

/** A step that holds one unit of `poolName` (or nothing, for null: a pure delay). */
export function serviceStep(name: string, poolName: string | null, duration: DistSpec, next: Route = EXIT): Step {
  return {
    name,
    kind: poolName === null ? "delay" : "service",
    resources: poolName === null ? [] : [{ resource: poolName, units: 1 }],
    duration,
    next,
    path: ["steps", name],
  };
}

/** What a test states about a model; the rest is defaulted. */
export interface ModelParts {
  readonly name?: string;
  readonly arrivals: readonly ArrivalSource[];
  readonly resources?: readonly ResourcePool[];
  readonly steps: readonly Step[];
  /** Opening hours (default: 24/7). */
  readonly calendar?: Calendar;
  /** Service-level targets (default: none). */
  readonly serviceLevels?: readonly ServiceLevel[];
  /** Run settings; `horizon` or `maxArrivals` must be given. */
  readonly run: Partial<RunSettings>;
}

/** Weekday opening hours, e.g. `weekdayCalendar(9 * 60, 17 * 60)` for 09:00-17:00 Mon-Fri. */
export function weekdayCalendar(open: number, close: number): Calendar {
  return { always: false, open, close, days: [true, true, true, true, true, false, false] };
}

/** "Share `target` of all cases wait at most `maxWait` minutes in total." */
export function serviceLevel(name: string, maxWait: number, target: number): ServiceLevel {
  return { name, class: null, step: null, maxWait, target, path: ["serviceLevels", name] };
}

/** Builds a complete normalised Model (24/7, steady state, seed 1 unless stated). */
export function buildModel(parts: ModelParts): Model {
  const run: RunSettings = {
    horizon: null, maxArrivals: null, warmup: 0, replications: 1, seed: 1, study: "steadyState", ...parts.run,
  };
  if (run.horizon === null && run.maxArrivals === null) throw new Error("buildModel: give run.horizon or run.maxArrivals");
  return {
    name: parts.name ?? "theory model",
    description: "",
    sourceFile: null,
    calendar: parts.calendar ?? ALWAYS_OPEN,
    run,
    arrivals: parts.arrivals,
    resources: parts.resources ?? [],
    steps: parts.steps,
    serviceLevels: parts.serviceLevels ?? [],
    fixedCostPerDay: 0,
  };
}
