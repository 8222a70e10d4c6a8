/**
 * End-of-day statistics: cases sent away at closing (overall and per class), and per step
 * the backlog carried over a closed period — how many cases, how old they were at the
 * closing, and how long they had waited when finally served — plus the run warning for
 * lines that wait overnight without a declared end-of-day rule.
 *
 * The counter closes at 17:00 with 3 customers in line: with carryOver they are 3 cases
 * carried over that closing, aged (17:00 − their arrival); served at 09:00 they have waited
 * ≈ 16 h. With sendAway they are 3 cases sent away (not served).
 */
import type { CollectorLayout } from "./observer.js";
import type { RepResult } from "./result-types.js";
import type { EndOfDayFacts } from "./kpis/end-of-day-kpis.js";
import { kpiKey } from "./kpis/registry.js";

class StepBacklog {
  closings = 0;
  carried = 0;
  ageSum = 0;
  served = 0;
  waitSum = 0;
}

/** Collects the end-of-day statistics of one replication. */
export class EndOfDayCollector {
  private readonly sentAway: Float64Array;
  private readonly steps: StepBacklog[];
  /** Minutes away of cases sent home that came back: all steps, and by step. */
  private awaySum = 0;
  private readonly awayByStep: Float64Array;
  /** Cases that came back, by step. */
  private readonly cameBackByStep: Float64Array;
  /** Case slots carried over and not yet served, with the step they wait at. */
  private readonly carriedAt = new Map<number, number>();

  constructor(private readonly layout: CollectorLayout) {
    this.sentAway = new Float64Array(1 + layout.classes.length);
    this.steps = layout.steps.map(() => new StepBacklog());
    this.awayByStep = new Float64Array(layout.steps.length);
    this.cameBackByStep = new Float64Array(layout.steps.length);
  }

  /** A case sent home from `step` came back at its opening after `away` minutes. */
  cameBack(t: number, step: number, away: number): void {
    if (t < this.layout.warmup) return;
    this.awaySum += away;
    this.awayByStep[step] += away;
    this.cameBackByStep[step] += 1;
  }


  /** A step closed (after the warm-up it counts as a closing). */
  closed(t: number, step: number): void {
    if (t >= this.layout.warmup) this.steps[step].closings += 1;
  }

  /** A case waits at a closed step for its next opening. */
  carryOver(t: number, caseSlot: number, step: number, age: number): void {
    this.carriedAt.set(caseSlot, step);
    if (t < this.layout.warmup) return;
    const s = this.steps[step];
    s.carried += 1;
    s.ageSum += age;
  }

  /** True while some carried-over case has not left its line yet. */
  get carrying(): boolean {
    return this.carriedAt.size !== 0;
  }

  /** A case left the line of `step` after waiting `waited` minutes in all (started, or gave up). */
  leftLine(t: number, caseSlot: number, step: number, waited: number, started: boolean): void {
    if (this.carriedAt.size === 0 || this.carriedAt.get(caseSlot) !== step) return;
    this.carriedAt.delete(caseSlot);
    if (!started || t < this.layout.warmup) return;
    this.steps[step].served += 1;
    this.steps[step].waitSum += waited;
  }

  /** A case of class `cls` was sent away at closing. */
  sendAway(t: number, cls: number): void {
    if (t < this.layout.warmup) return;
    this.sentAway[0] += 1;
    this.sentAway[1 + cls] += 1;
  }

  /** The facts of the end-of-day KPIs (kpis/end-of-day-kpis.ts); `visits` by step id. */
  facts(visits: (step: number) => number): EndOfDayFacts {
    return {
      overall: { sentAway: this.sentAway[0] },
      classes: this.layout.classes.map((_, c) => ({ sentAway: this.sentAway[1 + c] })),
      steps: this.steps,
      awaySum: this.awaySum,
      awaySteps: (this.layout.comeBackSteps ?? []).map((s) => ({ awaySum: this.awayByStep[s], per: visits(s), cameBack: this.cameBackByStep[s], closings: this.steps[s].closings })),
    };
  }
}

/**
 * One warning per step without a declared end-of-day rule at which cases waited across a
 * closed period in some replication: how many did, in how many replications, how long.
 */
export function endOfDayWarnings(reps: readonly RepResult[], layout: CollectorLayout | undefined): string[] {
  const declared = layout?.endOfDayDeclared;
  if (layout === undefined || declared === undefined) return [];
  const warnings: string[] = [];
  layout.steps.forEach((name, s) => {
    if (declared[s]) return;
    const carried = reps.map((rep) => rep.kpis[kpiKey("step", name, "backlog.carried")] ?? 0);
    const affected = carried.filter((n) => n > 0).length;
    if (affected === 0) return;
    const total = carried.reduce((sum, n) => sum + n, 0);
    const waits = reps.map((rep) => rep.kpis[kpiKey("step", name, "backlog.wait")]).filter((w): w is number => typeof w === "number");
    const wait = waits.length > 0 ? `, waiting ${Math.round(waits.reduce((a, b) => a + b, 0) / waits.length)} min on average until served` : "";
    warnings.push(
      `${total} cases in ${affected} of ${reps.length} replications waited at "${name}" across a closed period${wait}, ` +
      "but no end-of-day rule is declared. Declare endOfDay (serve, sendAway or carryOver) on the calendar, the pool or the step " +
      "(docs/model-language.md, End of day).",
    );
  });
  return warnings;
}
