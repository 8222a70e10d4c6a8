/**
 * The planner's occupancy: busy staff-time over the staff-time of the people at work in each
 * planning interval — those rostered, and those busy past their roster (finishing the
 * customer in hand into their break or after their shift) — so it never exceeds 100%.
 *
 * At 12:00 four of seven tellers go on their break, each first finishing the customer in
 * hand: 12:00-12:30 has 3 tellers rostered but 3.3 busy on average. Busy ÷ rostered read 110%;
 * the tellers at work were 3 rostered plus those still finishing, all of them busy then, so
 * the interval reads 100% where nobody stood idle and less where someone did. The pool's
 * time-of-day series hold busy and rostered time only, so the overtime per interval is
 * measured here: the final roster's replications are run once more on the calling thread
 * with an observer that integrates max(0, busy − rostered) by the same time-of-day bins
 * (same replications and streams: the same paths as the scored run), and each interval's
 * occupancy is scaled by rostered ÷ (rostered + overtime). An interval without overtime keeps
 * its figure to the bit.
 */
import type { Model } from "../../model/compile/model.js";
import { compileModel } from "../../model/compile/compile.js";
import type { SimObserver } from "../../stats/observer.js";
import { TimeWeighted } from "../../stats/time-weighted.js";
import { binCount, binOf } from "../../stats/time-of-day-bins.js";
import { timeOfDayHours } from "../../stats/business-clock.js";
import { collectorLayoutOf } from "../collector-layout.js";
import { runReplication } from "../replicate.js";
import type { IntervalEstimate } from "./verify.js";

/** Rostered and overtime staff-minutes of one pool by time-of-day bin, summed over replications. */
interface WorkedAreas {
  /** Width of the bins, minutes (the run's time-of-day slot). */
  readonly binMinutes: number;
  readonly rostered: Float64Array;
  readonly overtime: Float64Array;
}

/**
 * An observer that hears only `onPoolLevel` of one pool (every other hook does nothing):
 * integrates its rostered units and the busy units beyond them by time-of-day bin.
 */
function poolObserver(pool: number, rostered: TimeWeighted, overtime: TimeWeighted): SimObserver {
  const hooks: Partial<SimObserver> = {
    onPoolLevel(t, p, busy, capacity) {
      if (p !== pool) return;
      rostered.set(t, capacity);
      overtime.set(t, busy > capacity ? busy - capacity : 0);
    },
    onEnd(t) {
      rostered.flush(t);
      overtime.flush(t);
    },
  };
  const nothing = () => undefined;
  // NOTE: one pass of the final roster, not the engine's hot path: a Proxy stands for the forty other hooks.
  return new Proxy(hooks, { get: (target, key) => target[key as keyof SimObserver] ?? nothing }) as SimObserver;
}

/** Rostered and overtime areas of `pool` by bin over the replications of `model` (its run settings). */
function workedAreas(model: Model, pool: string): WorkedAreas {
  const compiled = compileModel(model);
  const layout = collectorLayoutOf(compiled);
  const id = layout.pools.findIndex((p) => p.name === pool);
  const bins = binCount(layout.timeOfDayBinMinutes);
  const sums = { binMinutes: layout.timeOfDayBinMinutes, rostered: new Float64Array(bins), overtime: new Float64Array(bins) };
  for (let k = 0; k < model.run.replications; k++) {
    const level = () => new TimeWeighted(layout.warmup, new Float64Array(bins), layout.timeOfDayBinMinutes, timeOfDayHours(layout.calendar));
    const [rostered, overtime] = [level(), level()];
    runReplication(compiled, k, { observer: poolObserver(id, rostered, overtime) });
    for (let b = 0; b < bins; b++) {
      sums.rostered[b] += rostered.byTimeOfDay?.[b] ?? 0;
      sums.overtime[b] += overtime.byTimeOfDay?.[b] ?? 0;
    }
  }
  return sums;
}

/**
 * The occupancy by planning interval of the staff at work: `occupancy` (busy ÷ rostered, from
 * the scored run of `model`) scaled by rostered ÷ (rostered + overtime) where staff worked past
 * their roster in the interval; unchanged elsewhere.
 * @param model the model with the roster, as scored (its slots as wide as the intervals).
 */
export function occupancyAtWork(model: Model, pool: string, intervalStarts: readonly number[], occupancy: readonly IntervalEstimate[]): IntervalEstimate[] {
  const areas = workedAreas(model, pool);
  return occupancy.map((estimate, i) => {
    const b = binOf(intervalStarts[i], areas.binMinutes, areas.rostered.length);
    const over = areas.overtime[b];
    if (!(over > 0) || estimate.mean === null) return estimate;
    const factor = areas.rostered[b] / (areas.rostered[b] + over);
    const scaled = (x: number | null) => (x === null ? null : x * factor);
    return { mean: scaled(estimate.mean), lo: scaled(estimate.lo), hi: scaled(estimate.hi) };
  });
}
