/**
 * New cases: an arrival from a source, and a retrial of a customer who left unserved.
 *
 * Loan application #812 of source "online" arrives at 10:02: it takes a case slot, gets its
 * source, ordinal, class and priority, is reported to the observer, draws its attributes
 * (if the source has any), schedules the source's next arrival, passes admission (a trunk
 * line, if the model has them) and enters the source's first step. A customer who balked
 * at a full line and tries again later re-enters the same way, as the same case.
 * NOTE: plain functions over the simulation's fields, called from the event loop
 * (simulation.ts): monomorphic, so V8 inlines them; nothing is allocated per call.
 */
import type { Simulation } from "./simulation.js";
import type { AdmissionState } from "./admission.js";
import type { ListedArrivals } from "./listed-arrivals.js";
import { CASE_ARRIVING } from "./case-states.js";
import { EVENT_ARRIVAL } from "./event-kinds.js";

/** A new case of `source` arrives and enters its first step. */
export function arrive(sim: Simulation, source: number): void {
  const t = sim.now;
  const { sources, run } = sim.setup.compiled;
  if (sim.totalArrivals >= run.maxArrivals) {
    sim.activeSources--;
    return;
  }
  if (sim.listed !== null && missedAppointment(sim, source)) return;
  const spec = sources[source];
  const cases = sim.cases;
  const c = cases.allocate();
  if (cases.inSystem > sim.guards.maxCasesInSystem) sim.guards.failUnstable();
  const ordinal = sim.setup.arrivals.ordinal(source, sim.arrivalCount[source]++);
  sim.totalArrivals++;
  cases.source[c] = source;
  cases.ordinal[c] = ordinal;
  cases.cls[c] = spec.cls;
  cases.priority[c] = spec.priority;
  cases.arrival[c] = t;
  cases.waited[c] = 0;
  cases.state[c] = CASE_ARRIVING;
  sim.observer.onArrival(t, c, spec.cls);
  if (sim.arrivalHooks) arriveHooks(sim, c, source, ordinal);
  const next = sim.setup.arrivals.next(source, sim.arrivalCount[source], t);
  if (next !== next) sim.guards.failArrivalsNeverFit(source);
  const more = next <= run.horizon && sim.totalArrivals < run.maxArrivals;
  if (more) sim.queue.schedule(next, EVENT_ARRIVAL, source);
  // NOTE: counted on every arrival, not in an else branch: a branch first taken by the last
  // arrival would discard the optimised code at the end of the first replication (V8
  // deoptimises on reaching code it has no type feedback for) and slow the second one down.
  sim.activeSources -= more ? 0 : 1;
  if (sim.admission !== null && !admitNew(sim, c)) return;
  sim.advance(c, spec.firstStep);
}

/** Admission of new case `c`: its per-case state, then a trunk line if its source needs one; false if blocked. */
function admitNew(sim: Simulation, c: number): boolean {
  const admission = sim.admission as AdmissionState;
  admission.arrived(c);
  return admission.takeLine(sim, c);
}

/**
 * True when the entry of listed `source` due now is a booked customer who does not come:
 * reported, no case; the source's next entry is scheduled.
 */
function missedAppointment(sim: Simulation, source: number): boolean {
  const list = (sim.listed as readonly (ListedArrivals | null)[])[source];
  if (list === null || !list.missed) return false;
  const t = sim.now;
  const run = sim.setup.compiled.run;
  sim.observer.onNoShow(t, sim.setup.compiled.sources[source].cls);
  const next = sim.setup.arrivals.next(source, sim.arrivalCount[source], t);
  if (next <= run.horizon && sim.totalArrivals < run.maxArrivals) sim.queue.schedule(next, EVENT_ARRIVAL, source);
  else sim.activeSources--;
  return true;
}

/** What a new case `c` of `source` gets beyond the plain case: rework state, attribute values (and its priority from them), its appointment. */
function arriveHooks(sim: Simulation, c: number, source: number, ordinal: number): void {
  const list = sim.listed === null ? null : sim.listed[source];
  if (list !== null) sim.observer.onAppointment(sim.now, c, sim.cases.cls[c], list.appointment);
  if (sim.rework !== null) sim.rework.arrive(c);
  const attributes = sim.attributes;
  if (attributes !== null) {
    const cases = sim.cases;
    cases.priority[c] = attributes.arrive(sim.now, c, source, ordinal, cases.priority[c], sim.observer);
  }
}

/** Case `c`, blocked, balked or abandoned before, tries again from its source's first step. */
export function retrial(sim: Simulation, c: number): void {
  const t = sim.now;
  const cases = sim.cases;
  cases.state[c] = CASE_ARRIVING;
  cases.arrival[c] = t;
  cases.waited[c] = 0;
  sim.observer.onRetrial(t, c, cases.cls[c]);
  if (sim.admission !== null && !sim.admission.takeLine(sim, c)) return;
  sim.advance(c, sim.setup.compiled.sources[cases.source[c]].firstStep);
}

/** Schedules the first arrival of every source that sends cases before the horizon. */
export function startSources(sim: Simulation): void {
  const { compiled, arrivals } = sim.setup;
  if (compiled.run.maxArrivals <= 0) return;
  for (let source = 0; source < compiled.sources.length; source++) {
    const first = arrivals.next(source, 0, 0);
    if (first !== first) sim.guards.failArrivalsNeverFit(source);
    if (first > compiled.run.horizon) continue;
    sim.queue.schedule(first, EVENT_ARRIVAL, source);
    sim.activeSources++;
  }
}
