/**
 * Raw model → normalised `Model`: units to minutes, defaults filled in, routes explicit.
 *
 * An account-opening file that says `timeUnit: min`, `horizon: 20d` and leaves `next` out
 * after "verify identity" becomes a Model with horizon 28800, `next: { kind: "goto", to:
 * "data entry" }`, replications 10 and seed 1. Problems that only show while converting
 * (a gamma with the wrong parameter pair, a pool without capacity, a negative horizon) are
 * reported as drafts; every value still gets a harmless placeholder so the cross-checks can run.
 */
import type { Calendar, Model, ModelPath, ResourceNeed, ResourcePool, Route, RunSettings, ServiceLevel, Step, StepKind } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { normalizeArrival } from "./normalize-arrivals.js";
import { normalizeDayFactor, SHARED_DAY_FACTOR_STREAM } from "./normalize-day-factor.js";
import { normalizeCalendar, normalizeEndOfDay, normalizeShifts } from "./normalize-calendar.js";
import { checkForkJoinShape, isForkOrJoin, normalizeForkJoin } from "./normalize-fork.js";
import { normalizeStepAdmission } from "./normalize-admission.js";
import { normalizeDowntime } from "./normalize-downtime.js";
import { normalizeDetects, normalizeErrors, normalizeRelease, normalizeSeize } from "./normalize-rework.js";
import { normalizeBranches, normalizeDuration } from "./normalize-attributes.js";
import type { RawArrival, RawModel, RawPool, RawServiceLevel, RawStep } from "../schema/schema.js";
import { expandSubprocesses, type ExternalSubprocesses } from "./subprocesses.js";
import { firstOptionNeed, stepSkillFields } from "./normalize-skills.js";
import { normalizeBatch } from "./normalize-batch.js";
import { normalizeClasses } from "./normalize-classes.js";
import { normalizePreempt } from "./normalize-preempt.js";
import { formatMinutes, MINUTES_PER_YEAR, toMinutes, toShare, type TimeUnit } from "../schema/units.js";
import { LIMITS } from "../schema/schema.js";
import { declaredAttributes } from "./normalize-source-kind.js";
import type { ReadDataFile } from "./normalize-recorded.js";

/** The duration of a fork or join step (they take no time). */
const NO_TIME = { kind: "deterministic", value: 0 } as const;

/** Default number of replications. */
export const DEFAULT_REPLICATIONS = 10;
/** Default master seed. */
export const DEFAULT_SEED = 1;

/** The result of normalisation: the model and the problems found on the way. */
export interface NormalizeResult {
  readonly model: Model;
  readonly issues: IssueDraft[];
}

/** Normalises a schema-valid raw model. Never throws; problems are in `issues`. */
export function normalizeModel(
  raw: RawModel, sourceFile: string | null = null, external: ExternalSubprocesses | null = null, read: ReadDataFile | null = null,
): NormalizeResult {
  const issues: IssueDraft[] = [];
  const unit: TimeUnit = raw.timeUnit ?? "min";
  const calendar = normalizeCalendar(raw.calendar, ["calendar"], issues);
  const dayFactor = raw.dayFactor === undefined ? null : normalizeDayFactor(raw.dayFactor, SHARED_DAY_FACTOR_STREAM, ["dayFactor"], issues);
  const expanded = expandSubprocesses(raw, issues, external);
  const firstStep = expanded.steps[0]?.name ?? "";
  const declared = declaredAttributes(raw.arrivals);
  const model: Model = {
    name: raw.name,
    description: raw.description ?? "",
    sourceFile,
    calendar,
    run: normalizeRun(raw.run, unit, issues),
    arrivals: raw.arrivals.map((arrival, i) => normalizeArrival(entered(arrival, expanded.entries), i, { unit, calendar, firstStep, dayFactor, read, declared }, issues)),
    resources: Object.entries(raw.resources ?? {}).map(([name, pool]) => normalizePool(name, pool, calendar, issues, unit)),
    steps: expanded.steps.map((step, i) => normalizeStep(step, i, expanded.steps, { unit, path: expanded.paths[i] }, issues)),
    serviceLevels: (raw.serviceLevels ?? []).map((level, i) => normalizeServiceLevel(level, i, unit, issues)),
    fixedCostPerDay: raw.fixedCostPerDay ?? 0,
    ...(raw.lines === undefined ? {} : { lines: raw.lines }),
    ...(raw.currency ? { currency: raw.currency } : {}),
    ...(raw.language ? { language: raw.language } : {}),
    ...(raw.classes === undefined ? {} : { classes: normalizeClasses(raw.classes, unit, issues) }),
  };
  return { model, issues };
}

/** A time value in minutes, checked against [minimum, 100 years]; placeholder 0 when out of range. */
function timeIn(value: number | string, unit: TimeUnit, path: ModelPath, issues: IssueDraft[], positive: boolean): number {
  const minutes = toMinutes(value, unit);
  if (positive ? !(minutes > 0) : !(minutes >= 0)) {
    issues.push(error("tooSmall", path, { found: value, minimum: 0, inclusive: !positive }));
    return 0;
  }
  if (minutes > LIMITS.horizonYears * MINUTES_PER_YEAR) {
    issues.push(error("timeTooLong", path, { found: value, maximum: `${LIMITS.horizonYears} years` }));
    return 0;
  }
  return minutes;
}

/** Minutes of each allowed `run.slot`. */
const SLOT_MINUTES: Readonly<Record<NonNullable<RawModel["run"]["slot"]>, number>> = { "15min": 15, "30min": 30, "60min": 60, "1h": 60 };

function normalizeRun(raw: RawModel["run"], unit: TimeUnit, issues: IssueDraft[]): RunSettings {
  const horizon = raw.horizon === undefined ? null : timeIn(raw.horizon, unit, ["run", "horizon"], issues, true);
  const warmup = raw.warmup === undefined ? 0 : timeIn(raw.warmup, unit, ["run", "warmup"], issues, false);
  if (raw.horizon === undefined && raw.maxArrivals === undefined) issues.push(error("noStopRule", ["run"]));
  return {
    horizon,
    maxArrivals: raw.maxArrivals ?? null,
    warmup,
    replications: raw.replications ?? DEFAULT_REPLICATIONS,
    seed: raw.seed ?? DEFAULT_SEED,
    study: raw.study ?? (warmup > 0 ? "steadyState" : "terminating"),
    ...(raw.slot === undefined ? {} : { slot: SLOT_MINUTES[raw.slot] }),
  };
}

function normalizePool(name: string, raw: RawPool, modelCalendar: Calendar, issues: IssueDraft[], unit: TimeUnit): ResourcePool {
  const path: ModelPath = ["resources", name];
  const calendar = raw.calendar === undefined ? null : normalizeCalendar(raw.calendar, [...path, "calendar"], issues);
  const shifts = normalizeShifts(raw.shifts, calendar ?? modelCalendar, [...path, "shifts"], issues);
  let capacity = raw.capacity;
  if (capacity === undefined && shifts !== null) capacity = Math.max(...shifts.map((shift) => shift.capacity));
  if (capacity === undefined) {
    issues.push(error("capacityMissing", path));
    capacity = 1;
  }
  const costPerHour = raw.costPerHour ?? 0;
  const endOfDay = normalizeEndOfDay(raw.endOfDay, [...path, "endOfDay"], issues);
  const limits = { ...(raw.maxWaiting === undefined ? {} : { maxWaiting: raw.maxWaiting }), ...(raw.maxInSystem === undefined ? {} : { maxInSystem: raw.maxInSystem }) };
  const downtime = raw.downtime === undefined ? {} : { downtime: normalizeDowntime(raw.downtime, [...path, "downtime"], unit, issues) };
  const skills = { ...(raw.takes === undefined ? {} : { takes: raw.takes }), ...normalizePreempt(raw.preempt, path) };
  return { name, capacity, costPerHour, shifts, calendar, endOfDay, overtimeCostPerHour: raw.overtimeCostPerHour ?? costPerHour, ...limits, ...downtime, ...skills, path };
}

function normalizeNeeds(raw: RawStep, path: ModelPath, issues: IssueDraft[]): ResourceNeed[] {
  if (raw.resource !== undefined && raw.resources !== undefined) issues.push(error("resourceConflict", [...path, "resources"]));
  if (raw.units !== undefined && raw.resource === undefined) issues.push(error("unitsWithoutResource", [...path, "units"]));
  if (raw.resource !== undefined) return [{ resource: raw.resource, units: raw.units ?? 1 }];
  return (raw.resources ?? []).map((need) => ({ resource: need.resource, units: need.units ?? 1 }));
}

/** The explicit route: `next` as written, or the following step, or exit after the last. */
function normalizeRoute(raw: RawStep, index: number, steps: readonly RawStep[], path: ModelPath, issues: IssueDraft[]): Route {
  const next = raw.next;
  if (next === undefined) return index + 1 < steps.length ? { kind: "goto", to: steps[index + 1].name } : { kind: "exit" };
  if (typeof next === "string") return next === "exit" ? { kind: "exit" } : { kind: "goto", to: next };
  return normalizeBranches(next, [...path, "next"], issues);
}

/** The declared kind, or the inferred one; a declared kind that contradicts the needs is an issue. */
function normalizeStepKind(raw: RawStep, needs: readonly ResourceNeed[], path: ModelPath, issues: IssueDraft[]): StepKind {
  if (raw.kind === "batch" || raw.batch !== undefined) return batchKind(raw, path, issues);
  const inferred: StepKind = needs.length > 0 ? "service" : "delay";
  if (raw.kind === undefined) return inferred;
  if (isForkOrJoin(raw.kind)) return raw.kind;
  if (raw.kind !== inferred) issues.push(error(raw.kind === "service" ? "serviceWithoutResource" : "delayWithResource", [...path, "kind"]));
  return raw.kind;
}

/** A batch step (its needs are optional): kind batch and the batch block go together. */
function batchKind(raw: RawStep, path: ModelPath, issues: IssueDraft[]): StepKind {
  if (raw.batch === undefined) issues.push(error("batchWithoutRule", [...path, "kind"]));
  else if (raw.kind !== undefined && raw.kind !== "batch") issues.push(error("batchRuleOnKind", [...path, "batch"], { kind: raw.kind }));
  return raw.kind ?? "batch";
}

/** A source whose `start` names a use step starts at that sub-process's first step. */
function entered(arrival: RawArrival, entries: ReadonlyMap<string, string>): RawArrival {
  const start = arrival.start === undefined ? undefined : entries.get(arrival.start);
  return start === undefined ? arrival : { ...arrival, start };
}

function normalizeStep(raw: RawStep, index: number, steps: readonly RawStep[], where: { unit: TimeUnit; path: ModelPath }, issues: IssueDraft[]): Step {
  const { unit, path } = where;
  const skills = stepSkillFields(raw, path, unit, issues);
  const resources = skills.servedBy === undefined ? normalizeNeeds(raw, path, issues) : firstOptionNeed(skills.servedBy);
  checkForkJoinShape(raw, resources, path, issues);
  if (raw.duration === undefined && !isForkOrJoin(raw.kind)) issues.push(error("missingKey", [...path, "duration"], { key: "duration" }));
  const admission = normalizeStepAdmission(raw, path, unit, issues);
  const seize = raw.seize === undefined ? null : normalizeSeize(raw.seize);
  const { duration, durationBy } = raw.duration === undefined || isForkOrJoin(raw.kind)
    ? { duration: NO_TIME, durationBy: null }
    : normalizeDuration(raw.duration, unit, [...path, "duration"], issues);
  return {
    name: raw.name,
    kind: normalizeStepKind(raw, seize === null ? resources : [...resources, seize], path, issues),
    resources,
    duration,
    ...(durationBy === null ? {} : { durationBy }),
    next: normalizeRoute(raw, index, steps, path, issues),
    endOfDay: normalizeEndOfDay(raw.endOfDay, [...path, "endOfDay"], issues),
    ...normalizeForkJoin(raw, path, issues),
    ...(admission === undefined ? {} : { admission }),
    ...(raw.errors === undefined ? {} : { errors: normalizeErrors(raw.errors, [...path, "errors"]) }),
    ...(raw.detects === undefined ? {} : { detects: normalizeDetects(raw.detects, [...path, "detects"]) }),
    ...(seize === null ? {} : { seize }),
    ...(raw.release === undefined ? {} : { release: normalizeRelease(raw.release) }),
    ...skills,
    ...(raw.batch === undefined ? {} : { batch: normalizeBatch(raw.batch, path, unit, issues) }),
    path,
  };
}

function normalizeServiceLevel(raw: RawServiceLevel, index: number, unit: TimeUnit, issues: IssueDraft[]): ServiceLevel {
  const path: ModelPath = ["serviceLevels", index];
  const cycle = raw.maxCycleTime !== undefined;
  if (cycle === (raw.maxWait !== undefined)) issues.push(error("serviceLevelThreshold", path));
  if (cycle && raw.step !== undefined) issues.push(error("cycleTimeAtStep", [...path, "step"]));
  const threshold = cycle ? raw.maxCycleTime : raw.maxWait;
  const maxWait = threshold === undefined ? 0 : timeIn(threshold, unit, [...path, cycle ? "maxCycleTime" : "maxWait"], issues, false);
  const target = toShare(raw.target);
  if (!(target > 0)) issues.push(error("targetZero", [...path, "target"]));
  const clock = raw.clock ?? "elapsed";
  const scope = [raw.class, raw.step && `at ${raw.step}`].filter(Boolean).join(" ");
  const what = `${cycle ? "done" : "wait"} ≤ ${formatMinutes(maxWait)}${clock === "working" ? " working time" : ""}`;
  const name = raw.name ?? `${Math.round(target * 1000) / 10}% ${what}${scope ? ` (${scope})` : ""}`;
  const extras = { ...(cycle ? { measure: "cycleTime" as const } : {}), ...(clock === "working" ? { clock } : {}) };
  return { name, class: raw.class ?? null, step: raw.step ?? null, maxWait, target, ...extras, path };
}
