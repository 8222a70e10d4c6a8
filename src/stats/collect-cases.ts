/**
 * Case statistics, overall and per class: arrivals, completions, abandonments, throughput,
 * waiting and cycle times (mean, percentiles, maximum), cases in process.
 *
 * A walk-in customer who arrives at 10:02, waits 6 minutes in total and leaves at 10:15
 * adds one arrival, one completion, a wait of 6 and a cycle time of 13 to both the overall
 * figures and those of class walk-in. Arrivals count from the end of warm-up on, waits and
 * cycle times by completion time; cases in process are time-averaged from warm-up on.
 */
import type { CollectorLayout } from "./observer.js";
import type { LogHistogram } from "./result-types.js";
import type { CaseFacts, CaseTally, RunWindow } from "./kpis/facts.js";
import { openMinutesBetween, timeOfDayHours, type BusinessHours } from "./business-clock.js";
import { LogHistogramAccumulator } from "./log-histogram.js";
import { serviceLevelHistogramKey } from "./collect-service-levels.js";
import { PendingObservations } from "./pending-observations.js";
import { TimeWeighted } from "./time-weighted.js";
import { Welford } from "./welford.js";

/** Statistics of one group of cases (all cases, or one class). */
export class CaseGroup implements CaseTally {
  arrivals = 0;
  completions = 0;
  abandonments = 0;
  waitedAtAll = 0;
  readonly waits = new Welford();
  readonly abandonWaits = new Welford();
  readonly cycles = new Welford();
  readonly waitHistogram = new LogHistogramAccumulator();
  readonly cycleHistogram = new LogHistogramAccumulator();
  /** Cycle times in working time; the elapsed accumulators themselves for a 24/7 operation. */
  readonly workingCycles: Welford;
  readonly workingCycleHistogram: LogHistogramAccumulator;
  readonly wip: TimeWeighted;

  constructor(warmup: number, wipByTimeOfDay: Float64Array | null, binMinutes: number, hours: BusinessHours | null, working: boolean) {
    this.wip = new TimeWeighted(warmup, wipByTimeOfDay, binMinutes, hours);
    this.workingCycles = working ? new Welford() : this.cycles;
    this.workingCycleHistogram = working ? new LogHistogramAccumulator() : this.cycleHistogram;
  }
}

/** The key of a histogram: `overall/waitTime`, `class/walk-in/cycleTime`. */
export function histogramKey(cls: string | null, metric: "waitTime" | "cycleTime"): string {
  return cls === null ? `overall/${metric}` : `class/${cls}/${metric}`;
}

/** Histogram keys of a layout, in report order. */
export function histogramKeysFor(layout: CollectorLayout): string[] {
  const keys = [histogramKey(null, "waitTime"), histogramKey(null, "cycleTime")];
  for (const cls of layout.classes) keys.push(histogramKey(cls, "waitTime"), histogramKey(cls, "cycleTime"));
  for (const sl of layout.serviceLevels) keys.push(serviceLevelHistogramKey(sl.name));
  return keys;
}

/**
 * Collects case statistics; group 0 is all cases, group 1 + c is class c.
 * NOTE: with a single class, that class's cases are all cases: its group would receive the
 * very same observations as group 0, so it is not kept and group 0 is reported for it
 * (bit-identical figures at half the cost per case).
 * NOTE: waits and cycle times of completions are queued (class, wait, cycle time) and folded
 * into the groups' accumulators when the queue is full or before they are read.
 */
export class CaseCollector {
  private readonly groups: CaseGroup[] = [];
  /** True when class groups are kept apart from group 0 (more than one class). */
  private readonly perClass: boolean;
  /** Opening hours when they differ from 24/7 (working time ≠ elapsed time), else null. */
  private readonly hours: BusinessHours | null;
  /** Group 0 (all cases), kept apart from the array for the hot path. */
  private readonly all: CaseGroup;
  /** Start of the observation window (the layout's warm-up), minutes. */
  private readonly warmup: number;
  /** Completions in the window not yet folded into the waits, cycle times and histograms. */
  private readonly pending = new PendingObservations();
  /** True with class groups or opening hours: a completion updates more than group 0. */
  private readonly detailed: boolean;

  /** @param wipByTimeOfDay per-bin area of cases in process (all cases), or null. */
  constructor(
    private readonly layout: CollectorLayout,
    wipByTimeOfDay: Float64Array | null,
  ) {
    const bin = layout.timeOfDayBinMinutes;
    this.perClass = layout.classes.length > 1;
    this.hours = timeOfDayHours(layout.calendar);
    const working = this.hours !== null;
    this.warmup = layout.warmup;
    this.all = new CaseGroup(layout.warmup, wipByTimeOfDay, bin, this.hours, working);
    this.groups.push(this.all);
    this.detailed = this.perClass || this.hours !== null;
    if (!this.perClass) return;
    for (let c = 0; c < layout.classes.length; c++) this.groups.push(new CaseGroup(layout.warmup, null, bin, null, working));
  }

  /** Time-weighted cases in process, all cases. */
  get wip(): TimeWeighted {
    return this.groups[0].wip;
  }

  /** Completions in the window, all cases. */
  get completions(): number {
    return this.groups[0].completions;
  }

  /** A case of class `cls` arrived at t. */
  arrival(t: number, cls: number): void {
    this.onArrival(this.all, t);
    if (this.perClass) this.onArrival(this.groups[1 + cls], t);
  }

  /** A case left done at t after `cycleTime` minutes, `waited` of them waiting. */
  complete(t: number, cls: number, cycleTime: number, waited: number): void {
    if (this.detailed) {
      this.completeDetailed(t, cls, cycleTime, waited);
      return;
    }
    this.all.wip.add(t, -1);
    if (t < this.warmup) return;
    this.all.completions += 1;
    if (this.pending.push(cls, waited, cycleTime)) this.fold();
  }

  /** `complete` with class groups or opening hours (working-time cycle times). */
  private completeDetailed(t: number, cls: number, cycleTime: number, waited: number): void {
    this.all.wip.add(t, -1);
    if (this.perClass) this.groups[1 + cls].wip.add(t, -1);
    if (t < this.warmup) return;
    this.all.completions += 1;
    if (this.perClass) this.groups[1 + cls].completions += 1;
    if (this.pending.push(cls, waited, cycleTime)) this.fold();
    if (this.hours === null) return;
    const working = openMinutesBetween(this.hours, t - cycleTime, t);
    this.onWorkingCycle(this.groups[0], working);
    if (this.perClass) this.onWorkingCycle(this.groups[1 + cls], working);
  }

  /** A case gave up at t after waiting `waited` in that line. */
  abandon(t: number, cls: number, waited: number): void {
    this.onAbandon(this.groups[0], t, waited);
    if (this.perClass) this.onAbandon(this.groups[1 + cls], t, waited);
  }

  /** A case left at t neither completed nor abandoned (sent away at closing): it is no longer in process. */
  leave(t: number, cls: number): void {
    this.groups[0].wip.add(t, -1);
    if (this.perClass) this.groups[1 + cls].wip.add(t, -1);
  }

  /** A customer who left unserved tries again at t: back in process, not a new arrival. */
  reenter(t: number, cls: number): void {
    this.groups[0].wip.add(t, 1);
    if (this.perClass) this.groups[1 + cls].wip.add(t, 1);
  }

  /** Accounts for time up to t (end of run). */
  flush(t: number): void {
    this.fold();
    for (const g of this.groups) g.wip.flush(t);
  }

  /** The facts of all cases, for the KPI registry. */
  overallFacts(window: RunWindow): CaseFacts {
    this.fold();
    return { tally: this.groups[0], window };
  }

  /** The facts of each class, by class id (all cases again when there is a single class). */
  classFacts(window: RunWindow): CaseFacts[] {
    this.fold();
    return this.layout.classes.map((_, c) => ({ tally: this.classGroup(c), window }));
  }

  /** Writes the histogram records. */
  writeHistograms(out: Map<string, LogHistogram>): void {
    this.fold();
    const groups: [string | null, CaseGroup][] = [[null, this.groups[0]]];
    this.layout.classes.forEach((cls, c) => groups.push([cls, this.classGroup(c)]));
    for (const [cls, g] of groups) {
      out.set(histogramKey(cls, "waitTime"), g.waitHistogram.toRecord());
      out.set(histogramKey(cls, "cycleTime"), g.cycleHistogram.toRecord());
    }
  }

  /** The group of class c (group 0 when there is a single class). */
  private classGroup(c: number): CaseGroup {
    return this.perClass ? this.groups[1 + c] : this.groups[0];
  }

  private onArrival(g: CaseGroup, t: number): void {
    g.wip.add(t, 1);
    if (t >= this.warmup) g.arrivals += 1;
  }

  /** Folds the queued completions into the groups' accumulators, in the order they completed. */
  private fold(): void {
    const { keys, first: waits, second: cycles, count } = this.pending;
    for (let i = 0; i < count; i++) {
      foldCompletion(this.all, waits[i], cycles[i]);
      if (this.perClass) foldCompletion(this.groups[1 + keys[i]], waits[i], cycles[i]);
    }
    this.pending.count = 0;
  }

  private onWorkingCycle(g: CaseGroup, working: number): void {
    g.workingCycles.add(working);
    g.workingCycleHistogram.add(working);
  }

  private onAbandon(g: CaseGroup, t: number, waited: number): void {
    g.wip.add(t, -1);
    if (t < this.warmup) return;
    g.abandonments += 1;
    g.abandonWaits.add(waited);
  }
}

/** One completion's wait and cycle time into a group's accumulators. */
function foldCompletion(g: CaseGroup, waited: number, cycleTime: number): void {
  g.waits.add(waited);
  g.cycles.add(cycleTime);
  g.waitHistogram.add(waited);
  g.cycleHistogram.add(cycleTime);
  if (waited > 0) g.waitedAtAll += 1;
}
