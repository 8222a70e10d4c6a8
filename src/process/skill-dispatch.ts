/**
 * Service at steps with skills-based routing, preemption or an escalation timer, and the
 * dispatch of pools that serve such steps (the plain path is steps/service.ts + dispatch.ts).
 *
 * A mortgage call finds the mortgage specialists busy and a universal agent free: it is
 * served by the agent, with the agent's handling time (step `choose` rule). When an agent
 * frees up it looks at the heads of every line it may serve and takes one by its pool's
 * `takes` rule: priority (then longest waiting), its own type first (steps that list the pool
 * first) then the longest waiting of the others, or simply the longest waiting.
 * NOTE: reached only through one byte test (step or pool mode) from steps/service.ts;
 * nothing is allocated per call.
 */
import type { Simulation } from "./simulation.js";
import {
  CHOOSE_LONGEST_IDLE, CHOOSE_RANDOM, MODE_ESCALATE, MODE_PREEMPT, MODE_SKILLED, TAKES_LONGEST_WAITING, TAKES_OWN_FIRST,
} from "../model/compile/compile-skills.js";
import { CASE_IN_ACTIVITY, CASE_PREEMPTED } from "./case-states.js";
import { EVENT_STEP_END } from "./event-kinds.js";
import { joinLine, leaveLine, serveWaiting } from "./steps/service.js";
import { tryPreempt } from "./preemption.js";
import { scheduleEscalation } from "./escalation.js";

/** Case `c` enters special step `s`: starts on a free pool, interrupts a lower priority, or joins the line. */
export function seizeOrJoinSpecial(sim: Simulation, c: number, s: number): void {
  sim.skills.ensure(c);
  const mode = sim.skills.tables.stepMode[s];
  if (sim.lines.length[s] === 0) {
    if ((mode & MODE_SKILLED) !== 0) {
      const option = chooseOption(sim, c, s);
      if (option >= 0) {
        seizeOption(sim, option);
        startSpecial(sim, c, s, option, 0);
        return;
      }
    } else if (sim.pools.canSeize(s)) {
      sim.pools.seize(s);
      startSpecial(sim, c, s, -1, 0);
      return;
    }
  }
  if ((mode & MODE_PREEMPT) !== 0 && tryPreempt(sim, c, s)) return;
  joinLine(sim, c, s);
  if ((mode & MODE_ESCALATE) !== 0) scheduleEscalation(sim, c, s);
}

/**
 * Starts (or resumes) case `c` at `s` on `option` (-1: the step's own needs), after waiting
 * `waited` minutes; an interrupted case resumes its remaining work and is not counted again.
 */
export function startSpecial(sim: Simulation, c: number, s: number, option: number, waited: number): void {
  const t = sim.now;
  const cases = sim.cases;
  const skills = sim.skills;
  const resumed = cases.state[c] === CASE_PREEMPTED;
  let duration = skills.remaining[c];
  if (!resumed) {
    const visit = cases.visits[c * sim.steps.count + s] - 1 + cases.visitOffset[c];
    duration = option < 0
      ? sim.draws.duration(s, cases.source[c], cases.ordinal[c], visit)
      : sim.draws.durationWith(skills.tables.optionSampler[option], s, cases.source[c], cases.ordinal[c], visit);
    if (!(duration >= 0 && duration < Infinity)) sim.guards.failBadDraw(c, s, "duration", duration);
    cases.activity[c] = duration;
  }
  cases.state[c] = CASE_IN_ACTIVITY;
  if (resumed) {
    sim.observer.onResume(t, c, cases.cls[c], s, waited);
  } else {
    sim.observer.onStart(t, c, cases.cls[c], s, waited);
    if (option >= 0) sim.observer.onSkillStart(t, c, s, option);
  }
  skills.option[c] = option;
  const event = sim.queue.schedule(t + duration, EVENT_STEP_END, c);
  if ((skills.tables.stepMode[s] & MODE_PREEMPT) === 0) return;
  skills.endEvent[c] = event;
  skills.endsAt[c] = t + duration;
  skills.startedAt[c] = t;
  skills.track(sim.steps.needPool[sim.steps.needStart[s]], c);
}

/** The activity of case `c` at special step `s` ended: releases what it held and lets the freed pools serve. */
export function endSpecial(sim: Simulation, s: number, c: number): void {
  const skills = sim.skills;
  const tables = skills.tables;
  const mode = tables.stepMode[s];
  if ((mode & MODE_PREEMPT) !== 0) {
    skills.untrack(sim.steps.needPool[sim.steps.needStart[s]], c);
    skills.endEvent[c] = -1;
  }
  if ((mode & MODE_SKILLED) !== 0) {
    const option = skills.option[c];
    skills.option[c] = -1;
    sim.pools.releaseUnits(tables.optionPool[option], tables.optionUnits[option]);
    serveWaiting(sim, tables.optionPool[option]);
    return;
  }
  sim.pools.release(s);
  const { needStart, needPool } = sim.steps;
  for (let i = needStart[s], end = needStart[s + 1]; i < end; i++) serveWaiting(sim, needPool[i]);
}

/** A unit of `pool` (which serves skills or preemptive steps) is free: starts waiting work by the pool's `takes` rule. */
export function serveSpecial(sim: Simulation, pool: number): void {
  const skills = sim.skills;
  const pools = sim.pools;
  if (skills.idle !== null) skills.idle.sync(pool, Math.max(0, pools.capacity[pool] - pools.busy[pool]), sim.now);
  for (;;) {
    const s = pickWork(sim, pool);
    if (s < 0) return;
    const c = sim.lines.head[s];
    const waited = leaveLine(sim, c, s);
    if ((skills.tables.stepMode[s] & MODE_SKILLED) !== 0) {
      const option = optionOf(sim, s, pool);
      seizeOption(sim, option);
      startSpecial(sim, c, s, option, waited);
    } else {
      pools.seize(s);
      startSpecial(sim, c, s, -1, waited);
    }
  }
}

/** The step whose line head `pool` should serve now by its `takes` rule, or -1. */
function pickWork(sim: Simulation, pool: number): number {
  const tables = sim.skills.tables;
  const steps = tables.poolSteps[pool];
  const takes = tables.takes[pool];
  const { priority, enqueueOrder } = sim.cases;
  let best = -1;
  let bestStep = -1;
  let bestOwn = false;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const h = sim.lines.head[s];
    if (h < 0) continue;
    let own = true;
    if ((tables.stepMode[s] & MODE_SKILLED) !== 0) {
      const option = optionOf(sim, s, pool);
      if (!fits(sim, option)) continue;
      own = option === tables.optionStart[s];
    } else if (!sim.pools.canSeize(s)) {
      continue;
    }
    if (best >= 0) {
      const earlier = enqueueOrder[h] < enqueueOrder[best];
      const higher = priority[h] > priority[best] || (priority[h] === priority[best] && earlier);
      const better = takes === TAKES_LONGEST_WAITING ? earlier
        : takes === TAKES_OWN_FIRST ? (own !== bestOwn ? own : own ? higher : earlier)
        : higher;
      if (!better) continue;
    }
    best = h;
    bestStep = s;
    bestOwn = own;
  }
  return bestStep;
}

/** The option of skills step `s` served by `pool`. */
function optionOf(sim: Simulation, s: number, pool: number): number {
  const { optionStart, optionPool } = sim.skills.tables;
  for (let i = optionStart[s]; i < optionStart[s + 1]; i++) if (optionPool[i] === pool) return i;
  return -1;
}

function fits(sim: Simulation, option: number): boolean {
  const pool = sim.skills.tables.optionPool[option];
  return sim.pools.busy[pool] + sim.skills.tables.optionUnits[option] <= sim.pools.capacity[pool];
}

function seizeOption(sim: Simulation, option: number): void {
  const { optionPool, optionUnits } = sim.skills.tables;
  const pool = optionPool[option];
  if (sim.skills.idle !== null) {
    sim.skills.idle.sync(pool, Math.max(0, sim.pools.capacity[pool] - sim.pools.busy[pool]), sim.now);
    sim.skills.idle.take(pool, optionUnits[option]);
  }
  sim.pools.seizeUnits(pool, optionUnits[option]);
}

/** The free option a newcomer at skills step `s` takes by the step's `choose` rule, or -1. */
function chooseOption(sim: Simulation, c: number, s: number): number {
  const tables = sim.skills.tables;
  const rule = tables.choose[s];
  const first = tables.optionStart[s];
  const end = tables.optionStart[s + 1];
  let free = 0;
  let chosen = -1;
  let oldest = Infinity;
  for (let i = first; i < end; i++) {
    if (!fits(sim, i)) continue;
    if (rule !== CHOOSE_LONGEST_IDLE && rule !== CHOOSE_RANDOM) return i;
    free++;
    if (rule === CHOOSE_LONGEST_IDLE) {
      const pool = tables.optionPool[i];
      const idle = sim.skills.idle as NonNullable<typeof sim.skills.idle>;
      idle.sync(pool, Math.max(0, sim.pools.capacity[pool] - sim.pools.busy[pool]), sim.now);
      if (chosen < 0 || idle.oldest(pool) < oldest) {
        chosen = i;
        oldest = idle.oldest(pool);
      }
    }
  }
  if (rule !== CHOOSE_RANDOM || free === 0) return chosen;
  const cases = sim.cases;
  const u = sim.draws.poolChoice(s, cases.source[c], cases.ordinal[c], cases.visits[c * sim.steps.count + s] - 1 + cases.visitOffset[c]);
  let pick = Math.floor(u * free);
  for (let i = first; i < end; i++) if (fits(sim, i) && pick-- === 0) return i;
  return -1;
}
