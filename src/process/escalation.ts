/**
 * Escalation timers: a case that has waited its step's limit in the line (counted from
 * joining it, or from its arrival in the process; in elapsed or working time) is escalated —
 * moved to another step, or raised in priority within the line — and counted.
 *
 * A loan file joins the approval line on Friday at 16:00; the step says `escalate: { after:
 * 2d, clock: working, to: team lead review }`. With the office open 09:00-17:00 on weekdays,
 * its timer fires on Tuesday at 16:00 unless an approver has picked it up; then it leaves
 * the line (its wait so far counts) and goes on to team lead review. With `priority: 10`
 * instead it stays in line, ahead of every case of lower priority, and keeps that priority
 * for the rest of its way. Raising a priority does not interrupt anyone already in service,
 * unless the escalation says `preempt: true` at a preemptive step: then the raised file
 * interrupts a lower-priority one in service, as a new file of that priority would.
 * A case leaving the line any other way (served, abandoned, sent away) cancels its timer.
 */
import type { Simulation } from "./simulation.js";
import { CASE_ROUTING } from "./case-states.js";
import { EVENT_ESCALATION } from "./event-kinds.js";
import { leaveLine } from "./steps/service.js";
import { workingDeadline } from "../stats/working-deadline.js";
import { preemptFromLine } from "./preemption.js";

/** Case `c` has just joined the line of `s`, which has an escalation timer: schedules it. */
export function scheduleEscalation(sim: Simulation, c: number, s: number): void {
  const t = sim.now;
  const tables = sim.skills.tables;
  const base = tables.escalateSinceArrival[s] !== 0 ? sim.cases.arrival[c] : t;
  const after = tables.escalateAfter[s];
  const due = tables.escalateWorking[s] !== 0 ? workingDeadline(sim.compiled.calendar, base, after) : base + after;
  if (due === Infinity) return;
  sim.skills.escalationEvent[c] = sim.queue.schedule(due > t ? due : t, EVENT_ESCALATION, c);
}

/** Case `c` leaves a line with an escalation timer before it fired: cancels the timer. */
export function cancelEscalation(sim: Simulation, c: number): void {
  const event = sim.skills.escalationEvent[c];
  if (event < 0) return;
  sim.queue.remove(event);
  sim.skills.escalationEvent[c] = -1;
}

/** The timer of waiting case `c` fired: counts the escalation and moves the case on or raises its priority. */
export function escalate(sim: Simulation, c: number): void {
  const t = sim.now;
  const cases = sim.cases;
  const tables = sim.skills.tables;
  sim.skills.escalationEvent[c] = -1;
  const s = cases.step[c];
  const target = tables.escalateTo[s];
  if (target >= 0) {
    const waited = leaveLine(sim, c, s);
    cases.state[c] = CASE_ROUTING;
    sim.observer.onEscalate(t, c, cases.cls[c], s, waited, true);
    sim.guards.noteHop(c, target, "escalation");
    sim.advance(c, target);
    return;
  }
  sim.observer.onEscalate(t, c, cases.cls[c], s, t - cases.enqueuedAt[c], false);
  const raised = tables.escalatePriority[s];
  if (!(raised > cases.priority[c])) return;
  sim.lines.leave(s, c);
  cases.priority[c] = raised;
  sim.lines.join(s, c, cases.priority);
  if (tables.escalatePreempt[s] !== 0) preemptFromLine(sim, c, s);
}
