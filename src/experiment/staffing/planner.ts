/**
 * `procsim staff`: the cheapest roster that meets a service level in every planning interval,
 * found analytically, refined and verified by simulation of the real model.
 *
 * For the branch day in 30-minute intervals: Erlang C on the modified offered load says how
 * many tellers each interval needs; the shift program finds the cheapest roster covering
 * that; the roster is simulated on common random numbers, and wherever the lower 95% bound of
 * an interval's simulated service level misses the target, that interval's requirement is
 * raised above what it had and the program re-solved — until every interval meets the
 * target or the rounds run out.
 */
import type { Model } from "../../model/compile/model.js";
import { withRunOverrides } from "../run-overrides.js";
import type { SweepOptions } from "../sweep.js";
import { coverage, solveCover } from "./cover.js";
import { analyticRequirement, poolDemand, type PoolDemand, type StaffingTarget } from "./demand.js";
import { clockOf, formatRoster, shiftColumns, type RosterShift, type ShiftRules } from "./roster.js";
import { rosteredModel, scoreRosters, withStaffingLevel, type IntervalEstimate, type RosterScore } from "./verify.js";

/** What to plan for. */
export interface StaffRequest {
  readonly pool: string;
  readonly target: StaffingTarget;
  /** Planning interval, minutes (15, 30 or 60). */
  readonly width: number;
  readonly rules: ShiftRules;
  /** Most simulate-and-re-solve rounds. */
  readonly rounds: number;
}

/** One planning interval of the result. */
export interface StaffInterval {
  readonly start: number;
  readonly arrivalsPerHour: number;
  /** Modified offered load, erlangs. */
  readonly offeredLoad: number;
  readonly analyticRequired: number;
  /** The requirement after simulation refinement. */
  readonly required: number;
  readonly scheduled: number;
  readonly serviceLevel: IntervalEstimate;
  readonly occupancy: IntervalEstimate;
  /** The roster has no one to spare here (scheduled = required). */
  readonly binding: boolean;
  /** The lower 95% bound of the simulated service level is below the target. */
  readonly misses: boolean;
}

/** A verified roster. */
export interface StaffPlan {
  readonly model: string;
  readonly pool: string;
  readonly target: StaffingTarget;
  readonly width: number;
  readonly seed: number;
  readonly replications: number;
  readonly roster: readonly RosterShift[];
  readonly rosterText: string;
  readonly cost: number;
  readonly paidHours: number;
  /** Staff-hours scheduled above the requirement. */
  readonly overCoverageHours: number;
  readonly abandonment: RosterScore["abandonment"];
  readonly intervals: readonly StaffInterval[];
  readonly rounds: number;
  /** Every interval's lower bound meets the target. */
  readonly met: boolean;
}

/** A plan, or why there is none (naming the intervals). */
export type StaffOutcome = { readonly ok: true; readonly plan: StaffPlan } | { readonly ok: false; readonly message: string };

/** The open window of the first working day. */
function openWindow(model: Model): [number, number] {
  return model.calendar.always ? [0, 1440] : [model.calendar.open, model.calendar.close];
}

interface Context {
  readonly measured: Model;
  readonly demand: PoolDemand;
  readonly starts: number[];
  readonly analytic: number[];
}

function contextOf(model: Model, request: StaffRequest, options: SweepOptions): Context | string {
  const [open, close] = openWindow(model);
  const demand = poolDemand(model, request.pool, open, close, request.width);
  const analytic = demand.intervals.map((interval) => analyticRequirement(demand, interval, request.target, request.rules.maxStaff));
  const short = demand.intervals.flatMap((interval, i) => (analytic[i] === null ? [`${clockOf(interval.start)}-${clockOf(interval.start + request.width)} (offered load ${interval.offeredLoad.toFixed(1)} erlangs)`] : []));
  if (short.length > 0) return `no roster within ${request.rules.maxStaff} staff meets the target in ${short.join(", ")}; raise the maximum staff or lower the target`;
  const measured = withStaffingLevel(withRunOverrides(model, options), request.pool, request.target);
  return { measured, demand, starts: demand.intervals.map((i) => i.start), analytic: analytic as number[] };
}

function assemble(context: Context, request: StaffRequest, roster: readonly RosterShift[], required: readonly number[], scheduled: readonly number[], score: RosterScore, rounds: number): StaffPlan {
  const { demand, measured, analytic } = context;
  const intervals = demand.intervals.map((interval, i): StaffInterval => {
    const sl = score.serviceLevel[i];
    return {
      start: interval.start, arrivalsPerHour: interval.arrivalsPerMinute * 60, offeredLoad: interval.offeredLoad, analyticRequired: analytic[i],
      required: required[i], scheduled: scheduled[i], serviceLevel: sl, occupancy: score.occupancy[i],
      binding: scheduled[i] === required[i], misses: sl.lo !== null && sl.lo < request.target.share,
    };
  });
  const paidHours = roster.reduce((sum, r) => sum + (r.count * r.length) / 60, 0);
  const over = intervals.reduce((sum, row) => sum + (Math.max(0, row.scheduled - row.required) * request.width) / 60, 0);
  return {
    model: measured.name, pool: request.pool, target: request.target, width: request.width, seed: measured.run.seed, replications: measured.run.replications,
    roster, rosterText: formatRoster(roster), cost: paidHours * request.rules.costPerHour, paidHours, overCoverageHours: over,
    abandonment: score.abandonment, intervals, rounds, met: intervals.every((row) => !row.misses),
  };
}

/** Plans, refines and verifies the cheapest roster. Rejects only on a run-time model failure. */
export async function planStaff(model: Model, request: StaffRequest, options: SweepOptions = {}): Promise<StaffOutcome> {
  const context = contextOf(model, request, options);
  if (typeof context === "string") return { ok: false, message: context };
  const [open, close] = openWindow(model);
  const columns = shiftColumns(request.rules, open, close);
  const problem = { intervalStarts: context.starts, intervalWidth: request.width, columns, maxStaff: request.rules.maxStaff };
  const required = context.analytic.map((a) => Math.max(a, request.rules.minStaff));
  for (let round = 1; ; round++) {
    const cover = await solveCover({ ...problem, required });
    if (!cover.ok) return { ok: false, message: cover.message };
    const scheduled = coverage(problem, cover.counts);
    const [score] = await scoreRosters([rosteredModel(context.measured, request.pool, context.starts, request.width, scheduled)], request.pool, context.starts, options);
    const roster = columns.map((c, j) => ({ start: c.start, length: c.length, count: cover.counts[j] })).filter((r) => r.count > 0);
    const plan = assemble(context, request, roster, required, scheduled, score, round);
    const raise = plan.intervals.flatMap((row, i) => (row.misses && scheduled[i] < request.rules.maxStaff ? [i] : []));
    if (plan.met || raise.length === 0 || round >= request.rounds) return { ok: true, plan };
    for (const i of raise) required[i] = scheduled[i] + 1;
  }
}

/** Scores a given roster against the target (no solving). */
export async function evaluateRoster(model: Model, request: StaffRequest, roster: readonly RosterShift[], options: SweepOptions = {}): Promise<StaffOutcome> {
  const context = contextOf(model, { ...request, rules: { ...request.rules, maxStaff: Number.MAX_SAFE_INTEGER } }, options);
  if (typeof context === "string") return { ok: false, message: context };
  const columns = roster.map((r) => ({ start: r.start, length: r.length, cost: 0 }));
  const scheduled = coverage({ intervalStarts: context.starts, intervalWidth: request.width, columns }, roster.map((r) => r.count));
  const [score] = await scoreRosters([rosteredModel(context.measured, request.pool, context.starts, request.width, scheduled)], request.pool, context.starts, options);
  return { ok: true, plan: assemble(context, request, roster, context.analytic, scheduled, score, 1) };
}
