/**
 * A drop source's arrivals: at each drop time of each working day, a number of cases all
 * arriving at that instant, one after the other.
 *
 * The courier's drops at 10:00 (30 files) and 15:00 (20 or 40, half and half) under a weekday
 * calendar: Monday 10:00 brings arrivals 0–29, Monday 15:00 arrivals 30–49 or 30–69, then
 * Tuesday 10:00, and so on. The random count of drop i on working day d is draw (d, i) of the
 * stream ("drop-count", source name), so adding a drop, a source or a step elsewhere changes
 * no other count, and the current and the proposed model see the same deliveries.
 */
import type { CompiledModel } from "../model/compile/compiled.js";
import type { ScheduledDrop } from "../model/compile/source-types.js";
import { MINUTES_PER_DAY } from "../model/schema/units.js";
import { uniform01 } from "../random/counter-rng.js";
import { streamKey } from "../random/streams.js";
import { CountDraw } from "./count-draw.js";
import { WorkingDays } from "./working-days.js";
import type { SourcePlan } from "./source-plans.js";

/** Stream purpose of the drop counts (element: the source name). */
export const DROP_COUNT_PURPOSE = "drop-count";

/** The arrival times of one drop source in one replication. */
export class DropPlan implements SourcePlan {
  private readonly at: Float64Array;
  /** Drop index in the source's list, by position in time order (the draw counter). */
  private readonly index: Int32Array;
  private readonly counts: readonly CountDraw[];
  private readonly key: readonly [number, number];
  private readonly workingDays: WorkingDays;
  /** Working day and position of the next drop; time and cases left of the current one. */
  private day = 0;
  private position = 0;
  private dropTime = 0;
  private left = 0;

  constructor(compiled: CompiledModel, drops: readonly ScheduledDrop[], source: string, replication: number) {
    const order = drops.map((_, i) => i).sort((a, b) => drops[a].at - drops[b].at || a - b);
    this.at = Float64Array.from(order, (i) => drops[i].at);
    this.index = Int32Array.from(order);
    this.counts = order.map((i) => new CountDraw(drops[i].count));
    this.key = streamKey(compiled.run.seed, replication, DROP_COUNT_PURPOSE, source);
    this.workingDays = new WorkingDays(compiled.calendar);
  }

  /** Time of the next arrival (calls come in order, one per arrival). */
  next(): number {
    while (this.left === 0) {
      const simulatedDay = this.workingDays.day(this.day);
      if (simulatedDay === Infinity) return Infinity;
      const p = this.position;
      const count = this.counts[p];
      this.left = count.fixed ? count.pick(0) : count.pick(uniform01(this.key[0], this.key[1], this.day, this.index[p], 0, 0));
      this.dropTime = simulatedDay * MINUTES_PER_DAY + this.at[p];
      if (++this.position === this.at.length) {
        this.position = 0;
        this.day++;
      }
    }
    this.left--;
    return this.dropTime;
  }
}
