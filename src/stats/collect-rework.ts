/**
 * Collects errors and rework: per step the visits whose work was wrong (and on first visits),
 * the errors found at each checking step, the errors that escaped; per completed case its
 * rework loops, step visits and time in rework.
 *
 * A day at the back office: data entry finishes 400 visits, 12 of them wrong; review finds
 * 11 of those; one application leaves with its error. 389 of 400 completed files were right
 * first time. Step counts are by the time of the event, case counts by completion time, both
 * from the end of warm-up on. Allocates only at creation.
 */
import type { CollectorLayout } from "./observer.js";
import type { CaseFacts, StepFacts } from "./kpis/facts.js";
import type { DetectionFacts, ReworkFacts, ReworkTally, StepErrorFacts } from "./kpis/rework-kpis.js";

/** The rework facts of a replication, by subject id of the rework families. */
export interface ReworkFactsSet {
  readonly overall: ReworkFacts;
  /** By position in `layout.rework.errorSteps`. */
  readonly errorSteps: readonly StepErrorFacts[];
  /** By position in `layout.rework.detectSteps`. */
  readonly detectSteps: readonly DetectionFacts[];
}

/** Counters of errors and rework; see the module comment. */
export class ReworkCollector {
  private readonly warmup: number;
  private readonly checked: Float64Array;
  private readonly erroneous: Float64Array;
  private readonly firstChecked: Float64Array;
  private readonly firstErroneous: Float64Array;
  private readonly escapedAt: Float64Array;
  private readonly found: Float64Array;
  private completed = 0;
  private firstPass = 0;
  private reworks = 0;
  private visits = 0;
  private reworkTime = 0;
  private escaped = 0;
  /** The case whose escaped errors are being reported (-1: none since the last completion). */
  private escapingCase = -1;

  constructor(private readonly layout: CollectorLayout) {
    const n = layout.steps.length;
    this.warmup = layout.warmup;
    this.checked = new Float64Array(n);
    this.erroneous = new Float64Array(n);
    this.firstChecked = new Float64Array(n);
    this.firstErroneous = new Float64Array(n);
    this.escapedAt = new Float64Array(n);
    this.found = new Float64Array(n);
  }

  /** A visit ended at an erring step; `erroneous` when its work was wrong. */
  stepError(t: number, step: number, visit: number, erroneous: boolean): void {
    if (t < this.warmup) return;
    this.checked[step]++;
    if (erroneous) this.erroneous[step]++;
    if (visit !== 0) return;
    this.firstChecked[step]++;
    if (erroneous) this.firstErroneous[step]++;
  }

  /** `step` found an error (of any origin). */
  errorFound(t: number, step: number): void {
    if (t >= this.warmup) this.found[step]++;
  }

  /** A completing case carries an undetected error of `origin`. */
  errorEscaped(t: number, caseSlot: number, origin: number): void {
    if (t < this.warmup) return;
    this.escapedAt[origin]++;
    this.escapingCase = caseSlot;
  }

  /** A case completes with this rework summary. */
  caseRework(t: number, caseSlot: number, visits: number, reworks: number, reworkTime: number): void {
    const escaping = this.escapingCase === caseSlot;
    this.escapingCase = -1;
    if (t < this.warmup) return;
    this.completed++;
    if (reworks === 0) this.firstPass++;
    if (escaping) this.escaped++;
    this.reworks += reworks;
    this.visits += visits;
    this.reworkTime += reworkTime;
  }

  /** The facts of the rework families; `steps` are the step facts (visits that ended there). */
  facts(cases: CaseFacts, steps: readonly StepFacts[]): ReworkFactsSet {
    const { completed, firstPass, reworks, visits, reworkTime, escaped } = this;
    const tally: ReworkTally = { completed, firstPass, reworks, visits, reworkTime, escaped };
    const rework = this.layout.rework;
    return {
      overall: { tally, cases },
      errorSteps: (rework?.errorSteps ?? []).map((s) => ({
        checked: this.checked[s], erroneous: this.erroneous[s], firstChecked: this.firstChecked[s],
        firstErroneous: this.firstErroneous[s], escaped: this.escapedAt[s],
      })),
      detectSteps: (rework?.detectSteps ?? []).map((s) => ({ found: this.found[s], checked: steps[s].services.count })),
    };
  }
}
