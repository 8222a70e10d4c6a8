/**
 * Batch arrivals on a rate source: each arrival of the source's own process brings a group
 * of K cases at the same instant (a compound Poisson process when the source is Poisson).
 *
 * A mail room with `ratePerHour: 6, groupSize: { 1: 70%, 2: 20%, 3: 10% }`: envelope g
 * arrives at the time the plain source's arrival g would (its gap draws, opening hours and day
 * factor unchanged), and holds K_g applications, K_g from draw g of the stream ("group-size",
 * source name). The applications get the case ordinals 0, 1, 2, … in arrival order, so
 * adding a source or a step elsewhere changes no envelope and no size.
 */
import type { CountSpec } from "../model/compile/source-types.js";
import { uniform01 } from "../random/counter-rng.js";
import { CountDraw } from "./count-draw.js";
import type { SourcePlan } from "./source-plans.js";

/** Stream purpose of the group sizes (element: the source name). */
export const GROUP_SIZE_PURPOSE = "group-size";

/** Time of group `g` of the plain process, the previous group having come at `t`. */
export type GroupTimes = (g: number, t: number) => number;

/** The arrivals of one grouped source in one replication. */
export class GroupPlan implements SourcePlan {
  private readonly count: CountDraw;
  private groups = 0;
  private groupTime = 0;
  private left = 0;

  constructor(groupSize: CountSpec, private readonly times: GroupTimes, private readonly key: readonly [number, number]) {
    this.count = new CountDraw(groupSize);
  }

  /** Time of the next arrival (calls come in order, one per arrival). */
  next(): number {
    while (this.left === 0) {
      const g = this.groups++;
      const at = this.times(g, this.groupTime);
      if (!(at < Infinity)) return at;
      this.groupTime = at;
      this.left = this.count.fixed ? this.count.pick(0) : this.count.pick(uniform01(this.key[0], this.key[1], g, 0, 0, 0));
    }
    this.left--;
    return this.groupTime;
  }
}
