/**
 * Case statistics per category of a case attribute: arrivals, completions, waiting and cycle
 * times of the retail, SME and private loans apart, like the statistics per class.
 *
 * A retail application that arrives at 09:12 and is paid out at 15:40 after 50 minutes of
 * waiting adds one arrival, one completion, a wait of 50 and a cycle time of 388 to
 * "segment: retail". The engine reports each case's categories once, right after its
 * arrival (`onCategory`); the collector remembers them per case slot until the case leaves.
 */
import type { CollectorLayout } from "./observer.js";
import type { CaseFacts, RunWindow } from "./kpis/facts.js";
import { CaseGroup } from "./collect-cases.js";
import { openMinutesBetween, type BusinessHours } from "./business-clock.js";

/** The subject of one category in KPI keys and labels: `segment: retail`. */
export function categorySubject(attribute: string, category: string): string {
  return `${attribute}: ${category}`;
}

/** Every category subject of a layout, attribute by attribute. */
export function categorySubjects(layout: CollectorLayout): string[] {
  return (layout.categories ?? []).flatMap((c) => c.names.map((name) => categorySubject(c.attribute, name)));
}

/** Collects case statistics per (categorical attribute, category); see the module comment. */
export class CategoryCollector {
  private readonly groups: CaseGroup[] = [];
  /** First group of each categorical attribute. */
  private readonly offsets: Int32Array;
  private readonly attributes: number;
  /** Group of each case slot per attribute (slot * attributes + k), -1 = none. */
  private slotGroups = new Int32Array(64).fill(-1);
  private readonly hours: BusinessHours | null;

  constructor(private readonly layout: CollectorLayout) {
    const categories = layout.categories ?? [];
    this.attributes = categories.length;
    this.offsets = new Int32Array(categories.length);
    this.hours = layout.calendar === undefined || layout.calendar.always ? null : layout.calendar;
    categories.forEach((c, k) => {
      this.offsets[k] = this.groups.length;
      for (let i = 0; i < c.names.length; i++) this.groups.push(new CaseGroup(layout.warmup, null, layout.timeOfDayBinMinutes, null, this.hours !== null));
    });
  }

  /** True when the model has categorical attributes (otherwise no call is needed). */
  get active(): boolean {
    return this.attributes > 0;
  }

  /** The case in `slot` arrived: it has no category yet. */
  arrival(slot: number): void {
    const base = slot * this.attributes;
    if (base + this.attributes > this.slotGroups.length) this.grow(base + this.attributes);
    for (let k = 0; k < this.attributes; k++) this.slotGroups[base + k] = -1;
  }

  /** The case in `slot` drew `category` of categorical attribute `k` at its arrival time t. */
  category(t: number, slot: number, k: number, category: number): void {
    const g = this.offsets[k] + category;
    this.slotGroups[slot * this.attributes + k] = g;
    const group = this.groups[g];
    group.wip.add(t, 1);
    if (t >= this.layout.warmup) group.arrivals += 1;
  }

  /** The case in `slot` left done at t. */
  complete(t: number, slot: number, cycleTime: number, waited: number): void {
    const observed = t >= this.layout.warmup;
    const working = observed && this.hours !== null ? openMinutesBetween(this.hours, t - cycleTime, t) : 0;
    for (let k = 0, at = slot * this.attributes; k < this.attributes; k++, at++) {
      const g = this.slotGroups[at];
      if (g < 0) continue;
      const group = this.groups[g];
      group.wip.add(t, -1);
      if (!observed) continue;
      group.completions += 1;
      group.waits.add(waited);
      group.cycles.add(cycleTime);
      group.waitHistogram.add(waited);
      group.cycleHistogram.add(cycleTime);
      if (waited > 0) group.waitedAtAll += 1;
      if (this.hours === null) continue;
      group.workingCycles.add(working);
      group.workingCycleHistogram.add(working);
    }
  }

  /** The case in `slot` gave up at t after waiting `waited` in that line. */
  abandon(t: number, slot: number, waited: number): void {
    for (let k = 0, at = slot * this.attributes; k < this.attributes; k++, at++) {
      const g = this.slotGroups[at];
      if (g < 0) continue;
      const group = this.groups[g];
      group.wip.add(t, -1);
      if (t < this.layout.warmup) continue;
      group.abandonments += 1;
      group.abandonWaits.add(waited);
    }
  }

  /** The case in `slot` tries again at t after leaving (a retrial): it is in process again, in the same categories. */
  reenter(t: number, slot: number): void {
    for (let k = 0, at = slot * this.attributes; k < this.attributes; k++, at++) {
      const g = this.slotGroups[at];
      if (g >= 0) this.groups[g].wip.add(t, 1);
    }
  }

  /** The case in `slot` left at t neither done nor abandoned (sent away at closing). */
  leave(t: number, slot: number): void {
    for (let k = 0, at = slot * this.attributes; k < this.attributes; k++, at++) {
      const g = this.slotGroups[at];
      if (g >= 0) this.groups[g].wip.add(t, -1);
    }
  }

  /** Accounts for time up to t (end of run). */
  flush(t: number): void {
    for (const g of this.groups) g.wip.flush(t);
  }

  /** Facts of every category, in the order of `categorySubjects(layout)`. */
  facts(window: RunWindow): CaseFacts[] {
    return this.groups.map((tally) => ({ tally, window }));
  }

  private grow(minimum: number): void {
    let size = this.slotGroups.length;
    while (size < minimum) size *= 2;
    const bigger = new Int32Array(size).fill(-1);
    bigger.set(this.slotGroups);
    this.slotGroups = bigger;
  }
}
