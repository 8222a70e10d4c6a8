/**
 * Run guards: the checks that stop a replication which would hang or produce nonsense, and
 * the messages that say why and where.
 *
 * A counter with 2 tellers and 3 customers a minute grows without bound; a rework branch
 * with p = 1 back to itself never ends; a step that needs 3 managers in a pool of 2 never
 * starts. Each is caught with a SimulationError naming the replication, the time, the case
 * and the step's YAML path, instead of running out of memory or spinning forever.
 */
import { SimulationError } from "../engine/errors.js";
import type { CaseTable } from "../engine/case-table.js";
import type { CompiledModel } from "../model/compile/compiled.js";
import type { WaitingLines } from "./waiting-lines.js";
import { MAX_RESTARTS } from "./arrivals.js";

/** A move into a step without service, as the endless-loop failure names it. */
export type HopKind = "escalation" | "overflow";

/** Why a case came back again and again, by the move that brought it this last time. */
const HOP_CAUSE: Readonly<Record<HopKind, string>> = {
  escalation: "it was escalated here again (escalate: { to }), so escalations pass it round a cycle of steps without service. " +
    "Escalate one step of the cycle to a step outside it, or raise the priority instead.",
  overflow: "it was sent here again as an overflow (whenFull: { to }), so full steps pass it round a cycle. " +
    "Let one step of the cycle turn blocked cases away (whenFull: lost) or overflow outside it.",
};
const ROUTE_CAUSE = "its route leads back here (rework, errors or branches to earlier steps) — an endless rework loop? " +
  "Check the branch and error probabilities back to earlier steps.";

/** Limits of one replication. */
export interface SimulationLimits {
  /** Stop with an error after this many events. */
  readonly maxEvents: number;
  /** More cases than this in the system at once means the system is unstable. */
  readonly maxCasesInSystem: number;
  /** More visits than this by one case to one step means an endless rework loop. */
  readonly maxVisitsPerStep: number;
  /** More events in a row at one instant than this means a zero-time loop (default SAME_TIME_EVENTS). */
  readonly maxSameTimeEvents?: number;
}

/** The default limits: no event budget, 2,000,000 cases in the system, 100,000 visits. */
export const DEFAULT_LIMITS: SimulationLimits = {
  maxEvents: Infinity,
  maxCasesInSystem: 2_000_000,
  maxVisitsPerStep: 100_000,
};

/**
 * Capacity changes in a row with nothing else happening, while cases are in the system,
 * after which the run is declared stuck (about 20 years of weekly shift changes).
 */
const IDLE_CAPACITY_EVENTS = 10_000;

/**
 * Events in a row at one simulated instant after which the clock is declared stuck (an
 * inter-arrival time of 0 with steps of 0 minutes loops forever at time 0). Far above any
 * real burst: a million cases arriving at one instant pass.
 */
export const SAME_TIME_EVENTS = 10_000_000;

/** Holds the limits and the current time, and throws the run's SimulationErrors. */
export class RunGuards {
  /** Simulation time of the event being processed, minutes. */
  now = 0;
  /** Case slot the event being processed belongs to, or -1. */
  eventCase = -1;
  readonly maxEvents: number;
  readonly maxCasesInSystem: number;
  readonly maxVisitsPerStep: number;
  readonly maxSameTimeEvents: number;
  /** The last move without service (escalation or overflow): case slot, step, that step's visit count on entry, how. */
  private hopCase = -1;
  private hopStep = -1;
  private hopVisits = 0;
  private hopHow: HopKind = "escalation";
  private idleCapacityEvents = 0;
  private lastProgressTime = -1;
  private sameTimeEvents = 0;

  constructor(
    private readonly compiled: CompiledModel,
    private readonly replication: number,
    limits: SimulationLimits,
    private readonly cases: CaseTable,
    private readonly lines: WaitingLines,
  ) {
    this.maxEvents = limits.maxEvents;
    this.maxCasesInSystem = limits.maxCasesInSystem;
    this.maxVisitsPerStep = limits.maxVisitsPerStep;
    this.maxSameTimeEvents = limits.maxSameTimeEvents ?? SAME_TIME_EVENTS;
  }

  /** Something other than a capacity change happened; fails when the clock stops advancing. */
  noteProgress(): void {
    this.idleCapacityEvents = 0;
    if (this.now !== this.lastProgressTime) {
      this.lastProgressTime = this.now;
      this.sameTimeEvents = 0;
    } else if (++this.sameTimeEvents > this.maxSameTimeEvents) this.failNoProgress();
  }

  failNoProgress(): never {
    throw this.error(`the clock makes no progress: more than ${this.maxSameTimeEvents} events at the same instant — a zero-time loop (an inter-arrival or handling time of 0)?`, -1, -1);
  }

  /** A capacity change happened; fails when only capacity changes happen for too long. */
  noteCapacityEvent(): void {
    if (++this.idleCapacityEvents > IDLE_CAPACITY_EVENTS && this.cases.inSystem > 0) this.failStuck();
  }

  failEventBudget(events: number): never {
    throw this.error(`event budget exhausted: event ${events} is more than maxEvents = ${this.maxEvents}`, -1, -1);
  }

  failUnstable(): never {
    const s = this.longestLine();
    const where = s < 0 ? "" : `; the longest waiting line is at ${this.stepLabel(s)} with ${this.lines.length[s]} cases${this.poolsOf(s)}`;
    throw this.error(
      `system is unstable: more than ${this.maxCasesInSystem} cases in the system${where}. ` +
      "Cases arrive faster than they can be served; add capacity or reduce demand.",
      -1, -1,
    );
  }

  /**
   * Case `c` is about to be moved into step `s` without service (an escalation or overflow):
   * remembered so that an endless-loop failure on that very entry names it. Called only by
   * those features, so a model without them never pays for it.
   */
  noteHop(c: number, s: number, how: HopKind): void {
    this.hopCase = c;
    this.hopStep = s;
    this.hopVisits = this.cases.visits[c * this.compiled.steps.count + s] + 1;
    this.hopHow = how;
  }

  failEndlessLoop(c: number, s: number): never {
    const byHop = this.hopCase === c && this.hopStep === s && this.hopVisits === this.cases.visits[c * this.compiled.steps.count + s];
    throw this.error(`the case visited this step more than ${this.maxVisitsPerStep} times: ${byHop ? HOP_CAUSE[this.hopHow] : ROUTE_CAUSE}`, c, s);
  }

  failStuck(): never {
    const s = this.longestLine();
    const what = s < 0 ? "cases remain in the system" : `${this.lines.length[s]} cases wait at ${this.stepLabel(s)}${this.poolsOf(s)}`;
    throw this.error(
      `the run is stuck: ${what}, but nothing else will happen — the pools never have enough capacity for this step.`,
      -1, -1,
    );
  }

  failArrivalsNeverFit(source: number): never {
    const { name, path } = this.compiled.sources[source];
    throw this.error(
      `arrival source "${name}" (${path}): ${MAX_RESTARTS} inter-arrival gaps in a row ended while the calendar was closed; ` +
      "the gaps are longer than the opening hours.",
      -1, -1,
    );
  }

  failBadDraw(c: number, s: number, what: string, value: number): never {
    throw this.error(`a ${what} was drawn as ${value}; it must be a non-negative finite number of minutes`, c, s);
  }

  /**
   * Turns an unexpected failure inside the loop (a sampler or observer throwing) into a
   * SimulationError with the run's context; SimulationErrors pass through unchanged.
   */
  wrap(error: unknown): SimulationError {
    if (error instanceof SimulationError) return error;
    const message = error instanceof Error ? error.message : String(error);
    const c = this.eventCase;
    const wrapped = this.error(`unexpected failure: ${message}`, c, c < 0 ? -1 : this.cases.step[c]);
    if (error instanceof Error) wrapped.cause = error;
    return wrapped;
  }

  private error(problem: string, c: number, s: number): SimulationError {
    const { sources, steps } = this.compiled;
    const caseLabel = c < 0 ? null : `#${this.cases.ordinal[c]} (${sources[this.cases.source[c]].name})`;
    const where = s < 0 ? null : `${steps.paths[s]} "${steps.names[s]}"`;
    return new SimulationError(problem, { replication: this.replication, time: this.now, caseLabel, where });
  }

  private longestLine(): number {
    let best = -1;
    for (let s = 0; s < this.compiled.steps.count; s++) {
      if (this.lines.length[s] > 0 && (best < 0 || this.lines.length[s] > this.lines.length[best])) best = s;
    }
    return best;
  }

  private stepLabel(s: number): string {
    return `${this.compiled.steps.paths[s]} "${this.compiled.steps.names[s]}"`;
  }

  private poolsOf(s: number): string {
    const { needStart, needPool } = this.compiled.steps;
    const names: string[] = [];
    for (let i = needStart[s]; i < needStart[s + 1]; i++) names.push(`"${this.compiled.pools[needPool[i]].name}"`);
    return names.length === 0 ? "" : ` (pool ${names.join(", ")})`;
  }
}
