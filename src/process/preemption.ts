/**
 * Preemptive-resume priority: a case that finds every server of a preemptive step busy
 * interrupts the lowest-priority case in service there, if that one's priority is lower.
 *
 * A VIP caller (priority 5) reaches the advisers while all are busy with standard calls
 * (priority 0): the standard call started last is interrupted with 4.2 minutes of work left,
 * goes back to the head of its line (ahead of every case of its priority or lower), and when
 * an adviser frees up it resumes those 4.2 minutes — no new draw, no new start counted.
 * Supported: steps with one need of one unit (validation refuses the rest, checks/skills.ts).
 * Among equally low priorities the case that started most recently is interrupted (it has
 * the least work done). A case interrupted twice keeps its remaining work each time.
 * With `interrupted: restart` it goes back to its line with its full duration to do again;
 * with `interrupted: send` it gives back its adviser and goes on to the `sendTo` step (a
 * callback queue) once the VIP has started, as downtime's `interrupted: send` does.
 */
import type { Simulation } from "./simulation.js";
import { CASE_PREEMPTED, CASE_ROUTING } from "./case-states.js";
import { startSpecial } from "./skill-dispatch.js";
import { joinLine, leaveLine } from "./steps/service.js";
import { PREEMPTED_RESTART, PREEMPTED_SEND } from "../model/compile/compile-skills.js";

/**
 * Interrupts a lower-priority case in service on the pool of `s` and starts `c` there (after
 * waiting `waited` minutes); false when none is lower.
 */
export function tryPreempt(sim: Simulation, c: number, s: number, waited = 0): boolean {
  const pool = sim.steps.needPool[sim.steps.needStart[s]];
  const victim = lowestInService(sim, pool);
  if (victim < 0 || !(sim.cases.priority[victim] < sim.cases.priority[c])) return false;
  const victimStep = sim.cases.step[victim];
  interrupt(sim, victim, pool);
  const started = sim.pools.canSeize(s);
  if (started) {
    sim.pools.seize(s);
    startSpecial(sim, c, s, -1, waited);
  }
  if (sim.skills.tables.preempted[victimStep] === PREEMPTED_SEND) sendOn(sim, victim, victimStep);
  return started;
}

/**
 * Waiting case `c` at `s` has just been raised in priority by an escalation declared to
 * preempt: if a lower priority is in service it leaves the line and interrupts it, as an
 * arrival of its priority would; otherwise it stays in line.
 */
export function preemptFromLine(sim: Simulation, c: number, s: number): void {
  const victim = lowestInService(sim, sim.steps.needPool[sim.steps.needStart[s]]);
  if (victim < 0 || !(sim.cases.priority[victim] < sim.cases.priority[c])) return;
  const waited = leaveLine(sim, c, s);
  if (!tryPreempt(sim, c, s, waited)) joinLine(sim, c, s);
}

/** Interrupted case `v` goes on from `step` to the step's sendTo step. */
function sendOn(sim: Simulation, v: number, step: number): void {
  const target = sim.skills.tables.preemptSendTo[step];
  sim.cases.state[v] = CASE_ROUTING;
  sim.observer.onPreemptSent(sim.now, v, sim.cases.cls[v], step, target);
  sim.advance(v, target);
}

/** The case in service on `pool` with the lowest priority (the latest started among equals), or -1. */
function lowestInService(sim: Simulation, pool: number): number {
  const skills = sim.skills;
  const list = skills.inService[pool];
  const priority = sim.cases.priority;
  let found = -1;
  for (let i = 0, n = skills.inServiceCount[pool]; i < n; i++) {
    const v = list[i];
    if (found < 0 || priority[v] < priority[found]
      || (priority[v] === priority[found] && skills.startedAt[v] > skills.startedAt[found])) found = v;
  }
  return found;
}

/**
 * Stops the service of `v` now and gives its unit back; unless its step sends it elsewhere,
 * puts it at the head of its priority in its line with its remaining (or, restarting, full) work.
 */
function interrupt(sim: Simulation, v: number, pool: number): void {
  const t = sim.now;
  const cases = sim.cases;
  const skills = sim.skills;
  const step = cases.step[v];
  sim.queue.remove(skills.endEvent[v]);
  skills.endEvent[v] = -1;
  skills.untrack(pool, v);
  const rule = skills.tables.preempted[step];
  skills.remaining[v] = rule === PREEMPTED_RESTART ? cases.activity[v] : skills.endsAt[v] - t;
  sim.pools.release(step);
  cases.state[v] = CASE_PREEMPTED;
  sim.observer.onPreempt(t, v, cases.cls[v], step, skills.remaining[v]);
  if (rule === PREEMPTED_SEND) return;
  cases.enqueuedAt[v] = t;
  cases.enqueueOrder[v] = -(++skills.interruptions);
  sim.lines.joinAhead(step, v, cases.priority);
  sim.observer.onQueueLength(t, step, sim.lines.length[step]);
}
