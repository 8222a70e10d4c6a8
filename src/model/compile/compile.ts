/**
 * compile: Model → CompiledModel. Turns names into integer ids and the steps into a flat
 * table of typed arrays, so the engine never looks up a string while it runs.
 *
 * The loan factory's "review" step that seizes one analyst and goes back to "intake" with
 * p = 0.1 becomes row 2 of the step table: kind SERVICE, need (pool 1, 1 unit), route
 * BRANCH over targets [3, 0] with cumulative probabilities [0.9, 1]. The model is not
 * modified; the compiled form does not depend on the replication.
 */
import { compileSampler } from "../../random/dists.js";
import type { DistSpec } from "../../random/dist-spec.js";
import type { ConditionalOption } from "./attribute-types.js";
import { STEP_KINDS, type ArrivalSource, type EndOfDayRule, type Model, type ModelPath, type ResourcePool, type Route, type Step } from "./model.js";
import { resolveEndOfDay } from "./end-of-day.js";
import { compileForks } from "./compile-fork.js";
import { compileAdmission } from "./compile-admission.js";
import { sourcePatience } from "./class-rules.js";
import { compileRework } from "./compile-rework.js";
import { analyseHeld, usesHeldResources, type HeldPool } from "./held-analysis.js";
import { compileHolds, effectiveNeeds } from "./compile-holds.js";
import { compileDowntime } from "./compile-downtime.js";
import { compileAttributes } from "./compile-attributes.js";
import { compileSkills } from "./compile-skills.js";
import {
  ARRIVAL_PROFILE, ARRIVAL_APPOINTMENTS, ARRIVAL_RATE, ARRIVAL_RENEWAL, EOD_CARRY_OVER, EOD_SEND_AWAY, EOD_SERVE, EOD_UNDECLARED,
  ARRIVAL_DROPS, ARRIVAL_RECORDED,
  ROUTE_BRANCH, ROUTE_CONDITIONAL, ROUTE_EXIT, ROUTE_GOTO, STEP_BATCH, STEP_SERVICE,
  type CompiledModel, type CompiledPool, type CompiledSource, type CompiledSteps,
} from "./compiled.js";

const EOD_CODES: Readonly<Record<EndOfDayRule, number>> = { carryOver: EOD_CARRY_OVER, serve: EOD_SERVE, sendAway: EOD_SEND_AWAY };

/**
 * Compiles a validated model. Throws an Error naming the element when a reference does not
 * resolve, or when the run has neither a horizon nor a maximum number of arrivals
 * (validation reports these first; reaching this throw means validation missed it).
 */
export function compileModel(model: Model): CompiledModel {
  if (model.run.horizon === null && model.run.maxArrivals === null) {
    throw new Error("compileModel: the run has no end: give run.horizon or run.maxArrivals");
  }
  const stepIds = idsByName(model.steps.map((s) => s.name), "step");
  const poolIds = idsByName(model.resources.map((r) => r.name), "resource");
  const classes = [...new Set(model.arrivals.map((a) => a.class))];
  const held = usesHeldResources(model) ? analyseHeld(model).onEntry : null;
  const steps = compileSteps(model, stepIds, poolIds, held);
  return {
    model,
    run: {
      horizon: model.run.horizon ?? Infinity,
      maxArrivals: model.run.maxArrivals ?? Infinity,
      warmup: model.run.warmup,
      seed: model.run.seed,
      study: model.run.study,
    },
    classes,
    steps,
    sources: model.arrivals.map((a) => compileSource(a, stepIds, classes, sourcePatience(model, a))),
    pools: model.resources.map((r, p) => compilePool(r, p, steps)),
    calendar: model.calendar,
    admission: compileAdmission(model, stepIds),
    rework: compileRework(model, stepIds),
    downtime: compileDowntime(model),
    holds: held === null ? null : compileHolds(model, held, (name) => lookup(poolIds, name, "resource", ["resources"])),
    attributes: compileAttributes(model, steps.routeStart, steps.routeTarget.length),
    skills: compileSkills(model, steps, stepIds, poolIds),
  };
}

/** Formats a YAML path such as `["steps", 2]` as `steps[2]`. */
export function pathText(path: ModelPath): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text === "" ? key : `.${key}`;
  return text;
}

function idsByName(names: readonly string[], what: string): Map<string, number> {
  const ids = new Map<string, number>();
  names.forEach((name, id) => {
    if (ids.has(name)) throw new Error(`compileModel: duplicate ${what} name "${name}"`);
    ids.set(name, id);
  });
  return ids;
}

function lookup(ids: Map<string, number>, name: string, what: string, where: ModelPath): number {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`compileModel: unknown ${what} "${name}" at ${pathText(where)}`);
  return id;
}

function compileSteps(
  model: Model, stepIds: Map<string, number>, poolIds: Map<string, number>, held: readonly (readonly HeldPool[] | null)[] | null,
): CompiledSteps {
  const steps = model.steps;
  const n = steps.length;
  const endOfDay = resolveEndOfDay(model);
  const needStart = new Int32Array(n + 1);
  const needPool: number[] = [];
  const needUnits: number[] = [];
  const routeStart = new Int32Array(n + 1);
  const routeCumulative: number[] = [];
  const routeTarget: number[] = [];
  const routeKind = new Int32Array(n);
  steps.forEach((step, s) => {
    needStart[s] = needPool.length;
    for (const need of held === null ? step.resources : effectiveNeeds(step, held[s])) {
      needPool.push(lookup(poolIds, need.resource, "resource", step.path));
      needUnits.push(need.units);
    }
    routeStart[s] = routeTarget.length;
    routeKind[s] = compileRoute(step.next, (to) => (to === "exit" ? -1 : lookup(stepIds, to, "step", step.path)), routeCumulative, routeTarget);
  });
  needStart[n] = needPool.length;
  routeStart[n] = routeTarget.length;
  return {
    count: n,
    names: steps.map((s) => s.name),
    paths: steps.map((s) => pathText(s.path)),
    kind: Int32Array.from(steps, compileStepKind),
    needStart,
    needPool: Int32Array.from(needPool),
    needUnits: Int32Array.from(needUnits),
    duration: steps.map((s) => s.duration),
    durationSampler: steps.map((s) => compileSampler(s.duration)),
    endOfDay: Int32Array.from(endOfDay, (rule) => (rule === null ? EOD_UNDECLARED : EOD_CODES[rule.rule])),
    comeBack: Uint8Array.from(endOfDay, (rule) => (rule !== null && rule.comeBack ? 1 : 0)),
    routeKind,
    routeStart,
    routeCumulative: Float64Array.from(routeCumulative),
    routeTarget: Int32Array.from(routeTarget),
    ...compileForks(steps, (name, where) => lookup(stepIds, name, "step", where)),
  };
}

/**
 * The STEP_* code of a step's explicit kind.
 * @throws Error for a kind the engine has no handler for, or a kind that contradicts the
 * step's resources (validation reports both first; reaching this throw means it missed it).
 */
function compileStepKind(step: Step): number {
  const code = STEP_KINDS.indexOf(step.kind);
  if (code < 0) throw new Error(`compileModel: unknown step kind "${String(step.kind)}" at ${pathText(step.path)}`);
  if (code !== STEP_BATCH && (code === STEP_SERVICE) !== (step.resources.length > 0 || Boolean(step.seize))) {
    throw new Error(`compileModel: step kind "${step.kind}" at ${pathText(step.path)} does not match its ${step.resources.length} resource needs`);
  }
  return code;
}

/** Appends the route's options; returns its kind. Branch weights are normalised to sum 1. */
function compileRoute(route: Route, target: (to: string) => number, cumulative: number[], targets: number[]): number {
  if (route.kind === "exit") return ROUTE_EXIT;
  if (route.kind === "conditional") return compileConditionalRoute(route.options, target, cumulative, targets);
  // NOTE: a one-option branch is a goto: no branch draw is spent on it.
  if (route.kind === "goto" || route.options.length === 1) {
    cumulative.push(1);
    targets.push(target(route.kind === "goto" ? route.to : route.options[0].to));
    return ROUTE_GOTO;
  }
  const total = route.options.reduce((sum, o) => sum + o.p, 0);
  let running = 0;
  route.options.forEach((option, i) => {
    running += option.p;
    // INVARIANT: the last cumulative value is exactly 1, so a uniform in (0, 1) always lands.
    cumulative.push(i === route.options.length - 1 ? 1 : running / total);
    targets.push(target(option.to));
  });
  return ROUTE_BRANCH;
}

/**
 * Appends a conditional route's options (their conditions go to compile-attributes.ts, at the
 * same option indices): conditions get cumulative 0, the fallbacks their cumulative p.
 */
function compileConditionalRoute(options: readonly ConditionalOption[], target: (to: string) => number, cumulative: number[], targets: number[]): number {
  const fallbacks = options.filter((option) => option.when === null);
  const total = fallbacks.reduce((sum, option) => sum + (option.p ?? 1), 0);
  let running = 0;
  let seen = 0;
  for (const option of options) {
    targets.push(target(option.to));
    if (option.when !== null) {
      cumulative.push(0);
      continue;
    }
    running += option.p ?? 1;
    // INVARIANT: the last fallback's cumulative value is exactly 1.
    cumulative.push(++seen === fallbacks.length ? 1 : running / total);
  }
  return ROUTE_CONDITIONAL;
}

function compileSource(source: ArrivalSource, stepIds: Map<string, number>, classes: readonly string[], patience: DistSpec | null): CompiledSource {
  const common = {
    name: source.name,
    path: pathText(source.path),
    cls: classes.indexOf(source.class),
    priority: source.priority,
    firstStep: lookup(stepIds, source.firstStep, "step", source.path),
    patience,
    patienceSampler: patience === null ? null : compileSampler(patience),
    rateFactor: source.rateFactor ?? 1,
    dayFactor: source.dayFactor ?? null,
    ...(source.groupSize === undefined ? {} : { groupSize: source.groupSize }),
  };
  if (source.recorded !== undefined) return { ...common, arrivalKind: ARRIVAL_RECORDED, interarrival: null, interarrivalSampler: null, profile: null, recorded: source.recorded };
  if (source.drops !== undefined) return { ...common, arrivalKind: ARRIVAL_DROPS, interarrival: null, interarrivalSampler: null, profile: null, drops: source.drops };
  if (source.interarrival !== null) {
    const interarrival = source.interarrival;
    return { ...common, arrivalKind: ARRIVAL_RENEWAL, interarrival, interarrivalSampler: compileSampler(interarrival), profile: null };
  }
  if (source.ratePerHour === 0) {
    // A source at rate 0 (a channel closed in a proposal) never arrives: no gap is drawn.
    return { ...common, arrivalKind: ARRIVAL_RATE, interarrival: null, interarrivalSampler: null, profile: null };
  }
  if (source.ratePerHour !== null) {
    const interarrival: DistSpec = { kind: "exponential", mean: 60 / source.ratePerHour };
    return { ...common, arrivalKind: ARRIVAL_RATE, interarrival, interarrivalSampler: compileSampler(interarrival), profile: null };
  }
  if (source.profile !== null) {
    return { ...common, arrivalKind: ARRIVAL_PROFILE, interarrival: null, interarrivalSampler: null, profile: source.profile };
  }
  if (source.appointments !== undefined) {
    return { ...common, arrivalKind: ARRIVAL_APPOINTMENTS, interarrival: null, interarrivalSampler: null, profile: null, appointments: source.appointments };
  }
  throw new Error(`compileModel: arrival source "${source.name}" has no interarrival, rate or profile`);
}

function compilePool(resource: ResourcePool, pool: number, steps: CompiledSteps): CompiledPool {
  const using: number[] = [];
  for (let s = 0; s < steps.count; s++) {
    for (let i = steps.needStart[s]; i < steps.needStart[s + 1]; i++) {
      if (steps.needPool[i] === pool) {
        using.push(s);
        break;
      }
    }
  }
  const { name, path, costPerHour } = resource;
  const overtimeCostPerHour = resource.overtimeCostPerHour ?? costPerHour;
  return { name, path: pathText(path), costPerHour, overtimeCostPerHour, steps: Int32Array.from(using) };
}
