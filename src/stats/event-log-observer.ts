/**
 * The event-log observer: turns the engine's hooks into one record per case and step visit
 * (who, which step, which pools, when it reached the step, started, ended, and how the visit
 * ended), handed to a log writer (CSV or XES).
 *
 * Application #812 reaches "review" at 10:02, waits for an analyst until 10:40 and leaves
 * review at 11:15: the observer sees onEnqueue, onStart (waited 38 min) and onFinish, and
 * passes the writer { case 812, step review, pools analysts, reached 10:02, start 10:40,
 * end 11:15, outcome completed }. A caller who hangs up after 4 minutes gives a visit with
 * no start and the outcome abandoned. A case sent home at closing that comes back, and the
 * late parts of a first-of join (their case left; withdrawn), are notices: one instant each,
 * logged as the activity "<step>: <notice>". Cases are numbered 1, 2, … in arrival order, so the
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

/**
 * A moment in a case's life that is not a step visit of its own: it came back to `step` at
 * the opening after being sent home at closing ("came back"); its case left while this late
 * part of a first-of join was still at `step` ("case left"); that late part was discarded
 * there ("late part withdrawn").
 */
export type NoticeKind = "came back" | "case left" | "late part withdrawn";

/** One notice: logged as its own activity, "<step>: <kind>", at one instant. */
export interface CaseNotice {
  readonly caseId: number;
  readonly caseClass: string;
  readonly step: string;
  readonly pools: string;
  /** Minutes: when the case arrived in the process, and when the notice happened. */
  readonly arrival: number;
  readonly at: number;
  readonly kind: NoticeKind;
}

/** The activity name a notice is logged under, e.g. "review: came back". */
export function noticeActivity(notice: CaseNotice): string {
  return `${notice.step}: ${notice.kind}`;
}

/** How a case left the process (or "in progress" when the replication ended first). */
export type CaseOutcome = "completed" | "abandoned" | "sent away" | "in progress" | "lost";

/** Receives visits and case ends in time order. */
export interface EventLogWriter {
  visit(visit: StepVisit): void;
  /** A notice (come back, late part), in time order with the visits' ends. */
  notice(notice: CaseNotice): void;
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
  /** Class of each part slot (onPartLate does not carry it). */
  private partClass = new Float64Array(1024);
  private nextId = 1;
  private readonly live = new Set<number>();
  /** Cases back from home at opening, not yet served: their visit was reached when they came back. */
  private readonly cameBack = new Set<number>();
  /** Late parts still at work, by slot, and how many each case id has. */
  private readonly lateSlots = new Set<number>();
  private readonly lateCount = new Map<number, number>();
  /** Ends of cases whose late parts are still at work: told to the writer when the last is withdrawn. */
  private readonly deferredEnds = new Map<number, { outcome: CaseOutcome; t: number }>();

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
    // A case back from home reached the step again when it came back (its wait before closing is in its sent-away visit).
    if (this.cameBack.size === 0 || !this.cameBack.delete(slot)) this.reached[slot] = t - waited;
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

  /** The part's case left: noted now; its finish is logged as a visit when its activity or batch ends. */
  onPartLate(t: number, slot: number, step: number): void {
    this.note(slot, this.partClass[slot], step, t, "case left");
    const id = this.caseId[slot];
    this.lateSlots.add(slot);
    this.lateCount.set(id, (this.lateCount.get(id) ?? 0) + 1);
  }

  /** A case sent home at closing is back at the step's opening: noted; its visit is logged when it is served. */
  onComeBack(t: number, slot: number, cls: number, step: number): void {
    this.note(slot, cls, step, t, "came back");
    this.reached[slot] = t;
    this.cameBack.add(slot);
  }

  /** A part of a fork logs its visits under its case's number (one trace per case in XES). */
  onPartStart(_t: number, partSlot: number, parentSlot: number, cls: number): void {
    this.ensure(partSlot);
    this.partClass[partSlot] = cls;
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
  /** A late part is discarded at `step` (it left its line, or ended its activity or batch). */
  onPartWithdrawn(t: number, slot: number, cls: number, _join: number, step: number): void {
    this.note(slot, cls, step, t, "late part withdrawn");
    if (!this.lateSlots.delete(slot)) return;
    const id = this.caseId[slot];
    const left = (this.lateCount.get(id) ?? 1) - 1;
    if (left > 0) {
      this.lateCount.set(id, left);
      return;
    }
    this.lateCount.delete(id);
    const ended = this.deferredEnds.get(id);
    if (ended === undefined) return;
    this.deferredEnds.delete(id);
    this.writer.caseEnded(id, ended.outcome, ended.t);
  }
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
    // Cases whose late parts were still at work: their traces are complete as they stand.
    for (const [id, ended] of [...this.deferredEnds].sort((a, b) => a[0] - b[0])) this.writer.caseEnded(id, ended.outcome, ended.t);
    this.deferredEnds.clear();
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

  private note(slot: number, cls: number, step: number, at: number, kind: NoticeKind): void {
    const { classes, steps, stepPools } = this.layout;
    this.writer.notice({ caseId: this.caseId[slot], caseClass: classes[cls], step: steps[step], pools: stepPools[step], arrival: this.arrival[slot], at, kind });
  }

  /** The case left; a case with late parts at work ends in the log when the last is withdrawn (so XES keeps one trace). */
  private end(slot: number, outcome: CaseOutcome, t: number): void {
    this.live.delete(slot);
    this.cameBack.delete(slot);
    const id = this.caseId[slot];
    if (this.lateCount.has(id)) this.deferredEnds.set(id, { outcome, t });
    else this.writer.caseEnded(id, outcome, t);
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
    this.partClass = grow(this.partClass);
  }
}
