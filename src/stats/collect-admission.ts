/**
 * Admission statistics: blocked, balking, abandoning, message-leaving and retrying customers,
 * all cases and per class and step, and the busy-signal rate by time of day.
 *
 * A call that gets a busy signal at 10:20, calls back at 10:31, waits 3 minutes, leaves a
 * message and is called back adds, to all cases and its class: one arrival (10:20), one busy
 * signal (and one blocked attempt), one retrial, one message and one completion; to the
 * 10:00 slot two call attempts, one of them a busy signal. Counts start at the end of warm-up.
 */
import type { CollectorLayout } from "./observer.js";
import type { AdmissionGroupFacts, AdmissionStepFacts } from "./kpis/admission-kpis.js";
import { timeOfDayHours } from "./business-clock.js";
import { TimeOfDayCursor } from "./time-of-day-cursor.js";
import { Welford } from "./welford.js";

class GroupTally implements AdmissionGroupFacts {
  attempts = 0;
  blocked = 0;
  busySignals = 0;
  overflowed = 0;
  balked = 0;
  messages = 0;
  retrials = 0;
  lost = 0;
}

class StepTally implements AdmissionStepFacts {
  starts = 0;
  blocked = 0;
  overflowed = 0;
  balked = 0;
  abandoned = 0;
  readonly abandonWaits = new Welford();
  messages = 0;
  readonly messageWaits = new Welford();
}

function countBlocked(g: GroupTally, step: number, overflow: boolean): void {
  g.blocked++;
  if (step < 0) g.busySignals++;
  if (overflow) g.overflowed++;
}

/** Collects admission statistics; group 0 is all cases, group 1 + c is class c. */
export class AdmissionCollector {
  readonly groups: GroupTally[];
  readonly steps: StepTally[];
  /** Call attempts (arrivals and retrials) and busy signals by time-of-day slot. */
  readonly attemptsBySlot: Float64Array;
  readonly busySignalsBySlot: Float64Array;
  private readonly clock: TimeOfDayCursor;

  constructor(private readonly layout: CollectorLayout, bins: number) {
    this.groups = [new GroupTally(), ...layout.classes.map(() => new GroupTally())];
    this.steps = layout.steps.map(() => new StepTally());
    this.attemptsBySlot = new Float64Array(bins);
    this.busySignalsBySlot = new Float64Array(bins);
    this.clock = new TimeOfDayCursor(this.attemptsBySlot, layout.timeOfDayBinMinutes, timeOfDayHours(layout.calendar));
  }

  /** The facts of class c. */
  classFacts(c: number): AdmissionGroupFacts {
    return this.groups[1 + c];
  }

  /** A call attempt (a new case or a retrial) at t. */
  attempt(t: number, cls: number, retrial: boolean): void {
    if (t < this.layout.warmup) return;
    this.groups[0].attempts++;
    this.groups[1 + cls].attempts++;
    if (retrial) {
      this.groups[0].retrials++;
      this.groups[1 + cls].retrials++;
    }
    const k = this.clock.openBinAt(t);
    if (k >= 0) this.attemptsBySlot[k] += 1;
  }

  start(t: number, step: number): void {
    if (t >= this.layout.warmup) this.steps[step].starts++;
  }

  /** Blocked at a full step, or at the trunk lines (step -1: a busy signal). */
  blocked(t: number, cls: number, step: number, overflow: boolean): void {
    if (t < this.layout.warmup) return;
    countBlocked(this.groups[0], step, overflow);
    countBlocked(this.groups[1 + cls], step, overflow);
    if (step >= 0) {
      this.steps[step].blocked++;
      if (overflow) this.steps[step].overflowed++;
      return;
    }
    const k = this.clock.openBinAt(t);
    if (k >= 0) this.busySignalsBySlot[k] += 1;
  }

  balked(t: number, cls: number, step: number): void {
    if (t < this.layout.warmup) return;
    this.groups[0].balked++;
    this.groups[1 + cls].balked++;
    this.steps[step].balked++;
  }

  abandoned(t: number, step: number, waited: number): void {
    if (t < this.layout.warmup) return;
    this.steps[step].abandoned++;
    this.steps[step].abandonWaits.add(waited);
  }

  message(t: number, cls: number, step: number, waited: number): void {
    if (t < this.layout.warmup) return;
    this.groups[0].messages++;
    this.groups[1 + cls].messages++;
    this.steps[step].messages++;
    this.steps[step].messageWaits.add(waited);
  }

  lost(t: number, cls: number): void {
    if (t < this.layout.warmup) return;
    this.groups[0].lost++;
    this.groups[1 + cls].lost++;
  }
}
