/**
 * Collects unplanned downtime per failing pool: minutes down in the observation window,
 * failures, activities interrupted and the minutes they waited for repairs.
 *
 * The RPA bots fail at 02:10 with 3 items in progress and are back at 02:40: 30 minutes down,
 * one failure, 3 activities interrupted, 90 minutes of work held up. Failures count by failure
 * time, held-up work by repair time, both from the end of warm-up on.
 */
import type { CollectorLayout } from "./observer.js";
import type { DowntimeFacts } from "./kpis/downtime-kpis.js";
import type { StepFacts } from "./kpis/facts.js";
import type { SentElsewhereFacts } from "./kpis/sent-elsewhere-kpis.js";

/** Counters of downtime by pool id; see the module comment. */
export class DowntimeCollector {
  private readonly warmup: number;
  private readonly downSince: Float64Array;
  private readonly downMinutes: Float64Array;
  private readonly failures: Float64Array;
  private readonly interrupted: Float64Array;
  private readonly heldUp: Int32Array;
  private readonly delayMinutes: Float64Array;
  private flushedTo: number;
  /** Cases sent elsewhere by failures (interrupted: send), out of activity and out of lines. */
  private readonly sentActive: Float64Array;
  private readonly sentWaiting: Float64Array;

  constructor(private readonly layout: CollectorLayout) {
    const n = layout.pools.length;
    this.warmup = layout.warmup;
    this.flushedTo = layout.warmup;
    this.downSince = new Float64Array(n).fill(-1);
    this.downMinutes = new Float64Array(n);
    this.failures = new Float64Array(n);
    this.interrupted = new Float64Array(n);
    this.heldUp = new Int32Array(n);
    this.delayMinutes = new Float64Array(n);
    this.sentActive = new Float64Array(n);
    this.sentWaiting = new Float64Array(n);
  }

  /** A failure of `pool` at `t` sent a case elsewhere; one in activity no longer waits for the repair. */
  sent(t: number, pool: number, inActivity: boolean): void {
    if (inActivity) this.heldUp[pool]--;
    if (t < this.warmup) return;
    if (inActivity) this.sentActive[pool]++;
    else this.sentWaiting[pool]++;
  }

  /** `pool` failed at `t`, interrupting `count` activities. */
  down(t: number, pool: number, count: number): void {
    this.downSince[pool] = t;
    this.heldUp[pool] = count;
    if (t < this.warmup) return;
    this.failures[pool]++;
    this.interrupted[pool] += count;
  }

  /** `pool` was repaired at `t`. */
  up(t: number, pool: number): void {
    const since = this.downSince[pool];
    this.downSince[pool] = -1;
    this.downMinutes[pool] += Math.max(0, t - Math.max(since, this.flushedTo, this.warmup));
    if (t >= this.warmup) this.delayMinutes[pool] += this.heldUp[pool] * (t - since);
  }

  /** Counts the time down so far up to `t` (the end of the replication). */
  flush(t: number): void {
    if (t <= this.flushedTo) return;
    for (let p = 0; p < this.downSince.length; p++) {
      const since = this.downSince[p];
      if (since >= 0) this.downMinutes[p] += Math.max(0, t - Math.max(since, this.flushedTo));
    }
    this.flushedTo = t;
  }

  /** The facts of the sent-elsewhere family, by position in `layout.sendingPools`. */
  sentFacts(steps: readonly StepFacts[]): SentElsewhereFacts[] {
    return (this.layout.sendingPools ?? []).map(({ pool, steps: of }) => ({
      started: of.reduce((sum, s) => sum + steps[s].visits, 0), sentActive: this.sentActive[pool], sentWaiting: this.sentWaiting[pool],
    }));
  }

  /** The facts of the downtime family, by position in `layout.downtimePools`. */
  facts(endTime: number): DowntimeFacts[] {
    const windowMinutes = Math.max(0, endTime - this.warmup);
    return (this.layout.downtimePools ?? []).map((p) => ({
      downMinutes: this.downMinutes[p], windowMinutes, failures: this.failures[p],
      interrupted: this.interrupted[p], delayMinutes: this.delayMinutes[p],
    }));
  }
}
