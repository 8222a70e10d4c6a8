/**
 * Time-of-day profiles of one replication: arrivals per hour, mean wait, service level,
 * queue lengths, cases in process, busy and rostered staff, per bin of the day (e.g. hourly)
 * and averaged over all observed days.
 *
 * "Between 12:00 and 13:00, 48 customers arrive per hour, the counter queue averages 6.1 and
 * 4 of 4 tellers are busy" is one column of these series. A bin that was never observed (or
 * in which nothing happened that defines the value, such as a wait with no service start)
 * is null.
 */
import type { CollectorLayout } from "./observer.js";
import type { KpiUnit, TimeOfDaySeries } from "./result-types.js";
import { binCount, spreadOverBins } from "./time-of-day-bins.js";
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
  const first = layout.serviceLevels[0];
  if (first) {
    defs.push({ key: `serviceLevel/${first.name}/achieved`, label: `Service level achieved by arrival time: ${first.name}`, unit: "share" });
  }
  defs.push({ key: "overall/wip.mean", label: "Mean cases in process", unit: "cases" });
  for (const step of layout.steps) defs.push({ key: `step/${step}/queue.mean`, label: `Mean queue at ${step}`, unit: "cases" });
  for (const pool of layout.pools) {
    defs.push({ key: `pool/${pool.name}/busy.mean`, label: `Mean busy units of ${pool.name}`, unit: "count" });
    defs.push({ key: `pool/${pool.name}/capacity.mean`, label: `Mean rostered capacity of ${pool.name}`, unit: "count" });
  }
  return defs;
}

/** Where the per-bin areas of the time-weighted levels live (filled by the other collectors). */
export interface TimeOfDaySources {
  readonly wip: Float64Array;
  readonly queues: readonly Float64Array[];
  readonly busy: readonly Float64Array[];
  readonly capacity: readonly Float64Array[];
  readonly slMet: Float64Array;
  readonly slObserved: Float64Array;
}

/** Counts arrivals and service-start waits by bin; assembles all series at the end. */
export class TimeOfDayCollector {
  readonly bins: number;
  private readonly arrivals: Float64Array;
  private readonly waitSum: Float64Array;
  private readonly waitCount: Float64Array;
  /** Finds the bin of event times (only `binAt` is used; it adds nothing). */
  private readonly clock: TimeOfDayCursor;
  /** 1 where a step's starts count towards the mean wait (see `CollectorLayout.queueingSteps`). */
  private readonly countsWait: Uint8Array;

  constructor(private readonly layout: CollectorLayout) {
    this.bins = binCount(layout.timeOfDayBinMinutes);
    this.arrivals = new Float64Array(this.bins);
    this.waitSum = new Float64Array(this.bins);
    this.waitCount = new Float64Array(this.bins);
    this.clock = new TimeOfDayCursor(this.arrivals, layout.timeOfDayBinMinutes);
    const queueing = layout.queueingSteps;
    this.countsWait = Uint8Array.from(layout.steps, (_, s) => (queueing === undefined || queueing[s] ? 1 : 0));
  }

  /** A case arrived at t. */
  arrival(t: number): void {
    if (t >= this.layout.warmup) this.arrivals[this.clock.binAt(t)] += 1;
  }

  /**
   * A case started service at `step` at t after waiting `waited` minutes. Starts at pure
   * delays (no resources, never a wait) are not counted, so they do not dilute the mean.
   */
  start(t: number, step: number, waited: number): void {
    if (t < this.layout.warmup || this.countsWait[step] === 0) return;
    const k = this.clock.binAt(t);
    this.waitSum[k] += waited;
    this.waitCount[k] += 1;
  }

  /** All series, in the order of `timeOfDayDefsFor`. */
  series(endTime: number, sources: TimeOfDaySources): TimeOfDaySeries[] {
    const observed = new Float64Array(this.bins);
    if (endTime > this.layout.warmup) spreadOverBins(observed, this.layout.timeOfDayBinMinutes, this.layout.warmup, endTime, 1);
    const perMinute = (area: Float64Array) => this.divide(area, observed, 1);
    const values: (number | null)[][] = [
      this.divide(this.arrivals, observed, 60),
      this.divide(this.waitSum, this.waitCount, 1),
    ];
    if (this.layout.serviceLevels.length > 0) values.push(this.divide(sources.slMet, sources.slObserved, 1));
    values.push(perMinute(sources.wip));
    for (const q of sources.queues) values.push(perMinute(q));
    sources.busy.forEach((busy, p) => values.push(perMinute(busy), perMinute(sources.capacity[p])));
    return timeOfDayDefsFor(this.layout).map((def, i) => ({ key: def.key, label: def.label, unit: def.unit, values: values[i] }));
  }

  /** (num[k] / den[k]) × scale per bin; null where den[k] is 0. */
  private divide(num: Float64Array, den: Float64Array, scale: number): (number | null)[] {
    const out: (number | null)[] = [];
    for (let k = 0; k < this.bins; k++) {
      const v = den[k] > 0 ? (num[k] / den[k]) * scale : null;
      out.push(v === null || !Number.isFinite(v) ? null : v === 0 ? 0 : v);
    }
    return out;
  }
}
