/**
 * Resources held across steps at run time: the seizing step keeps its pool when it ends, the
 * releasing step gives it back (and the freed units serve the waiting cases), and a case that
 * leaves the process while holding (it gave up waiting, or was sent away at closing) gives back
 * what it held.
 *
 * Ms A is welcomed by an adviser at 10:00 (welcome seizes advisers); welcome ends at 10:05 and
 * the adviser stays with her through advice (which only waits for a room) and paperwork; at the
 * end of paperwork, 10:40, the adviser is released and takes the next customer waiting at
 * welcome. What a case holds at each step is known at compile time (compile-holds.ts), so no
 * per-case record is kept and nothing is allocated.
 */
import type { Simulation } from "./simulation.js";
import { serveWaiting } from "./steps/service.js";

/** After the own needs of service step `s` were released: keeps the pool its `seize` holds on. */
export function keepSeized(sim: Simulation, s: number): void {
  const holds = sim.compiled.holds;
  if (holds === null || holds.keepPool[s] < 0) return;
  sim.pools.hold(holds.keepPool[s], holds.keepUnits[s]);
}

/** Step `s` ended: gives back the pools it releases and lets them serve their lines. */
export function releaseHeldAt(sim: Simulation, s: number): void {
  const holds = sim.compiled.holds;
  if (holds === null) return;
  const { releaseStart, releasePool, releaseUnits } = holds;
  const end = releaseStart[s + 1];
  if (releaseStart[s] === end) return;
  for (let i = releaseStart[s]; i < end; i++) sim.pools.giveBack(releasePool[i], releaseUnits[i]);
  for (let i = releaseStart[s]; i < end; i++) serveWaiting(sim, releasePool[i]);
}

/** A case leaves the process while waiting at step `s`: gives back what it held there. */
export function releaseOnLeaving(sim: Simulation, s: number): void {
  const holds = sim.compiled.holds;
  if (holds === null) return;
  const { heldStart, heldPool, heldUnits } = holds;
  const end = heldStart[s + 1];
  if (heldStart[s] === end) return;
  for (let i = heldStart[s]; i < end; i++) sim.pools.giveBack(heldPool[i], heldUnits[i]);
  for (let i = heldStart[s]; i < end; i++) serveWaiting(sim, heldPool[i]);
}
