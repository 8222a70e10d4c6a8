/**
 * A recorded source's arrival times: arrival n is row n of the recording (sorted by day and
 * time), on its recording day laid on the calendar's working days; with afterRecording:
 * repeat the recording is replayed again from the working day after its last one.
 *
 * Tuesday's recording at Riverside (one day, 212 rows) replayed in a one-week run under a
 * weekday calendar: rows 0–211 on Monday, and with repeat rows 0–211 again on Tuesday
 * (arrivals 212–423), and so on; with stop nothing arrives after Monday. No draw is made:
 * every replication replays the same arrivals, and arrival n is case ordinal n, so its
 * service draws still differ between replications.
 */
import type { Calendar } from "../model/compile/model.js";
import type { RecordedArrivals } from "../model/compile/source-types.js";
import { MINUTES_PER_DAY } from "../model/schema/units.js";
import { WorkingDays } from "./working-days.js";
import type { SourcePlan } from "./source-plans.js";

/** The arrival times of one recorded source. */
export class RecordedPlan implements SourcePlan {
  private readonly day: Int32Array;
  private readonly time: Float64Array;
  private readonly days: number;
  private readonly repeat: boolean;
  private readonly workingDays: WorkingDays;

  constructor(recorded: RecordedArrivals, calendar: Calendar) {
    this.day = Int32Array.from(recorded.day);
    this.time = Float64Array.from(recorded.time);
    this.days = recorded.days;
    this.repeat = recorded.afterRecording === "repeat";
    this.workingDays = new WorkingDays(calendar);
  }

  /** Time of arrival n (the recording is sorted, so it is never before arrival n − 1). */
  next(n: number): number {
    const length = this.time.length;
    if (length === 0) return Infinity;
    const round = Math.floor(n / length);
    if (round > 0 && !this.repeat) return Infinity;
    const row = n - round * length;
    return this.workingDays.day(round * this.days + this.day[row]) * MINUTES_PER_DAY + this.time[row];
  }
}
