/**
 * The event-log observer: turns the engine's hooks into one record per case and step visit
 * (who, which step, which pools, when it reached the step, started, ended, and how the visit
 * ended), handed to a log writer (CSV or XES).
 *
 * Application #812 reaches "review" at 10:02, waits for an analyst until 10:40 and leaves
 * review at 11:15: the observer sees onEnqueue, onStart (waited 38 min) and onFinish, and
 * passes the writer { case 812, step review, pools analysts, reached 10:02, start 10:40,
 * end 11:15, outcome completed }. A caller who hangs up after 4 minutes gives a visit with
 * no start and the outcome abandoned. Cases are numbered 1, 2, … in arrival order, so the
 * numbers do not depend on the engine's slot reuse; the parts of a fork (a credit check and a
 * valuation done in parallel) log their visits under their case's number.
 * NOTE: the log is a separate run of one replication (the same numbers as that replication
 * of the study); it is not on the hot path of ordinary runs.
 */
import type { SimObserver } from "./observer.js";

/** One finished step visit of a case. */
export interface StepVisit {
  /** Case number, 1-based in arrival order. */
  readonly caseId: number;
  readonly caseClass: string;
  readonly step: string;
  /** Pools the step seizes, joined by " + " ("" for a pure delay). */
  readonly pools: string;
  /** Minutes: when the case arrived in the process, reached this step, started (null if it never did) and left it. */
  readonly arrival: number;
  readonly reached: number;
  readonly start: number | null;
  readonly end: number;
  readonly outcome: VisitOutcome;
}

/** How a step visit ended. */
export type VisitOutcome = "completed" | "abandoned" | "sent away" | "sent away, comes back" | "blocked" | "balked" | "message left" | "escalated" | "sent elsewhere";

/** How a case left the process (or "in progress" when the replication ended first). */
export type CaseOutcome = "completed" | "abandoned" | "sent away" | "in progress" | "lost";

/** Receives visits and case ends in time order. */
export interface EventLogWriter {
  visit(visit: StepVisit): void;
  caseEnded(caseId: number, outcome: CaseOutcome, t: number): void;
  /** The replication ended at `t`; cases still in the process are `inProgress`. */
  finish(t: number, inProgress: readonly number[]): void;
}

/** Names the observer reports with, by the engine's integer ids. */
export interface EventLogLayout {
  readonly classes: readonly string[];
  readonly steps: readonly string[];
  /** Pool names of each step, joined by " + ". */
  readonly stepPools: readonly string[];
  /**
   * True for a model with admission rules: a case that abandons may try again, so it ends
   * only when reported lost (blocked, balked or abandoned with no retrial left).
   */
  readonly admission?: boolean;
}

/** A SimObserver that writes an event log; see the module comment. */
export class EventLogObserver implements SimObserver {
  private caseId = new Float64Array(1024);
  private arrival = new Float64Array(1024);
  private reached = new Float64Array(1024);
  private started = new Float64Array(1024);
  private nextId = 1;
  private readonly live = new Set<number>();

  constructor(
    private readonly layout: EventLogLayout,
    private readonly writer: EventLogWriter,
  ) {}

  onArrival(t: number, slot: number, _cls: number): void {
    this.ensure(slot);
    this.caseId[slot] = this.nextId++;
    this.arrival[slot] = t;
    this.live.add(slot);
  }

  onCategory(): void {
    // Attribute categories are not part of the event log.
  }

  onEnqueue(t: number, slot: number): void {
    this.reached[slot] = t;
  }

  onStart(t: number, slot: number, _cls: number, _step: number, waited: number): void {
    this.reached[slot] = t - waited;
    this.started[slot] = t;
  }

  onFinish(t: number, slot: number, cls: number, step: number): void {
    this.emit(slot, cls, step, this.started[slot], t, "completed");
  }

  onComplete(t: number, slot: number): void {
    this.end(slot, "completed", t);
  }

  onAbandon(t: number, slot: number, cls: number, step: number): void {
    this.emit(slot, cls, step, null, t, "abandoned");
    if (this.layout.admission !== true) this.end(slot, "abandoned", t);
  }

  onBlocked(t: number, slot: number, cls: number, step: number): void {
    if (step < 0) return;
    this.reached[slot] = t;
    this.emit(slot, cls, step, null, t, "blocked");
  }

  onBalk(t: number, slot: number, cls: number, step: number): void {
    this.reached[slot] = t;
    this.emit(slot, cls, step, null, t, "balked");
  }

  onMessage(t: number, slot: number, cls: number, step: number): void {
    this.emit(slot, cls, step, null, t, "message left");
  }

  onRetrial(): void {}

  onLost(t: number, slot: number): void {
    this.end(slot, "lost", t);
  }

  onSendAway(t: number, slot: number, cls: number, step: number, _waited: number, returns: boolean): void {
    this.emit(slot, cls, step, null, t, returns ? "sent away, comes back" : "sent away");
    if (!returns) this.end(slot, "sent away", t);
  }

  onPartLate(): void {
    // The part's finish and withdrawal are logged when its activity ends.
  }

  onComeBack(): void {
    // The visit goes on: its start is logged when the case is served.
  }

  /** A part of a fork logs its visits under its case's number (one trace per case in XES). */
  onPartStart(_t: number, partSlot: number, parentSlot: number): void {
    this.ensure(partSlot);
    this.caseId[partSlot] = this.caseId[parentSlot];
    this.arrival[partSlot] = this.arrival[parentSlot];
  }

  /** An escalation that moves the case ends its visit unserved; a priority raise changes nothing here. */
  onEscalate(t: number, slot: number, cls: number, step: number, _waited: number, moved: boolean): void {
    if (moved) this.emit(slot, cls, step, null, t, "escalated");
  }

  /** An interrupted case's visit runs on until it finishes (one record, its first start). */
  onPreempt(): void {}
  onResume(): void {}

  /** An interrupted case sent elsewhere ends its visit there, served in part. */
  onPreemptSent(t: number, slot: number, cls: number, step: number): void {
    this.emit(slot, cls, step, this.started[slot], t, "sent elsewhere");
  }
  onSkillStart(): void {}
  onFork(): void {}
  onPartJoin(): void {}
  onPartWithdrawn(): void {}
  onJoin(): void {}
  onBatch(): void {}
  onAppointment(): void {}
  onNoShow(): void {}
  onStepClosed(): void {}
  onCarryOver(): void {}
  onPoolLevel(): void {}
  onQueueLength(): void {}
  onStepError(): void {}
  onErrorFound(): void {}
  onErrorEscaped(): void {}
  onCaseRework(): void {}
  onPoolDown(): void {}
  onPoolUp(): void {}

  /** A case sent elsewhere by an outage ends its visit there (served in part when it was in activity). */
  onSentElsewhere(t: number, slot: number, cls: number, step: number, _pool: number, inActivity: boolean): void {
    this.emit(slot, cls, step, inActivity ? this.started[slot] : null, t, "sent elsewhere");
  }

  onEnd(t: number): void {
    const open = [...this.live].map((slot) => this.caseId[slot]).sort((a, b) => a - b);
    this.writer.finish(t, open);
  }

  private emit(slot: number, cls: number, step: number, start: number | null, end: number, outcome: VisitOutcome): void {
    const { classes, steps, stepPools } = this.layout;
    this.writer.visit({
      caseId: this.caseId[slot],
      caseClass: classes[cls],
      step: steps[step],
      pools: stepPools[step],
      arrival: this.arrival[slot],
      reached: this.reached[slot],
      start,
      end,
      outcome,
    });
  }

  private end(slot: number, outcome: CaseOutcome, t: number): void {
    this.live.delete(slot);
    this.writer.caseEnded(this.caseId[slot], outcome, t);
  }

  /** Grows the per-slot arrays to hold `slot`. */
  private ensure(slot: number): void {
    if (slot < this.caseId.length) return;
    const size = Math.max(slot + 1, this.caseId.length * 2);
    const grow = (old: Float64Array) => {
      const next = new Float64Array(size);
      next.set(old);
      return next;
    };
    this.caseId = grow(this.caseId);
    this.arrival = grow(this.arrival);
    this.reached = grow(this.reached);
    this.started = grow(this.started);
  }
}
