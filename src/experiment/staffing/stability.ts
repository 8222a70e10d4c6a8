/**
 * The fewest staff that keep a pool stable where a class target leaves some of its work
 * unjudged.
 *
 * At the branch counter the target is the walk-ins' (80% within 5 minutes, served first),
 * and back-office work (45 an hour, 5 minutes each) shares the tellers: 7.1 erlangs in all.
 * Six tellers meet the walk-ins' target, but the back-office queue then grows by about 13
 * cases an hour and some 100 wait at closing. A pool that serves every class keeps up only
 * with more staff than the offered load of every class, so the planner never plans fewer
 * than floor(load) + 1 in an interval where the target does not judge every case that needs
 * the pool (the model language has no utilisation cap: staff above the load is the only
 * stability limit). A target that judges every case is its own guard and gets no floor.
 */
import type { Model } from "../../model/compile/model.js";
import { sourcesNeeding, type PoolDemand } from "./demand.js";
import type { StaffInterval, StaffPlan } from "./plan-types.js";

/** Loads below this are no load (an interval before the first arrival). */
const NO_LOAD = 1e-9;

/** The staff floor of a plan whose target leaves classes unjudged. */
export interface StabilityFloor {
  /** The classes whose cases need the pool and the target does not judge, sorted. */
  readonly classes: readonly string[];
  /** Per planning interval: the fewest staff above its offered load of every class (0 with no load). */
  readonly staff: readonly number[];
}

/** The fewest whole staff strictly above an offered load of `load` erlangs; 0 for no load. */
export function stableStaff(load: number): number {
  return load <= NO_LOAD ? 0 : Math.floor(load) + 1;
}

/**
 * The classes of the sources whose cases need `pool` and are not of `targetClass`; none
 * when the target judges every class (`targetClass` null).
 */
export function unjudgedClasses(model: Model, pool: string, targetClass: string | null): string[] {
  if (targetClass === null) return [];
  const needing = sourcesNeeding(model, pool);
  const classes = model.arrivals.flatMap((source, s) => (needing[s] && source.class !== targetClass ? [source.class] : []));
  return [...new Set(classes)].sort();
}

/** The stability floor of a plan for `pool` with a target of `targetClass`; null when the target judges every case that needs the pool. */
export function stabilityFloor(model: Model, demand: PoolDemand, targetClass: string | null): StabilityFloor | null {
  const classes = unjudgedClasses(model, demand.pool, targetClass);
  if (classes.length === 0) return null;
  return { classes, staff: demand.intervals.map((interval) => stableStaff(interval.offeredLoad)) };
}

/**
 * The floor as a plan reports it, with `held`: the starts of the intervals that met the target
 * at exactly the floor's staff where the search would have tried fewer (`held`, by index;
 * null when a given roster is scored: nothing was searched).
 */
export function reportedFloor(floor: StabilityFloor, intervals: readonly StaffInterval[], held: ReadonlySet<number> | null): NonNullable<StaffPlan["stability"]> {
  const starts = intervals.flatMap((row, i) => (held !== null && held.has(i) && !row.misses && row.scheduled === floor.staff[i] ? [row.start] : []));
  return { classes: floor.classes, staff: floor.staff, held: starts };
}
