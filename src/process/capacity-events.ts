/**
 * Rostered capacity over the run: each pool's level at the start, and the capacity events
 * (EVENT_CAPACITY) at which its roster changes.
 *
 * The teller pool is rostered 4 from 09:00 and 2 from 12:30: the run starts it at its
 * level at time 0 and schedules the next change; at 12:30 the level becomes 2, the
 * end-of-day rules hear of it (a drop to 0 closes the steps that need tellers), the next
 * change is scheduled, and free units serve the waiting cases.
 */
import type { Simulation } from "./simulation.js";
import { EVENT_CAPACITY } from "./event-kinds.js";
import { serveWaiting } from "./steps/service.js";

/** Sets each pool to its level at time 0 and schedules its first change. */
export function startCapacity(sim: Simulation): void {
  const capacity = sim.setup.capacity;
  for (let pool = 0; pool < sim.compiled.pools.length; pool++) {
    sim.pools.setCapacity(pool, capacity[pool].valueAt(0));
    const change = capacity[pool].nextChange(0);
    if (change < Infinity) sim.queue.schedule(change, EVENT_CAPACITY, pool);
  }
}

/** The roster of `pool` changes now: new level, end-of-day rules, the next change, then the freed units serve. */
export function changeCapacity(sim: Simulation, pool: number): void {
  const t = sim.now;
  const timeline = sim.setup.capacity[pool];
  const before = sim.pools.rostered[pool];
  sim.pools.setCapacity(pool, timeline.valueAt(t));
  sim.endOfDay.capacityChanged(sim, pool, before);
  const change = timeline.nextChange(t);
  if (change < Infinity) sim.queue.schedule(change, EVENT_CAPACITY, pool);
  serveWaiting(sim, pool);
}
