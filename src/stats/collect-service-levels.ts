/**
 * Service levels: the share of cases whose waiting met a threshold, against a target, over
 * the whole run and per time slot of arrival.
 *
 * "80% of walk-in customers wait at most 5 minutes at the counter": every start of service at
 * the counter by a walk-in counts as one observation (met if it waited ≤ 5 minutes), every
 * walk-in who gives up waiting at the counter as one that did not meet it. A target on total
 * waiting (step -1) counts each completed case by its total wait, and each abandoned case as
 * not met. A turnaround target ("95% of account openings done within 2 working days") counts
 * each completed case by its cycle time and each abandoned case as not met. On the working
 * clock only the calendar's open hours count. Observations count from the end of warm-up on.
 * Every service level is also split by time slot (on working days), for the lunch-peak
 * question: a step's target by the slot in which the case reached the step (joined its
 * line), so an approval queue is judged by when work reached the approvers; a total-wait or
 * turnaround target by the slot in which the case arrived. A case sent home at closing that
 * comes back (sendAway with comeBack) is filed by when it first reached the step, its time
 * away taken off: one that reached the closed counter at 17:20 and is served at 09:04 the
 * next day belongs to no slot, like work carried over, not to 09:00-10:00.
 */
import type { CollectorLayout } from "./observer.js";
import type { ServiceLevelFacts } from "./kpis/facts.js";
import { ALWAYS_OPEN, isOpenAt, openMinutesBetween, type BusinessHours } from "./business-clock.js";
import { CaseArrivals } from "./case-arrivals.js";
import { binOf } from "./time-of-day-bins.js";
import { HISTOGRAM_MAX, LogHistogramAccumulator } from "./log-histogram.js";
import type { LogHistogram } from "./result-types.js";

/** The histogram key of what a service level measures: `serviceLevel/<name>/measure`. */
export function serviceLevelHistogramKey(name: string): string {
  return `serviceLevel/${name}/measure`;
}

/** Collects met/observed counts per service level, indexed like `layout.serviceLevels`. */
export class ServiceLevelCollector {
  private readonly met: Float64Array;
  private readonly observed: Float64Array;
  /** Met / observed counts by service level and slot (reached the step, or arrived): index level × bins + slot. */
  readonly metByArrivalBin: Float64Array;
  readonly observedByArrivalBin: Float64Array;
  private readonly hours: BusinessHours;
  /** 1 where a level is read on the working clock, by index. */
  private readonly working: Uint8Array;
  /** 1 where a level is a turnaround (cycle-time) target, by index. */
  private readonly turnaround: Uint8Array;
  /** Working minutes waited so far per case slot; null when no level needs them. */
  private readonly workingWaits: CaseArrivals | null;
  /** Minutes waited so far per case slot (for total-wait levels of cases that give up); null when none. */
  private readonly totalWaits: CaseArrivals | null;
  /** Abandoned observations, and those that gave up within the threshold, by level. */
  private readonly abandoned: Float64Array;
  private readonly abandonedWithin: Float64Array;
  /** What each level compares with its threshold, per observation (a case that gave up: overflow). */
  private readonly measures: LogHistogramAccumulator[];
  /** Case slots that came back to a step: the step and the minutes away so far, until the case starts or gives up; null without comeBack. */
  private readonly away: Map<number, { readonly step: number; readonly away: number }> | null;

  constructor(
    private readonly layout: CollectorLayout,
    readonly bins: number,
  ) {
    this.met = new Float64Array(layout.serviceLevels.length);
    this.observed = new Float64Array(layout.serviceLevels.length);
    this.metByArrivalBin = new Float64Array(bins * layout.serviceLevels.length);
    this.observedByArrivalBin = new Float64Array(bins * layout.serviceLevels.length);
    this.hours = layout.calendar ?? ALWAYS_OPEN;
    const levels = layout.serviceLevels;
    this.working = Uint8Array.from(levels, (sl) => (sl.clock === "working" ? 1 : 0));
    this.turnaround = Uint8Array.from(levels, (sl) => (sl.measure === "cycleTime" ? 1 : 0));
    const totalWorking = levels.some((sl) => sl.clock === "working" && sl.step < 0 && sl.measure !== "cycleTime");
    this.workingWaits = totalWorking ? new CaseArrivals() : null;
    this.totalWaits = levels.some((sl) => sl.step < 0 && sl.measure !== "cycleTime") ? new CaseArrivals() : null;
    this.abandoned = new Float64Array(levels.length);
    this.abandonedWithin = new Float64Array(levels.length);
    this.measures = levels.map(() => new LogHistogramAccumulator());
    this.away = layout.comeBackSteps === undefined ? null : new Map();
  }

  /** The case in `slot` came back to `step` after `away` minutes away (sent home at closing). */
  cameBack(slot: number, step: number, away: number): void {
    if (this.away === null) return;
    const before = this.away.get(slot);
    this.away.set(slot, { step, away: away + (before?.step === step ? before.away : 0) });
  }

  /** The minutes away of the visit to `step` of the case in `slot` that now starts or ends (0 if it never left); forgotten. */
  private awayOf(slot: number, step: number): number {
    if (this.away === null || this.away.size === 0) return 0;
    const entry = this.away.get(slot);
    if (entry === undefined) return 0;
    this.away.delete(slot);
    return entry.step === step ? entry.away : 0;
  }

  /** Writes each level's histogram of what it measures (serviceLevelHistogramKey). */
  writeHistograms(out: Map<string, LogHistogram>): void {
    this.layout.serviceLevels.forEach((sl, i) => out.set(serviceLevelHistogramKey(sl.name), this.measures[i].toRecord()));
  }

  /** The case in `slot` arrived: it has waited nothing yet. */
  arrival(slot: number): void {
    if (this.workingWaits !== null) this.workingWaits.set(slot, 0);
    if (this.totalWaits !== null) this.totalWaits.set(slot, 0);
  }

  /** A case of class `cls` started service at `step` after waiting `waited` there. */
  start(t: number, cls: number, step: number, waited: number, slot: number): void {
    if (this.totalWaits !== null && waited > 0) this.totalWaits.set(slot, this.totalWaits.get(slot) + waited);
    if (this.workingWaits !== null && waited > 0) this.workingWaits.set(slot, this.workingWaits.get(slot) + openMinutesBetween(this.hours, t - waited, t));
    const away = this.awayOf(slot, step);
    if (t < this.layout.warmup) return;
    const levels = this.layout.serviceLevels;
    for (let i = 0; i < levels.length; i++) {
      const sl = levels[i];
      if (sl.step !== step || !(sl.cls < 0 || sl.cls === cls)) continue;
      const wait = this.working[i] === 1 ? openMinutesBetween(this.hours, t - waited, t) : waited;
      this.count(i, wait, t - waited - away);
    }
  }

  /** A case completed with total waiting `waited` and cycle time `cycleTime`. */
  complete(t: number, cls: number, waited: number, cycleTime: number, slot: number): void {
    if (t < this.layout.warmup) return;
    const levels = this.layout.serviceLevels;
    const arrivedAt = t - cycleTime;
    for (let i = 0; i < levels.length; i++) {
      const sl = levels[i];
      if (sl.step >= 0 || !(sl.cls < 0 || sl.cls === cls)) continue;
      this.count(i, this.measured(i, t, waited, cycleTime, slot), arrivedAt);
    }
  }

  /** What level i compares with its threshold for a case completed at t. */
  private measured(i: number, t: number, waited: number, cycleTime: number, slot: number): number {
    const working = this.working[i] === 1;
    if (this.turnaround[i] === 1) return working ? openMinutesBetween(this.hours, t - cycleTime, t) : cycleTime;
    return working && this.workingWaits !== null ? this.workingWaits.get(slot) : waited;
  }

  /**
   * A case gave up at `step` after waiting `waited` there: it meets neither its step's nor a
   * total-wait or turnaround target; whether it gave up within the threshold is kept apart.
   */
  abandon(t: number, cls: number, step: number, arrivedAt: number, waited: number, slot: number): void {
    const away = this.awayOf(slot, step);
    if (t < this.layout.warmup) return;
    const levels = this.layout.serviceLevels;
    for (let i = 0; i < levels.length; i++) {
      const sl = levels[i];
      if (!((sl.step < 0 || sl.step === step) && (sl.cls < 0 || sl.cls === cls))) continue;
      this.count(i, Infinity, sl.step < 0 ? arrivedAt : t - waited - away);
      this.abandoned[i] += 1;
      if (this.waitedBeforeGivingUp(i, t, waited, arrivedAt, slot) <= sl.maxWait) this.abandonedWithin[i] += 1;
    }
  }

  /** Met, observed and abandoned counts of each service level, by index. */
  facts(): ServiceLevelFacts[] {
    return this.layout.serviceLevels.map((sl, i) => ({
      met: this.met[i],
      observed: this.observed[i],
      abandoned: this.abandoned[i],
      abandonedWithin: this.abandonedWithin[i],
      target: sl.target,
    }));
  }

  /** What level i compares with its threshold for a case that gave up at t. */
  private waitedBeforeGivingUp(i: number, t: number, waited: number, arrivedAt: number, slot: number): number {
    const sl = this.layout.serviceLevels[i];
    const working = this.working[i] === 1;
    if (this.turnaround[i] === 1) return working ? openMinutesBetween(this.hours, arrivedAt, t) : t - arrivedAt;
    const here = working ? openMinutesBetween(this.hours, t - waited, t) : waited;
    if (sl.step >= 0) return here;
    const before = working ? this.workingWaits?.get(slot) : this.totalWaits?.get(slot);
    return (before ?? 0) + here;
  }

  /**
   * Counts one observation of level i that measured `value` (Infinity: gave up, never met),
   * in the time slot of `slotTime`: when the case reached the level's step, or arrived.
   */
  private count(i: number, value: number, slotTime: number): void {
    const met = value <= this.layout.serviceLevels[i].maxWait;
    this.measures[i].add(Math.min(value, HISTOGRAM_MAX));
    this.observed[i] += 1;
    if (met) this.met[i] += 1;
    if (!isOpenAt(this.hours, slotTime)) return;
    const k = i * this.bins + binOf(slotTime, this.layout.timeOfDayBinMinutes, this.bins);
    this.observedByArrivalBin[k] += 1;
    if (met) this.metByArrivalBin[k] += 1;
  }
}
