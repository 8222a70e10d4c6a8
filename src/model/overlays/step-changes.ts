/**
 * Changes to the steps of a process: new durations and pools, removed, merged and inserted
 * steps, automation by RPA bots, new routing.
 *
 * "Data entry is done by RPA bots 24/7 with a 2% error rate" is `automateStep`: the step is
 * performed by a (new) bot pool with its own duration, and 2% of cases go back for rework
 * (replacing any rework loop the manual step had). "One approval level is removed" is
 * `removeStep`: cases that reached it go straight to its successor.
 */
import { distMean, distVariance } from "../../random/dist-moments.js";
import type { IssueDraft } from "../source/issues.js";
import { normalizeDist } from "../compile/normalize-dist.js";
import type { RawDist } from "../schema/schema-dist.js";
import type { ChangeParams } from "./schema.js";
import type { ChangeScope } from "./scope.js";
import { rerouted, routesTo, type MutableStep, type RawNext } from "./routes.js";
import { toShare, type TimeUnit } from "../schema/units.js";
import { mergedRework, redirectRework } from "./merged-rework.js";

/** Removes the pool fields of a step (before another pool is set). */
function clearPools(step: MutableStep): void {
  delete step.resource;
  delete step.units;
  delete step.resources;
}

/** Sends every route (steps, arrival starts, service levels) that leads to `from` along `via`. */
function redirect(s: ChangeScope, from: string, via: RawNext, param: string): void {
  for (const other of s.model.steps) {
    if (other.name !== from && routesTo(other.next, from)) s.set(other, "next", rerouted(other.next as RawNext, from, via), param);
  }
  for (const fork of s.model.steps) redirectFork(s, fork, from, via, param);
  for (const source of s.model.arrivals) {
    if (source.start !== from) continue;
    if (typeof via === "string" && via !== "exit") s.set(source, "start", via, param);
    else s.fail("invalidValue", param, { found: `arrivals of ${JSON.stringify(source.name)} start at ${JSON.stringify(from)}`, expected: "that step can only be replaced when it leads to exactly one next step" });
  }
}

/** A fork whose branch starts at `from` starts it at `via` instead (its join stays its join). */
function redirectFork(s: ChangeScope, fork: MutableStep, from: string, via: RawNext, param: string): void {
  if (fork.kind !== "fork" || !Array.isArray(fork.branches) || !fork.branches.includes(from)) return;
  if (typeof via === "string" && via !== "exit") s.set(fork, "branches", fork.branches.map((b: unknown) => (b === from ? via : b)), param);
  else s.fail("invalidValue", param, { found: `a branch of fork ${JSON.stringify(fork.name)} starts at ${JSON.stringify(from)}`, expected: "that step can only be replaced when it leads to exactly one next step" });
}

/** The route without options back to `self`, renormalised; null when nothing else remains. */
function withoutLoop(next: RawNext, self: string): RawNext | null {
  if (typeof next === "string") return next === self ? null : next;
  const rest = next.filter((o) => o.to !== self).map((o) => ({ to: o.to, p: toShare(o.p ?? 0) }));
  const total = rest.reduce((sum, o) => sum + o.p, 0);
  if (rest.length === 0 || total <= 0) return null;
  return rest.length === 1 ? rest[0].to : rest.map((o) => ({ to: o.to, p: o.p / total }));
}

function setDuration(p: ChangeParams<"setDuration">, s: ChangeScope): void {
  const step = s.step(p.step);
  if (step) s.set(step, "duration", p.duration, "duration");
}

function setResource(p: ChangeParams<"setResource">, s: ChangeScope): void {
  const step = s.step(p.step);
  if (!s.pool(p.resource, "resource") || !step) return;
  clearPools(step);
  s.set(step, "resource", p.resource, "resource");
  if (p.units !== undefined) s.set(step, "units", p.units, "units");
}

function removeStep(p: ChangeParams<"removeStep">, s: ChangeScope): void {
  s.explicitRoutes();
  const step = s.step(p.step);
  if (!step) return;
  if (step.kind === "fork" || step.kind === "join") {
    s.fail("invalidValue", "step", { found: `${JSON.stringify(p.step)} is a ${String(step.kind)} step`, expected: "remove the fork's branches and join together by editing the model, or remove a step inside a branch" });
    return;
  }
  if (s.model.steps.length === 1) {
    s.fail("invalidValue", "step", { found: `${JSON.stringify(p.step)} is the only step left`, expected: "a model needs at least one step: keep this one (change it with setDuration or automateStep)" });
    return;
  }
  const via = withoutLoop(step.next as RawNext, step.name);
  if (via === null) {
    s.fail("invalidValue", "step", { found: `every case leaving ${JSON.stringify(p.step)} goes back to it`, expected: "a step that leads on to another step or to exit can be removed" });
    return;
  }
  redirect(s, step.name, via, "step");
  s.model.steps.splice(s.model.steps.indexOf(step), 1);
  s.removed(step.name, `removing ${JSON.stringify(step.name)}`);
  forgetDetection(s, step.name);
  for (const level of s.model.serviceLevels ?? []) {
    if (level.step === step.name) s.fail("invalidValue", "step", { found: `service level ${JSON.stringify(level.name ?? "")} measures waiting at ${JSON.stringify(step.name)}`, expected: "keep the step or measure the service level elsewhere" });
  }
}

/**
 * The errors of a removed step are gone with it, so checks stop looking for them: it leaves
 * every `detects.from` (a check whose list is left empty no longer detects).
 */
function forgetDetection(s: ChangeScope, name: string): void {
  for (const check of s.model.steps) {
    const detects = check.detects;
    if (typeof detects !== "object" || detects === null || !("from" in detects)) continue;
    const from = (detects as { from: unknown }).from;
    const list = Array.isArray(from) ? from : [from];
    if (!list.includes(name)) continue;
    const rest = list.filter((entry) => entry !== name);
    if (rest.length === 0) delete check.detects;
    else s.set(check, "detects", { ...detects, from: rest }, "step");
  }
}

const roundTo6 = (x: number) => Number(x.toPrecision(6));

/**
 * The default duration of a merged step: the same work without the hand-offs, i.e. a gamma
 * with the summed mean and variance of the parts (a fixed time when all parts are fixed).
 * Null when a part's duration cannot be read.
 */
export function summedDuration(durations: readonly unknown[], unit: TimeUnit): RawDist | null {
  const issues: IssueDraft[] = [];
  // A use step, or a duration that depends on a case attribute, has no single distribution to sum.
  if (durations.some((raw) => raw === undefined || (typeof raw === "object" && raw !== null && ("by" in raw || "scaleBy" in raw)))) return null;
  const specs = durations.map((raw) => normalizeDist(raw as RawDist, { unit, timed: true }, [], issues));
  if (issues.length > 0) return null;
  const mean = specs.reduce((sum, spec) => sum + distMean(spec), 0);
  const variance = specs.reduce((sum, spec) => sum + distVariance(spec), 0);
  if (!(mean > 0) || !Number.isFinite(variance)) return null;
  if (variance === 0) return `${roundTo6(mean)}min`;
  return { gamma: { mean: `${roundTo6(mean)}min`, cv: roundTo6(Math.sqrt(variance) / mean) } };
}

function mergeSteps(p: ChangeParams<"mergeSteps">, s: ChangeScope): void {
  s.explicitRoutes();
  const members = p.steps.map((name, i) => s.step(name, ["steps", i]));
  if (p.resource !== undefined) s.pool(p.resource, "resource");
  if (new Set(p.steps).size !== p.steps.length) s.fail("invalidValue", "steps", { found: p.steps.join(", "), expected: "each step may be listed once" });
  if (members.some((m) => m === undefined) || new Set(p.steps).size !== p.steps.length) return;
  const steps = members as MutableStep[];
  if (!mergeableKinds(steps, s)) return;
  const unit = (typeof s.model.timeUnit === "string" ? s.model.timeUnit : "min") as TimeUnit;
  const duration = p.duration ?? summedDuration(steps.map((m) => m.duration), unit);
  if (duration === null) {
    s.fail("missingKey", "duration", { key: "duration", expected: "the handling time of the merged step, e.g. { lognormal: { mean: 12min, sd: 4min } }" });
    return;
  }
  const rework = mergedRework(p, steps, s);
  if (!rework) return;
  const first = steps[0];
  const merged: MutableStep = { name: p.name, duration: structuredClone(duration), next: structuredClone(steps[steps.length - 1].next), ...structuredClone(rework) };
  if (p.resource !== undefined) merged.resource = p.resource;
  else for (const key of ["resource", "units", "resources"]) if (first[key] !== undefined) merged[key] = structuredClone(first[key]);
  const position = Math.min(...steps.map((m) => s.model.steps.indexOf(m)));
  s.model.steps = s.model.steps.filter((m) => !steps.includes(m));
  s.model.steps.splice(position, 0, merged);
  s.adopt(merged);
  p.steps.forEach((name, i) => {
    merged.next = rerouted(merged.next as RawNext, name, p.name);
    redirect(s, name, p.name, "steps");
    if (name !== p.name) s.removed(name, `merging ${JSON.stringify(name)} into ${JSON.stringify(p.name)}`, ["steps", i]);
  });
  redirectRework(s, p.steps, p.name);
  for (const level of s.model.serviceLevels ?? []) if (p.steps.includes(String(level.step))) s.set(level, "step", p.name, "name");
}

/**
 * True when every part is work a merged step can do (a service or delay step); a fork, join or
 * batch step is refused at its place in `steps`, since one step with one handling time cannot
 * send parts in parallel, wait for them or collect cases.
 */
function mergeableKinds(steps: readonly MutableStep[], s: ChangeScope): boolean {
  let ok = true;
  steps.forEach((step, i) => {
    const kind = step.kind === "fork" || step.kind === "join" || step.kind === "batch" ? step.kind : step.batch !== undefined ? "batch" : null;
    if (kind === null) return;
    s.fail("invalidValue", ["steps", i], { found: `${JSON.stringify(step.name)} is a ${kind} step`, expected: "merge service or delay steps (the work inside a fork's branches, or around it); a fork, join or batch step keeps its own place" });
    ok = false;
  });
  return ok;
}

function insertStep(p: ChangeParams<"insertStep">, s: ChangeScope): void {
  const anchorName = p.after ?? p.before;
  if ((p.after === undefined) === (p.before === undefined) || anchorName === undefined) {
    s.fail("invalidValue", p.after === undefined ? "step" : "after", { found: p.after === undefined ? "neither after nor before" : "both after and before", expected: "give exactly one of after: <step> or before: <step>" });
    return;
  }
  if (typeof p.step.name !== "string") {
    s.fail("missingKey", ["step", "name"], { key: "name", expected: "the new step's name" });
    return;
  }
  s.explicitRoutes();
  const anchor = s.step(anchorName, p.after !== undefined ? "after" : "before");
  if (!anchor) return;
  const step = structuredClone(p.step) as MutableStep;
  const index = s.model.steps.indexOf(anchor);
  if (p.after !== undefined) {
    if (step.next === undefined) step.next = structuredClone(anchor.next);
    s.set(anchor, "next", step.name, "after");
    s.model.steps.splice(index + 1, 0, step);
  } else {
    redirect(s, anchor.name, step.name, "before");
    if (step.next === undefined) step.next = anchor.name;
    s.model.steps.splice(index, 0, step);
  }
  s.adopt(step, "step");
}

function automateStep(p: ChangeParams<"automateStep">, s: ChangeScope): void {
  const step = s.step(p.step);
  const reworkOk = p.reworkTo === undefined || s.step(p.reworkTo, "reworkTo") !== undefined;
  const pools = (s.model.resources ??= {});
  if (!s.safeKey(p.pool, "pool")) return;
  const existing = Object.hasOwn(pools, p.pool) ? pools[p.pool] : undefined;
  if (!existing && p.capacity === undefined) s.fail("missingKey", "capacity", { key: "capacity", expected: `the number of bots in the new pool ${JSON.stringify(p.pool)}` });
  if (!step || !reworkOk || (!existing && p.capacity === undefined)) return;
  if (existing) {
    for (const key of ["capacity", "costPerHour", "calendar"] as const) if (p[key] !== undefined) s.set(existing, key, p[key], key);
    // A headcount replaces the pool's shift plan, as setCapacity's does: shifts would otherwise win.
    if (p.capacity !== undefined) delete existing.shifts;
  } else {
    const pool = { capacity: p.capacity, costPerHour: p.costPerHour ?? 0, calendar: p.calendar ?? "always" };
    s.set(pools, p.pool, pool);
  }
  clearPools(step);
  s.set(step, "resource", p.pool, "pool");
  s.set(step, "duration", p.duration, "duration");
  if (p.errorRate !== undefined) setErrorRate(s, step, toShare(p.errorRate), p.reworkTo ?? step.name);
}

/** Routes `rate` of the step's cases to `target` (replacing an existing branch to it). */
function setErrorRate(s: ChangeScope, step: MutableStep, rate: number, target: string): void {
  s.explicitRoutes();
  const onward = withoutLoop(step.next as RawNext, target);
  if (onward === null) {
    s.fail("invalidValue", "errorRate", { found: `every case leaving ${JSON.stringify(step.name)} goes to ${JSON.stringify(target)}`, expected: "the step needs a route onward besides rework" });
    return;
  }
  if (rate === 0) return s.set(step, "next", onward, "errorRate");
  const forward = typeof onward === "string" ? [{ to: onward, p: 1 - rate }] : onward.map((o) => ({ to: o.to, p: toShare(o.p ?? 0) * (1 - rate) }));
  s.set(step, "next", [{ to: target, p: rate }, ...forward], "errorRate");
}

function setRouting(p: ChangeParams<"setRouting">, s: ChangeScope): void {
  const step = s.step(p.step);
  if (step) s.set(step, "next", p.next, "next");
}

/** The step changes, by kind. */
/** New release rules of a batch step (replacing its whole batch: block). */
function setBatch(p: ChangeParams<"setBatch">, s: ChangeScope): void {
  const step = s.step(p.step);
  if (step) s.set(step, "batch", p.batch, "batch");
}

export const STEP_CHANGES = { setDuration, setResource, removeStep, mergeSteps, insertStep, automateStep, setRouting, setBatch };
