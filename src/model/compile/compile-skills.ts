/**
 * Compiles skills-based routing, preemption and escalation timers into flat tables the
 * engine reads without looking up a name.
 *
 * "Mortgage advice" (step 2) served by specialists (pool 0) or universal agents (pool 1,
 * 9 minutes) becomes options 0 and 1 of step 2: pools [0, 1], samplers [the step's, the
 * agents'], and `stepMode[2]` has the SKILLED bit; both pools get `poolMode` 1 so a freed
 * agent uses the skills dispatcher. A model using none of this has all-zero modes, and the
 * engine's only cost is one byte test per service start, end and freed pool.
 */
import { compileSampler, type Sampler } from "../../random/dists.js";
import type { Model } from "./model.js";
import type { CompiledSteps } from "./compiled.js";
import type { PreemptedRule } from "./normalize-preempt.js";

/** Step mode bits. */
export const MODE_SKILLED = 1;
/** Cases in service at the step may be interrupted by a case of higher priority. */
export const MODE_PREEMPT = 2;
/** The step's line has an escalation timer. */
export const MODE_ESCALATE = 4;

/** What happens to a case a preemption interrupts, by step. */
export const PREEMPTED_RESUME = 0;
export const PREEMPTED_RESTART = 1;
export const PREEMPTED_SEND = 2;
const PREEMPTED_CODES = { resume: PREEMPTED_RESUME, restart: PREEMPTED_RESTART, send: PREEMPTED_SEND } as const;

/** `choose` codes. */
export const CHOOSE_PREFERENCE = 0;
export const CHOOSE_LONGEST_IDLE = 1;
export const CHOOSE_RANDOM = 2;
/** `takes` codes. */
export const TAKES_PRIORITY = 0;
export const TAKES_OWN_FIRST = 1;
export const TAKES_LONGEST_WAITING = 2;

const CHOOSE_CODES = { preference: CHOOSE_PREFERENCE, longestIdle: CHOOSE_LONGEST_IDLE, random: CHOOSE_RANDOM } as const;
const TAKES_CODES = { priority: TAKES_PRIORITY, ownFirst: TAKES_OWN_FIRST, longestWaiting: TAKES_LONGEST_WAITING } as const;

/** The tables; see the module comment. Indexed by step id, pool id or option id. */
export interface CompiledSkills {
  /** MODE_* bits per step (0 = the plain service path). */
  readonly stepMode: Uint8Array;
  /** 1 per pool that serves a skills or preemptive step: a freed unit uses the skills dispatcher. */
  readonly poolMode: Uint8Array;
  /** Every step each pool may serve (its needs and its servedBy options), by pool. */
  readonly poolSteps: readonly Int32Array[];
  /** TAKES_* per pool. */
  readonly takes: Int32Array;
  /** CHOOSE_* per step. */
  readonly choose: Int32Array;
  /** Options of step s are optionStart[s] .. optionStart[s+1]-1 (none for other steps). */
  readonly optionStart: Int32Array;
  readonly optionPool: Int32Array;
  readonly optionUnits: Int32Array;
  /** Handling time per option (the step's own sampler when the option gives none). */
  readonly optionSampler: readonly Sampler[];
  /** Escalation per step: minutes (NaN = none), working clock, counted from arrival. */
  readonly escalateAfter: Float64Array;
  readonly escalateWorking: Uint8Array;
  readonly escalateSinceArrival: Uint8Array;
  /** Target step of an escalation that moves the case, else -1. */
  readonly escalateTo: Int32Array;
  /** Priority an escalation raises the case to (NaN when it moves the case). */
  readonly escalatePriority: Float64Array;
  /** 1 where a case raised by the step's escalation may interrupt a lower priority in service. */
  readonly escalatePreempt: Uint8Array;
  /** PREEMPTED_* per step: what happens to a case its preemptions interrupt. */
  readonly preempted: Uint8Array;
  /** The step interrupted cases are sent to (PREEMPTED_SEND), else -1. */
  readonly preemptSendTo: Int32Array;
}

/** Builds the tables; names were checked by validation, so a missing one throws. */
export function compileSkills(model: Model, steps: CompiledSteps, stepIds: Map<string, number>, poolIds: Map<string, number>): CompiledSkills {
  const n = steps.count;
  const poolCount = model.resources.length;
  const id = (ids: Map<string, number>, name: string): number => {
    const found = ids.get(name);
    if (found === undefined) throw new Error(`compileModel: unknown name "${name}" in servedBy or escalate`);
    return found;
  };
  const stepMode = new Uint8Array(n);
  const poolMode = new Uint8Array(poolCount);
  const choose = new Int32Array(n);
  const optionStart = new Int32Array(n + 1);
  const optionPool: number[] = [];
  const optionUnits: number[] = [];
  const optionSampler: Sampler[] = [];
  const preemptivePools = new Set(model.resources.filter((r) => r.preempt === true).map((r) => r.name));
  const poolSteps: number[][] = Array.from({ length: poolCount }, (_, p) => Array.from(model.steps.keys()).filter((s) => hasNeed(steps, s, p)));
  model.steps.forEach((step, s) => {
    optionStart[s] = optionPool.length;
    if (step.preempt === true || step.resources.some((need) => preemptivePools.has(need.resource))) stepMode[s] |= MODE_PREEMPT;
    if (step.escalate) stepMode[s] |= MODE_ESCALATE;
    if (!step.servedBy) return;
    stepMode[s] |= MODE_SKILLED;
    choose[s] = CHOOSE_CODES[step.servedBy.choose];
    for (const option of step.servedBy.options) {
      const pool = id(poolIds, option.resource);
      optionPool.push(pool);
      optionUnits.push(option.units);
      optionSampler.push(option.duration === null ? steps.durationSampler[s] : compileSampler(option.duration));
      if (!poolSteps[pool].includes(s)) poolSteps[pool].push(s);
    }
  });
  optionStart[n] = optionPool.length;
  for (let s = 0; s < n; s++) {
    if ((stepMode[s] & (MODE_SKILLED | MODE_PREEMPT)) === 0) continue;
    for (let p = 0; p < poolCount; p++) if (poolSteps[p].includes(s)) poolMode[p] = 1;
  }
  const escalate = model.steps.map((step) => step.escalate ?? null);
  const preempted = model.steps.map((step) => preemptedRule(model, step));
  return {
    stepMode,
    poolMode,
    poolSteps: poolSteps.map((list) => Int32Array.from(list.sort((a, b) => a - b))),
    takes: Int32Array.from(model.resources, (r) => TAKES_CODES[r.takes ?? "priority"]),
    choose,
    optionStart,
    optionPool: Int32Array.from(optionPool),
    optionUnits: Int32Array.from(optionUnits),
    optionSampler,
    escalateAfter: Float64Array.from(escalate, (e) => (e === null ? NaN : e.after)),
    escalateWorking: Uint8Array.from(escalate, (e) => (e !== null && e.clock === "working" ? 1 : 0)),
    escalateSinceArrival: Uint8Array.from(escalate, (e) => (e !== null && e.since === "arrival" ? 1 : 0)),
    escalateTo: Int32Array.from(escalate, (e) => (e === null || e.to === null ? -1 : id(stepIds, e.to))),
    escalatePriority: Float64Array.from(escalate, (e) => (e === null || e.priority === null ? NaN : e.priority)),
    escalatePreempt: Uint8Array.from(escalate, (e) => (e !== null && e.preempt === true ? 1 : 0)),
    preempted: Uint8Array.from(preempted, (rule) => (rule === null ? PREEMPTED_RESUME : PREEMPTED_CODES[rule.interrupted])),
    preemptSendTo: Int32Array.from(preempted, (rule) => (rule === null || rule.interrupted !== "send" || rule.sendTo === null ? -1 : id(stepIds, rule.sendTo))),
  };
}

/** The preempted rule of `step`: its own, else that of the pool it needs, else null (resume). */
function preemptedRule(model: Model, step: Model["steps"][number]): PreemptedRule | null {
  if (step.preempted) return step.preempted;
  for (const need of step.resources) {
    const pool = model.resources.find((r) => r.name === need.resource);
    if (pool?.preempted) return pool.preempted;
  }
  return null;
}

function hasNeed(steps: CompiledSteps, s: number, pool: number): boolean {
  for (let i = steps.needStart[s]; i < steps.needStart[s + 1]; i++) if (steps.needPool[i] === pool) return true;
  return false;
}
