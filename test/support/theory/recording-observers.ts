/**
 * Observers that record what the default collector does not report, for theory checks that
 * need a whole distribution rather than a mean.
 *
 * "How often are exactly 12 customers in the self-service area?" needs the time-weighted
 * distribution of the number present; "is the sample variance of the review time 3.5?" needs
 * every review duration. These observers are handed to `runReplication(…, { observer })`.
 * Observations before `warmup` are discarded.
 */
import type { SimObserver } from "../../../src/stats/observer.js";

/** An observer whose hooks all do nothing; subclasses override what they record. */
export class QuietObserver implements SimObserver {
  onArrival(_t: number, _caseSlot: number, _cls: number): void {}
  onCategory(_t: number, _caseSlot: number, _attribute: number, _category: number): void {}
  onEnqueue(_t: number, _caseSlot: number, _cls: number, _step: number): void {}
  onStart(_t: number, _caseSlot: number, _cls: number, _step: number, _waited: number): void {}
  onFinish(_t: number, _caseSlot: number, _cls: number, _step: number, _duration: number): void {}
  onComplete(_t: number, _caseSlot: number, _cls: number, _cycleTime: number, _waited: number): void {}
  onAbandon(_t: number, _caseSlot: number, _cls: number, _step: number, _waited: number): void {}
  onStepClosed(_t: number, _step: number, _waiting: number): void {}
  onCarryOver(_t: number, _caseSlot: number, _cls: number, _step: number, _age: number): void {}
  onSendAway(_t: number, _caseSlot: number, _cls: number, _step: number, _waited: number, _returns: boolean): void {}
  onPartLate(_t: number, _partSlot: number, _step: number): void {}
  onComeBack(_t: number, _caseSlot: number, _cls: number, _step: number, _away: number): void {}
  onBlocked(_t: number, _caseSlot: number, _cls: number, _step: number, _overflow: boolean): void {}
  onBalk(_t: number, _caseSlot: number, _cls: number, _step: number): void {}
  onMessage(_t: number, _caseSlot: number, _cls: number, _step: number, _waited: number): void {}
  onRetrial(_t: number, _caseSlot: number, _cls: number): void {}
  onLost(_t: number, _caseSlot: number, _cls: number): void {}
  onSkillStart(_t: number, _caseSlot: number, _step: number, _option: number): void {}
  onPreempt(_t: number, _caseSlot: number, _cls: number, _step: number, _remaining: number): void {}
  onPreemptSent(_t: number, _caseSlot: number, _cls: number, _step: number, _target: number): void {}
  onResume(_t: number, _caseSlot: number, _cls: number, _step: number, _waited: number): void {}
  onEscalate(_t: number, _caseSlot: number, _cls: number, _step: number, _waited: number, _moved: boolean): void {}
  onBatch(_t: number, _step: number, _size: number, _waitSum: number, _trigger: number): void {}
  onAppointment(_t: number, _caseSlot: number, _cls: number, _appointment: number): void {}
  onNoShow(_t: number, _cls: number): void {}
  onPoolLevel(_t: number, _pool: number, _busy: number, _capacity: number): void {}
  onQueueLength(_t: number, _step: number, _length: number): void {}
  onEnd(_t: number): void {}
  onFork(_t: number, _caseSlot: number, _cls: number, _fork: number, _join: number): void {}
  onPartStart(_t: number, _partSlot: number, _parentSlot: number, _cls: number, _fork: number, _branch: number): void {}
  onPartJoin(_t: number, _partSlot: number, _parentSlot: number, _cls: number, _join: number, _branch: number, _sinceFork: number): void {}
  onPartWithdrawn(_t: number, _partSlot: number, _cls: number, _join: number, _step: number, _branch: number): void {}
  onJoin(_t: number, _caseSlot: number, _cls: number, _join: number, _span: number, _syncDelay: number, _parts: number, _critical: number): void {}
  onStepError(_t: number, _caseSlot: number, _cls: number, _step: number, _visit: number, _erroneous: boolean): void {}
  onErrorFound(_t: number, _caseSlot: number, _cls: number, _step: number, _origin: number): void {}
  onErrorEscaped(_t: number, _caseSlot: number, _cls: number, _origin: number): void {}
  onCaseRework(_t: number, _caseSlot: number, _cls: number, _visits: number, _reworks: number, _reworkTime: number): void {}
  onPoolDown(_t: number, _pool: number, _interrupted: number): void {}
  onPoolUp(_t: number, _pool: number, _resumed: number): void {}
  onSentElsewhere(_t: number, _slot: number, _cls: number, _step: number, _pool: number, _inActivity: boolean): void {}
}

/** Time-weighted distribution of the number of cases in the system, from warm-up on. */
export class OccupancyObserver extends QuietObserver {
  private present = 0;
  private last = 0;
  /** timeAt[n]: minutes spent with exactly n cases present (after warm-up). */
  readonly timeAt: number[] = [];

  constructor(private readonly warmup: number) {
    super();
    this.last = warmup;
  }

  private advance(t: number): void {
    if (t > this.last) {
      while (this.timeAt.length <= this.present) this.timeAt.push(0);
      this.timeAt[this.present] += t - this.last;
      this.last = t;
    }
  }

  override onArrival(t: number): void {
    this.advance(t);
    this.present += 1;
  }

  override onComplete(t: number): void {
    this.advance(t);
    this.present -= 1;
  }

  override onAbandon(t: number): void {
    this.advance(t);
    this.present -= 1;
  }

  override onSendAway(t: number, _caseSlot: number, _cls: number, _step: number, _waited: number, returns: boolean): void {
    if (returns) return;
    this.advance(t);
    this.present -= 1;
  }

  override onEnd(t: number): void {
    this.advance(t);
  }

  /** P(N = n) for n = 0 … maxCount (time shares). */
  probabilities(maxCount: number): number[] {
    const total = this.timeAt.reduce((s, v) => s + v, 0);
    return Array.from({ length: maxCount + 1 }, (_, n) => (this.timeAt[n] ?? 0) / total);
  }

  /** Time-average mean and variance of the number present. */
  moments(): { mean: number; variance: number } {
    const total = this.timeAt.reduce((s, v) => s + v, 0);
    const mean = this.timeAt.reduce((s, v, n) => s + n * v, 0) / total;
    const second = this.timeAt.reduce((s, v, n) => s + n * n * v, 0) / total;
    return { mean, variance: second - mean * mean };
  }
}

/** Per-step sample moments and range of the activity durations reported by `onFinish`. */
export class DurationObserver extends QuietObserver {
  readonly count: number[];
  readonly mean: number[];
  /** Sum of squared deviations (Welford's M2). */
  private readonly m2: number[];
  readonly min: number[];
  readonly max: number[];

  constructor(steps: number) {
    super();
    this.count = new Array<number>(steps).fill(0);
    this.mean = new Array<number>(steps).fill(0);
    this.m2 = new Array<number>(steps).fill(0);
    this.min = new Array<number>(steps).fill(Infinity);
    this.max = new Array<number>(steps).fill(-Infinity);
  }

  override onFinish(_t: number, _caseSlot: number, _cls: number, step: number, duration: number): void {
    const n = ++this.count[step];
    const delta = duration - this.mean[step];
    this.mean[step] += delta / n;
    this.m2[step] += delta * (duration - this.mean[step]);
    if (duration < this.min[step]) this.min[step] = duration;
    if (duration > this.max[step]) this.max[step] = duration;
  }

  /** Unbiased sample variance of step `step`'s durations. */
  variance(step: number): number {
    return this.m2[step] / (this.count[step] - 1);
  }
}
