/**
 * Time-of-day profiles of one replication: arrivals per hour, mean wait, service levels by
 * slot (a step's when cases reached it, a total one's when they arrived), queue lengths, cases in process, busy and rostered staff, per slot of the day
 * (15, 30 or 60 minutes) and averaged over the working days observed.
 *
 * "Between 12:00 and 13:00, 48 customers arrive per hour, the counter queue averages 6.1 and
 * 4 of 4 tellers are busy" is one column of these series. A slot counts its open minutes
 * only: the opening hours of working days. A loan centre open 08:30–17:30 with 3
 * applications an hour shows 3 per hour at 08:00 (30 open minutes) as at 12:00; its weekend
 * and the minutes before opening and after closing count for nothing, so a slot with no open
 * minute is null — the day's slots are the open hours. Work after closing (customers served
 * in overtime) is in the day's totals (the KPIs), not in a slot. A terminating study averages
 * each slot over the whole study days, so a replication that has emptied contributes an empty
 * system, not nothing. A slot in which nothing defines the value (a wait with no service
 * start) is null.
 */
import type { CollectorLayout } from "./observer.js";
import type { KpiUnit, TimeOfDaySeries } from "./result-types.js";
import { timeOfDayHours } from "./business-clock.js";
import { MINUTES_PER_DAY, binCount } from "./time-of-day-bins.js";
import { TimeOfDayCursor } from "./time-of-day-cursor.js";

/** Key, label and unit of a time-of-day series. */
export interface TimeOfDayDef {
  readonly key: string;
  readonly label: string;
  readonly unit: KpiUnit;
}

/** The time-of-day series of a layout, in report order (callable without running). */
export function timeOfDayDefsFor(layout: CollectorLayout): TimeOfDayDef[] {
  const defs: TimeOfDayDef[] = [
    { key: "overall/arrivals.perHour", label: "Arrivals per hour", unit: "perHour" },
    { key: "overall/waitTime.mean", label: "Mean wait of cases starting service", unit: "min" },
  ];
  for (const sl of layout.serviceLevels) {
    defs.push({ key: `serviceLevel/${sl.name}/achieved`, label: `Service level achieved by time slot: ${sl.name}`, unit: "share" });
  }
  defs.push({ key: "overall/wip.mean", label: "Mean cases in process", unit: "cases" });
  for (const step of layout.steps) defs.push({ key: `step/${step}/queue.mean`, label: `Mean queue at ${step}`, unit: "cases" });
  for (const pool of layout.pools) {
    defs.push({ key: `pool/${pool.name}/busy.mean`, label: `Mean busy units of ${pool.name}`, unit: "count" });
    defs.push({ key: `pool/${pool.name}/capacity.mean`, label: `Mean rostered capacity of ${pool.name}`, unit: "count" });
  }
  if (layout.admission?.lines) defs.push({ key: "overall/busySignal.share", label: "Busy-signal rate (share of call attempts)", unit: "share" });
  return defs;
}

/**
 * The end of the time-of-day window: for a terminating study the end of the last study day
 * (midnight after the horizon, or after the run's end without a horizon), the same for every
 * replication; otherwise the run's end.
 */
export function timeOfDayWindowEnd(layout: CollectorLayout, endTime: number): number {
  if (layout.study !== "terminating") return endTime;
  const horizon = layout.horizon ?? Infinity;
  const last = Number.isFinite(horizon) && horizon > 0 ? horizon : endTime;
  return Math.ceil(last / MINUTES_PER_DAY) * MINUTES_PER_DAY;
}

/** Where the per-slot areas and counts of the other collectors live. */
export interface TimeOfDaySources {
  readonly wip: Float64Array;
  readonly queues: readonly Float64Array[];
  readonly busy: readonly Float64Array[];
  readonly capacity: readonly Float64Array[];
  /** Met / observed by service level and slot (index level × slots + slot). */
  readonly slMet: Float64Array;
  readonly slObserved: Float64Array;
  /** Busy signals and call attempts by slot (models with trunk lines). */
  readonly busySignals?: { readonly count: Float64Array; readonly attempts: Float64Array };
}

/** Counts arrivals and service-start waits by slot; assembles all series at the end. */
export class TimeOfDayCollector {
  readonly bins: number;
  private readonly arrivals: Float64Array;
  private readonly waitSum: Float64Array;
  private readonly waitCount: Float64Array;
  /** Finds the slot of event times and whether they fall in the opening hours (adds nothing). */
  private readonly clock: TimeOfDayCursor;
  /** 1 where a step's starts count towards the mean wait (see `CollectorLayout.queueingSteps`). */
  private readonly countsWait: Uint8Array;
  /** Start of the observation window (the layout's warm-up), minutes. */
  private readonly warmup: number;

  constructor(private readonly layout: CollectorLayout) {
    this.warmup = layout.warmup;
    this.bins = binCount(layout.timeOfDayBinMinutes);
    this.arrivals = new Float64Array(this.bins);
    this.waitSum = new Float64Array(this.bins);
    this.waitCount = new Float64Array(this.bins);
    this.clock = new TimeOfDayCursor(this.arrivals, layout.timeOfDayBinMinutes, timeOfDayHours(layout.calendar));
    const queueing = layout.queueingSteps;
    this.countsWait = Uint8Array.from(layout.steps, (_, s) => (queueing === undefined || queueing[s] ? 1 : 0));
  }

  /** A case arrived at t. */
  arrival(t: number): void {
    if (t < this.warmup) return;
    const k = this.clock.openBinAt(t);
    if (k >= 0) this.arrivals[k] += 1;
  }

  /**
   * A case started service at `step` at t after waiting `waited` minutes. Starts at pure
   * delays (no resources, never a wait) are not counted, so they do not dilute the mean.
   */
  start(t: number, step: number, waited: number): void {
    if (t < this.warmup || this.countsWait[step] === 0) return;
    const k = this.clock.openBinAt(t);
    if (k < 0) return;
    this.waitSum[k] += waited;
    this.waitCount[k] += 1;
  }

  /** All series, in the order of `timeOfDayDefsFor`. */
  series(endTime: number, sources: TimeOfDaySources): TimeOfDaySeries[] {
    const { warmup, timeOfDayBinMinutes: width } = this.layout;
    // The open minutes observed in each slot: the denominator of every rate and time average.
    const observed = new Float64Array(this.bins);
    const until = timeOfDayWindowEnd(this.layout, endTime);
    if (until > warmup) new TimeOfDayCursor(observed, width, timeOfDayHours(this.layout.calendar)).add(warmup, until, 1);
    const ratio = (num: Float64Array, den: Float64Array, scale = 1, offset = 0) => this.divide(num, den, scale, offset);
    const values: (number | null)[][] = [ratio(this.arrivals, observed, 60), ratio(this.waitSum, this.waitCount)];
    this.layout.serviceLevels.forEach((_, i) => values.push(ratio(sources.slMet, sources.slObserved, 1, i * this.bins)));
    values.push(ratio(sources.wip, observed));
    for (const q of sources.queues) values.push(ratio(q, observed));
    sources.busy.forEach((busy, p) => values.push(ratio(busy, observed), ratio(sources.capacity[p], observed)));
    if (this.layout.admission?.lines && sources.busySignals) values.push(ratio(sources.busySignals.count, sources.busySignals.attempts));
    return timeOfDayDefsFor(this.layout).map((def, i) => ({ key: def.key, label: def.label, unit: def.unit, values: values[i] }));
  }

  /**
   * (num[offset + k] / den[offset + k]) × scale per slot (den at k when it has one slot per
   * day); null where the denominator is 0 (a slot with no open minute, or nothing to average).
   */
  private divide(num: Float64Array, den: Float64Array, scale: number, offset: number): (number | null)[] {
    const out: (number | null)[] = [];
    const denOffset = den.length === this.bins ? 0 : offset;
    for (let k = 0; k < this.bins; k++) {
      const d = den[denOffset + k];
      const v = d > 0 ? (num[offset + k] / d) * scale : null;
      out.push(v === null || !Number.isFinite(v) ? null : v === 0 ? 0 : v);
    }
    return out;
  }
}
