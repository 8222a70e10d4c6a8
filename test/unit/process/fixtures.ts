/**
 * Test fixtures for the engine: a builder for small normalised models (names in, defaults
 * filled) and a trace observer that records (case, time, event) rows, as SimPy's `log`
 * fixture does, so a test can compare a whole event sequence with the expected list.
 */
import type { DistSpec } from "../../../src/random/dist-spec.js";
import type { ArrivalSource, Calendar, Model, ResourcePool, Route, RunSettings, Step } from "../../../src/model/compile/model.js";
import type { RetryRule, StepAdmission } from "../../../src/model/compile/admission-model.js";
import type { SimObserver } from "../../../src/stats/observer.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import type { CompiledModel } from "../../../src/model/compile/compiled.js";
import { CaseDraws } from "../../../src/process/draws.js";
import { ArrivalClock, type OpenHours } from "../../../src/process/arrivals.js";
import { ConstantCapacity, type CapacityTimeline } from "../../../src/process/capacity.js";
import { DEFAULT_LIMITS, type SimulationLimits } from "../../../src/process/guards.js";
import { Simulation, type SimulationOutcome } from "../../../src/process/simulation.js";

export const ALWAYS: Calendar = { always: true, open: 0, close: 1440, days: [true, true, true, true, true, true, true] };

export const fixed = (value: number): DistSpec => ({ kind: "deterministic", value });
export const expo = (mean: number): DistSpec => ({ kind: "exponential", mean });
export const exit: Route = { kind: "exit" };
export const goto = (to: string): Route => ({ kind: "goto", to });
export const branch = (...options: [string, number][]): Route => ({ kind: "branch", options: options.map(([to, p]) => ({ to, p })) });

/** A renewal source named `name` starting at `firstStep`. */
export function source(name: string, interarrival: DistSpec, firstStep: string, extra: Partial<ArrivalSource> = {}): ArrivalSource {
  return {
    name, class: name, interarrival, ratePerHour: null, profile: null, priority: 0, patience: null,
    attributes: {}, firstStep, path: ["arrivals", name], ...extra,
  };
}

/** Admission rules of a step: the given ones, none otherwise. */
export function admission(rules: Partial<StepAdmission>): StepAdmission {
  return { maxWaiting: null, maxInSystem: null, overflowTo: null, balk: null, patience: null, patienceByClass: {}, message: null, retry: null, ...rules };
}

/** A retry rule: probability p, delay `after`, at most `max` retrials. */
export function retry(p: number, after: DistSpec, max = 1): RetryRule {
  return { p, after, max, path: [] };
}

/** A 24/7 pool. */
export function pool(name: string, capacity: number): ResourcePool {
  return { name, capacity, costPerHour: 0, shifts: null, calendar: null, path: ["resources", name] };
}

/** A step holding `needs` ([pool, units] pairs) for `duration`. */
export function step(name: string, needs: [string, number][], duration: DistSpec, next: Route = exit, index = 0): Step {
  return { name, kind: needs.length > 0 ? "service" : "delay", resources: needs.map(([resource, units]) => ({ resource, units })), duration, next, path: ["steps", index] };
}

/** A complete model; steps get their index as YAML path. */
export function model(parts: {
  arrivals: ArrivalSource[];
  resources?: ResourcePool[];
  steps: Step[];
  run?: Partial<RunSettings>;
}): Model {
  return {
    name: "test", description: "", sourceFile: null, calendar: ALWAYS,
    run: { horizon: null, maxArrivals: null, warmup: 0, replications: 1, seed: 7, study: "terminating", ...parts.run },
    arrivals: parts.arrivals,
    resources: parts.resources ?? [],
    steps: parts.steps.map((s, i) => ({ ...s, path: ["steps", i] })),
    serviceLevels: [],
    fixedCostPerDay: 0,
  };
}

/** Names of the batch close triggers, by code (SimObserver.onBatch). */
const BATCH_TRIGGERS = ["size", "at", "maxWait", "end"];

/** Records every observer call as a readable row. Cases are labelled c0, c1, … by arrival order. */
export class TraceObserver implements SimObserver {
  readonly rows: string[] = [];
  readonly levels: string[] = [];
  readonly queues: string[] = [];
  /** Activity durations reported by onFinish, keyed "case/step". */
  readonly durations = new Map<string, number>();
  readonly arrivals: number[] = [];
  endedAt = -1;
  private readonly labels: string[] = [];
  private count = 0;

  constructor(private readonly compiled: CompiledModel) {}

  private label(slot: number): string {
    return this.labels[slot];
  }

  private stepName(step: number): string {
    return this.compiled.steps.names[step];
  }

  onArrival(t: number, slot: number): void {
    this.labels[slot] = `c${this.count++}`;
    this.arrivals.push(t);
    this.rows.push(`${t} ${this.label(slot)} arrive`);
  }
  onCategory(t: number, slot: number, attribute: number, category: number): void {
    this.rows.push(`${t} ${this.label(slot)} category ${attribute}:${category}`);
  }
  onEnqueue(t: number, slot: number, _cls: number, step: number): void {
    this.rows.push(`${t} ${this.label(slot)} enqueue ${this.stepName(step)}`);
  }
  onStart(t: number, slot: number, _cls: number, step: number, waited: number): void {
    this.rows.push(`${t} ${this.label(slot)} start ${this.stepName(step)}${waited > 0 ? ` waited ${waited}` : ""}`);
  }
  onFinish(t: number, slot: number, _cls: number, step: number, duration: number): void {
    this.durations.set(`${this.label(slot)}/${this.stepName(step)}`, duration);
    this.rows.push(`${t} ${this.label(slot)} finish ${this.stepName(step)}`);
  }
  onComplete(t: number, slot: number, _cls: number, cycleTime: number, waited: number): void {
    this.rows.push(`${t} ${this.label(slot)} complete cycle ${cycleTime} waited ${waited}`);
  }
  onAbandon(t: number, slot: number, _cls: number, step: number, waited: number): void {
    this.rows.push(`${t} ${this.label(slot)} abandon ${this.stepName(step)} waited ${waited}`);
  }
  onStepClosed(t: number, step: number, waiting: number): void {
    this.rows.push(`${t} close ${this.stepName(step)} waiting ${waiting}`);
  }
  onCarryOver(t: number, slot: number, _cls: number, step: number, age: number): void {
    this.rows.push(`${t} ${this.label(slot)} carry over ${this.stepName(step)} age ${age}`);
  }
  onSendAway(t: number, slot: number, _cls: number, step: number, waited: number, returns: boolean): void {
    this.rows.push(`${t} ${this.label(slot)} sent away ${this.stepName(step)} waited ${waited}${returns ? " returns" : ""}`);
  }
  onPartLate(t: number, slot: number, step: number): void {
    this.rows.push(`${t} ${this.label(slot)} late at ${this.stepName(step)}`);
  }
  onComeBack(t: number, slot: number, _cls: number, step: number, away: number): void {
    this.rows.push(`${t} ${this.label(slot)} comes back ${this.stepName(step)} away ${away}`);
  }
  onBlocked(t: number, slot: number, _cls: number, step: number, overflow: boolean): void {
    this.rows.push(`${t} ${this.label(slot)} ${step < 0 ? "busy signal" : `blocked ${this.stepName(step)}`}${overflow ? " overflow" : ""}`);
  }
  onBalk(t: number, slot: number, _cls: number, step: number): void {
    this.rows.push(`${t} ${this.label(slot)} balk ${this.stepName(step)}`);
  }
  onMessage(t: number, slot: number, _cls: number, step: number, waited: number): void {
    this.rows.push(`${t} ${this.label(slot)} message ${this.stepName(step)} waited ${waited}`);
  }
  onRetrial(t: number, slot: number): void {
    this.rows.push(`${t} ${this.label(slot)} retry`);
  }
  onLost(t: number, slot: number): void {
    this.rows.push(`${t} ${this.label(slot)} lost`);
  }
  onSkillStart(t: number, slot: number, step: number, option: number): void {
    const pool = this.compiled.skills.optionPool[option];
    this.rows.push(`${t} ${this.label(slot)} served ${this.stepName(step)} by ${this.compiled.pools[pool].name}`);
  }
  onPreempt(t: number, slot: number, _cls: number, step: number, remaining: number): void {
    this.rows.push(`${t} ${this.label(slot)} preempted ${this.stepName(step)} remaining ${remaining}`);
  }
  onPreemptSent(t: number, slot: number, _cls: number, step: number, target: number): void {
    this.rows.push(`${t} ${this.label(slot)} sent from ${this.stepName(step)} to ${this.stepName(target)}`);
  }
  onResume(t: number, slot: number, _cls: number, step: number, waited: number): void {
    this.rows.push(`${t} ${this.label(slot)} resume ${this.stepName(step)}${waited > 0 ? ` waited ${waited}` : ""}`);
  }
  onEscalate(t: number, slot: number, _cls: number, step: number, waited: number): void {
    this.rows.push(`${t} ${this.label(slot)} escalate ${this.stepName(step)} waited ${waited}`);
  }
  onAppointment(t: number, slot: number, _cls: number, appointment: number): void {
    this.rows.push(`${t} ${this.label(slot)} appointment ${appointment}`);
  }
  onNoShow(t: number, cls: number): void {
    this.rows.push(`${t} no-show ${this.compiled.classes[cls]}`);
  }
  onBatch(t: number, step: number, size: number, waitSum: number, trigger: number): void {
    this.rows.push(`${t} batch ${this.stepName(step)} size ${size} waited ${waitSum} by ${BATCH_TRIGGERS[trigger]}`);
  }
  onPoolLevel(t: number, pool: number, busy: number, capacity: number): void {
    this.levels.push(`${t} ${this.compiled.pools[pool].name} ${busy}/${capacity}`);
  }
  onQueueLength(t: number, step: number, length: number): void {
    this.queues.push(`${t} ${this.stepName(step)} ${length}`);
  }
  onEnd(t: number): void {
    this.endedAt = t;
  }
  onFork(t: number, slot: number, _cls: number, fork: number, join: number): void {
    this.rows.push(`${t} ${this.label(slot)} fork ${this.stepName(fork)} wait at ${this.stepName(join)}`);
  }
  onPartStart(t: number, slot: number, parent: number, _cls: number, _fork: number, branch: number): void {
    this.labels[slot] = `${this.label(parent)}.${branch + 1}`;
    this.rows.push(`${t} ${this.label(slot)} part`);
  }
  onPartJoin(t: number, slot: number, _parent: number, _cls: number, join: number, _branch: number, sinceFork: number): void {
    this.rows.push(`${t} ${this.label(slot)} reach ${this.stepName(join)} after ${sinceFork}`);
  }
  onPartWithdrawn(t: number, slot: number, _cls: number, _join: number, step: number): void {
    this.rows.push(`${t} ${this.label(slot)} withdrawn at ${this.stepName(step)}`);
  }
  onJoin(t: number, slot: number, _cls: number, join: number, span: number, syncDelay: number, parts: number, critical: number): void {
    this.rows.push(`${t} ${this.label(slot)} joined ${this.stepName(join)} after ${span} sync ${syncDelay}/${parts} critical ${critical + 1}`);
  }
  onStepError(t: number, slot: number, _cls: number, step: number, visit: number, erroneous: boolean): void {
    if (erroneous) this.rows.push(`${t} ${this.label(slot)} error ${this.stepName(step)} visit ${visit}`);
  }
  onErrorFound(t: number, slot: number, _cls: number, step: number, origin: number): void {
    this.rows.push(`${t} ${this.label(slot)} found at ${this.stepName(step)} error of ${this.stepName(origin)}`);
  }
  onErrorEscaped(t: number, slot: number, _cls: number, origin: number): void {
    this.rows.push(`${t} ${this.label(slot)} escaped error of ${this.stepName(origin)}`);
  }
  onCaseRework(t: number, slot: number, _cls: number, visits: number, reworks: number, reworkTime: number): void {
    this.rows.push(`${t} ${this.label(slot)} visits ${visits} reworks ${reworks} rework time ${reworkTime}`);
  }
  onPoolDown(t: number, pool: number, interrupted: number): void {
    this.rows.push(`${t} ${this.compiled.pools[pool].name} down interrupting ${interrupted}`);
  }
  onPoolUp(t: number, pool: number, resumed: number): void {
    this.rows.push(`${t} ${this.compiled.pools[pool].name} up resuming ${resumed}`);
  }
  onSentElsewhere(t: number, slot: number, _cls: number, step: number, _pool: number, inActivity: boolean): void {
    this.rows.push(`${t} ${this.label(slot)} sent from ${this.stepName(step)} ${inActivity ? "activity" : "line"}`);
  }
}

/** Options of `trace`: capacity timelines by pool name, opening hours, limits. */
export interface TraceOptions {
  capacity?: Record<string, CapacityTimeline>;
  hours?: OpenHours | null;
  limits?: Partial<SimulationLimits>;
  replication?: number;
}

/** Runs replication 0 of `m` with a trace observer and returns the trace and the outcome. */
export function trace(m: Model, options: TraceOptions = {}): { trace: TraceObserver; outcome: SimulationOutcome; compiled: CompiledModel } {
  const compiled = compileModel(m);
  const observer = new TraceObserver(compiled);
  const replication = options.replication ?? 0;
  const draws = new CaseDraws(compiled, replication);
  const simulation = new Simulation({
    compiled,
    replication,
    observer,
    draws,
    arrivals: new ArrivalClock(compiled, draws, options.hours ?? null, compiled.sources.map(() => null)),
    capacity: m.resources.map((p) => options.capacity?.[p.name] ?? new ConstantCapacity(p.capacity)),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  });
  const outcome = simulation.run();
  return { trace: observer, outcome, compiled };
}

/** A weekly-free step function for tests: `[time, value]` change points, first at time 0. */
export class StepTimeline implements CapacityTimeline {
  constructor(private readonly points: readonly (readonly [number, number])[]) {}
  valueAt(t: number): number {
    let value = 0;
    for (const [at, v] of this.points) if (at <= t) value = v;
    return value;
  }
  nextChange(t: number): number {
    for (const [at] of this.points) if (at > t) return at;
    return Infinity;
  }
}
