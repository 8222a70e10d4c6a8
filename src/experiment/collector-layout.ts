/**
 * The collectors' view of a compiled model: what the statistics need to know about it, as
 * plain data (stats imports nothing from the model).
 *
 * The branch counter's compiled model — steps "queue ticket" and "teller", pool "tellers" at
 * 32 an hour, the target "80% within 5 min" — becomes names by id, which steps queue, pool
 * costs, service levels by class and step id, and the width of the time-of-day bins.
 */
import { ARRIVAL_APPOINTMENTS, EOD_UNDECLARED, STEP_BATCH, STEP_DELAY, STEP_FORK, STEP_SERVICE, type CompiledModel } from "../model/compile/compiled.js";
import type { Model } from "../model/compile/model.js";
import type { CollectorLayout, WarmupSeriesSpec } from "../stats/observer.js";
import { WARMUP_SLICES } from "../stats/warmup-series.js";
import type { CompiledRework } from "../model/compile/compile-rework.js";
import { skillLayoutOf } from "./skill-layout.js";
import { observationStart } from "./observation-start.js";
import { timelinesOf } from "../process/timelines.js";
import { stepsInForkBranches } from "../model/checks/fork-join.js";

/** Width of the time-of-day bins (slots) reported by the collectors when `run.slot` is not given, minutes. */
export const TIME_OF_DAY_BIN_MINUTES = 60;

/** The collectors' view of a compiled model: names by id, costs, service levels, where observation starts (observation-start.ts). */
export function collectorLayoutOf(compiled: CompiledModel): CollectorLayout {
  const { model } = compiled;
  const stepNames = compiled.steps.names;
  return {
    warmup: observationStart(compiled, timelinesOf(compiled)),
    classes: compiled.classes,
    ...categoriesOf(compiled),
    steps: stepNames,
    queueingSteps: Array.from(compiled.steps.kind, (kind) => kind === STEP_SERVICE || kind === STEP_BATCH),
    pools: compiled.pools.map((p) => ({ name: p.name, costPerHour: p.costPerHour, overtimeCostPerHour: p.overtimeCostPerHour })),
    endOfDayDeclared: Array.from(compiled.steps.endOfDay, (rule) => rule !== EOD_UNDECLARED),
    ...comeBackStepsOf(compiled),
    serviceLevels: model.serviceLevels.map((sl) => ({
      name: sl.name,
      cls: sl.class === null ? -1 : compiled.classes.indexOf(sl.class),
      step: sl.step === null ? -1 : stepNames.indexOf(sl.step),
      maxWait: sl.maxWait,
      target: sl.target,
      ...(sl.measure === undefined ? {} : { measure: sl.measure }),
      ...(sl.clock === undefined ? {} : { clock: sl.clock }),
    })),
    timeOfDayBinMinutes: model.run.slot ?? TIME_OF_DAY_BIN_MINUTES,
    ...forkJoinsOf(compiled),
    ...lateWorkStepsOf(compiled),
    ...branchStepsOf(model, stepNames),
    fixedCostPerDay: model.fixedCostPerDay,
    warmupEnd: compiled.run.warmup,
    ...(compiled.admission ? { admission: { lines: compiled.admission.lineCapacity.length > 0 } } : {}),
    ...batchStepsOf(compiled),
    ...appointmentClassesOf(compiled),
    calendar: model.calendar,
    study: compiled.run.study,
    horizon: compiled.run.horizon,
    stepPools: stepNames.map((_, s) => Array.from(compiled.steps.needPool.subarray(compiled.steps.needStart[s], compiled.steps.needStart[s + 1]))),
    ...(compiled.rework === null ? {} : { rework: reworkLayout(compiled.rework) }),
    ...(compiled.downtime === null ? {} : { downtimePools: Array.from(compiled.downtime.fails.keys()).filter((p) => compiled.downtime?.fails[p] !== 0) }),
    ...(compiled.downtime === null || !compiled.downtime.sendTo.some((s) => s >= 0) ? {} : { sendingPools: sendingPools(compiled) }),
    ...skillLayoutOf(compiled),
    ...(compiled.run.study === "steadyState" && compiled.run.horizon < Infinity ? { warmupSeries: warmupSeriesSpec(model, compiled.run.horizon) } : {}),
  };
}

/** The categorical case attributes with their category names, in the engine's numbering. */
function categoriesOf(compiled: CompiledModel): Pick<CollectorLayout, "categories"> {
  const table = compiled.attributes ?? null;
  if (table === null || !table.categorical.includes(1)) return {};
  const categories = table.names.flatMap((attribute, a) => (table.categorical[a] === 1 ? [{ attribute, names: table.categories[a] }] : []));
  return { categories };
}

/** The class ids of the appointment sources (absent for a model without: its layout is unchanged). */
function appointmentClassesOf(compiled: CompiledModel): { appointmentClasses?: number[] } {
  const ids = new Set<number>();
  for (const source of compiled.sources) if (source.arrivalKind === ARRIVAL_APPOINTMENTS) ids.add(source.cls);
  return ids.size === 0 ? {} : { appointmentClasses: [...ids].sort((a, b) => a - b) };
}

/** The batch steps' ids (absent for a model without: its layout is unchanged). */
function batchStepsOf(compiled: CompiledModel): { batchSteps?: number[] } {
  const ids: number[] = [];
  compiled.steps.kind.forEach((kind, s) => {
    if (kind === STEP_BATCH) ids.push(s);
  });
  return ids.length === 0 ? {} : { batchSteps: ids };
}

/**
 * How a steady-state run keeps its warm-up series: 500 equal slices batched by 5 for a 24/7
 * model; for one with opening hours, shifts or a time-of-day profile, whole days (or whole
 * weeks when a run has more than 500 days), each its own batch.
 */
function warmupSeriesSpec(model: Model, horizon: number): WarmupSeriesSpec {
  const rhythmic = !model.calendar.always
    || model.resources.some((r) => r.shifts !== null || (r.calendar !== null && !r.calendar.always))
    || model.arrivals.some((a) => a.profile !== null || a.appointments !== undefined);
  if (!rhythmic) return { horizon, sliceMinutes: horizon / WARMUP_SLICES, batch: 5 };
  const days = Math.ceil(horizon / 1440);
  if (days <= WARMUP_SLICES) return { horizon, sliceMinutes: 1440, batch: 1 };
  return { horizon, sliceMinutes: 10_080 * Math.ceil(days / 7 / WARMUP_SLICES), batch: 1 };
}

/** Where late parts of a first-of join can work after their case left; nothing without such a join. */
function lateWorkStepsOf(compiled: CompiledModel): Pick<CollectorLayout, "lateWorkSteps"> {
  const { steps } = compiled;
  let partial = false;
  for (let s = 0; s < steps.count; s++) {
    if (steps.kind[s] === STEP_FORK && steps.joinNeed[steps.partner[s]] < steps.forkStart[s + 1] - steps.forkStart[s]) partial = true;
  }
  if (!partial) return {};
  const lateWorkSteps = Array.from(steps.kind.keys()).filter((s) => steps.kind[s] === STEP_SERVICE || steps.kind[s] === STEP_DELAY || steps.kind[s] === STEP_BATCH);
  return { lateWorkSteps };
}

/** The steps inside a fork's branches, by step id; nothing for a model without forks. */
function branchStepsOf(model: Model, stepNames: readonly string[]): Pick<CollectorLayout, "branchSteps"> {
  const inside = stepsInForkBranches(model);
  if (inside.size === 0) return {};
  return { branchSteps: [...inside].map((i) => stepNames.indexOf(model.steps[i].name)).filter((s) => s >= 0).sort((a, b) => a - b) };
}

/** The steps whose cases sent away come back; nothing at all for a model without them. */
function comeBackStepsOf(compiled: CompiledModel): Pick<CollectorLayout, "comeBackSteps"> {
  const comeBackSteps = Array.from(compiled.steps.comeBack.keys()).filter((s) => compiled.steps.comeBack[s] !== 0);
  return comeBackSteps.length === 0 ? {} : { comeBackSteps };
}

/** The layout's fork-join pairs; nothing at all for a model without forks. */
function forkJoinsOf(compiled: CompiledModel): Pick<CollectorLayout, "forkJoins"> {
  const { steps } = compiled;
  const forkJoins: { fork: number; join: number; branches: string[] }[] = [];
  for (let s = 0; s < steps.count; s++) {
    if (steps.kind[s] !== STEP_FORK) continue;
    const branches = Array.from(steps.forkBranch.subarray(steps.forkStart[s], steps.forkStart[s + 1]), (b) => steps.names[b]);
    forkJoins.push({ fork: s, join: steps.partner[s], branches });
  }
  return forkJoins.length === 0 ? {} : { forkJoins };
}

/** The steps that make errors and those that detect them, by step id. */
function reworkLayout(rework: CompiledRework): NonNullable<CollectorLayout["rework"]> {
  const ids = (flag: (s: number) => boolean): number[] => Array.from(rework.active.keys()).filter(flag);
  return {
    errorSteps: ids((s) => rework.hasErrors[s] !== 0),
    detectSteps: ids((s) => rework.detectStart[s + 1] > rework.detectStart[s]),
  };
}

/** The pools whose failures send work elsewhere, with the steps that need them. */
function sendingPools(compiled: CompiledModel): { pool: number; steps: number[] }[] {
  const sendTo = compiled.downtime?.sendTo ?? new Int32Array(0);
  return compiled.pools.flatMap((pool, p) => (sendTo[p] >= 0 ? [{ pool: p, steps: Array.from(pool.steps) }] : []));
}
