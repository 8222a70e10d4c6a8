/**
 * End-of-day KPIs (docs/model-language.md, End of day), in one place: cases sent away at
 * closing (all cases and per class), the overtime worked beyond the roster and its cost (per
 * pool and for the operation), and per step the backlog carried over a closed period.
 *
 * The counter closes at 17:00 with 3 customers in line: with sendAway that is 3 cases sent
 * away; with serve the 5 tellers stay 12 minutes, 1.0 overtime staff hour at 45 per hour;
 * with carryOver 3 cases carried over, aged (17:00 − their arrival), served at 09:00 after
 * waiting about 16 hours.
 */
import type { CostFacts, PoolFacts } from "./facts.js";
import { positiveZero, ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";
import type { StepAwayFacts } from "./away-kpis.js";

/** Cases sent away at closing, of one group (all cases, or one class), in the window. */
export interface SentAwayFacts {
  readonly sentAway: number;
}

/** The backlog a step carried over its closings, in the window. */
export interface BacklogFacts {
  /** Closings of the step. */
  readonly closings: number;
  /** Cases waiting at a closing, or joining the line while closed. */
  readonly carried: number;
  /** Sum of their ages (time since arrival) at that moment, minutes. */
  readonly ageSum: number;
  /** Carried-over cases that were served, and the sum of their waits at the step. */
  readonly served: number;
  readonly waitSum: number;
}

/** Facts of the end-of-day families, by subject id. */
export interface EndOfDayFacts {
  readonly overall: SentAwayFacts;
  readonly classes: readonly SentAwayFacts[];
  readonly steps: readonly BacklogFacts[];
  /** Minutes away of the cases sent home that came back (all steps). */
  readonly awaySum: number;
  /** Time away by step, in the order of the layout's `comeBackSteps`. */
  readonly awaySteps: readonly StepAwayFacts[];
}

/** Cases sent away (scopes overall and class). */
export const SENT_AWAY_KPIS = kpiRecords<SentAwayFacts>([
  { metric: "sentAway", label: "Cases sent away at closing ({s})", labelZh: "营业结束时被请离业务数（{s}）", unit: "count", better: "lower",
    definition: "Cases sent away unserved when their step closed (end-of-day rule sendAway), including those that come back the next opening.",
    value: (f) => f.sentAway },
]);

/** Overtime cost of the operation (scope overall). */
export const OVERTIME_COST_KPIS = kpiRecords<CostFacts>([
  { metric: "cost.overtime", label: "Overtime cost (in total cost)", labelZh: "加班成本（含于总成本）", unit: "currency", better: "lower",
    definition: "Sum over pools of overtime staff hours × overtime cost per hour; part of the total cost.",
    value: (c) => positiveZero(c.overtime) },
]);

/** Overtime of a pool (scope pool). */
export const OVERTIME_KPIS = kpiRecords<PoolFacts>([
  { metric: "overtime.hours", label: "Overtime staff hours of {s}", labelZh: "{s}加班工时", unit: "count", better: "lower",
    definition: "Staff hours worked beyond the roster, ∫ max(0, busy − rostered) dt: finishing the case in hand after a shift, or staying after closing to serve the line (rule serve).",
    value: (p) => positiveZero(Math.max(0, p.available.area - p.capacity.area) / 60) },
  { metric: "cost.overtime", label: "Overtime cost of {s} (in its total)", labelZh: "{s}加班成本（含于其总成本）", unit: "currency", better: "lower",
    definition: "Overtime staff hours × overtimeCostPerHour (default costPerHour); part of the pool's total cost.",
    value: (p) => positiveZero(p.overtimeCost) },
]);

/** Backlog carried over by a step (scope step). */
export const BACKLOG_KPIS = kpiRecords<BacklogFacts>([
  { metric: "backlog.carried", label: "Cases carried over a closing at {s}", labelZh: "{s}跨营业结束结转业务数", unit: "count", better: "lower",
    definition: "Cases waiting at the step when it closed, or joining its line while closed, that wait for the next opening (rule carryOver, or no rule).",
    value: (b) => b.carried },
  { metric: "backlog.perClosing", label: "Cases carried over per closing at {s}", labelZh: "{s}每次营业结束结转业务数", unit: "cases", better: "lower",
    definition: "Cases carried over divided by the step's closings (the backlog carried each night).",
    value: (b) => ratioOrNull(b.carried, b.closings) },
  { metric: "backlog.age", label: "Mean age of cases carried over at {s}", labelZh: "{s}结转业务平均已等待时间", unit: "min", better: "lower",
    definition: "Mean time since arrival of the carried-over cases, at the closing (or when they joined the closed line).",
    value: (b) => ratioOrNull(b.ageSum, b.carried) },
  { metric: "backlog.wait", label: "Mean wait of carried-over cases at {s}", labelZh: "{s}结转业务平均等待时间", unit: "min", better: "lower",
    definition: "Mean wait at the step of carried-over cases, counted when they start service.",
    value: (b) => ratioOrNull(b.waitSum, b.served) },
]);
