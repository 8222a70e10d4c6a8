/**
 * `procsim staff`: the cheapest roster that meets a service level in every planning interval,
 * found analytically, refined and verified by simulation of the real model.
 *
 * For the branch day in 30-minute intervals: Erlang C on the modified offered load says how
 * many tellers each interval needs; the shift program finds the cheapest roster covering
 * that; the roster is simulated on common random numbers, and wherever the lower 95% bound of
 * an interval's simulated service level misses the target, that interval's requirement is
 * raised above what it had and the program re-solved — until every interval meets the
 * target or the rounds run out. An interval whose raise bought next to nothing is beyond
 * staffing (staff-response.ts): it keeps its staff and is named instead of raised again.
 * A target of one class never lowers an interval below the fewest staff above its offered
 * load of every class (stability.ts), so the other classes' work does not pile up.
 */
import type { Model } from "../../model/compile/model.js";
import { withRunOverrides } from "../run-overrides.js";
import { withOnePool } from "../pool-scope.js";
import type { SweepOptions } from "../sweep.js";
import { coverage, solveCover, type ShiftColumn } from "./cover.js";
import { analyticRequirement, poolDemand, type PoolDemand } from "./demand.js";
import { clockOf, formatRoster, shiftColumns, type RosterShift, type ShiftRules } from "./roster.js";
import { missesTarget, scoreRosters, staffedStep, withStaffingLevel, type RosterScore } from "./verify.js";
import { StaffResponse } from "./staff-response.js";
import { withRoster } from "./roster-windows.js";
import { rosterChecks } from "./roster-checks.js";
import { occupancyAtWork } from "./worked-time.js";
import { ShownEnough } from "./shown-enough.js";
import { reportedFloor, stabilityFloor, type StabilityFloor } from "./stability.js";
import type { StaffInterval, StaffOutcome, StaffPlan, StaffRequest } from "./plan-types.js";

export type { StaffInterval, StaffOutcome, StaffPlan, StaffRequest } from "./plan-types.js";


/** The open window of the first working day. */
function openWindow(model: Model): [number, number] {
  return model.calendar.always ? [0, 1440] : [model.calendar.open, model.calendar.close];
}

/** A shift type as a roster line (without its count). */
function rosterShiftOf(column: ShiftColumn): Omit<RosterShift, "count"> {
  const line = { start: column.start, length: column.length };
  return column.breakStart === undefined ? line : { ...line, breakStart: column.breakStart, breakLength: column.breakLength };
}

/** Planning intervals the simulation's time-of-day slots can match, minutes. */
const SLOT_WIDTHS: readonly number[] = [15, 30, 60];

interface Context {
  readonly measured: Model;
  readonly demand: PoolDemand;
  readonly starts: number[];
  readonly analytic: number[];
  /** The fewest staff that keep up with the classes the target does not judge (stability.ts); null when it judges every case. */
  readonly floor: StabilityFloor | null;
  /** Per interval the floor's staff, 0 without a floor. */
  readonly minimum: readonly number[];
}

/**
 * Why intervals of `width` minutes from opening time `open` cannot each be scored on a slot of
 * their own, or null. The simulation measures the day in slots that start on the clock (09:00,
 * 10:00, …): a branch opening at 08:30 planned by the hour would read 09:30-10:30 from the
 * 09:00-10:00 slot, half of it the backlog of the half hour before.
 */
export function slotProblem(open: number, width: number): string | null {
  if (!SLOT_WIDTHS.includes(width)) return `planning intervals must be ${SLOT_WIDTHS.join(", ")} minutes wide, got ${width}`;
  if (open % width === 0) return null;
  const fits = SLOT_WIDTHS.filter((w) => open % w === 0).at(-1);
  const instead = fits === undefined ? "open on a quarter hour" : `plan in intervals of ${fits} minutes`;
  return `the model opens at ${clockOf(open)}, inside a ${width}-minute slot of the clock, and the simulation measures the day in such slots (from 00:00), so each ${width}-minute interval from ${clockOf(open)} would be scored on parts of two slots; ${instead}`;
}

function contextOf(model: Model, request: StaffRequest, options: SweepOptions): Context | string {
  const [open, close] = openWindow(model);
  const misfit = slotProblem(open, request.width);
  if (misfit !== null) return misfit;
  const demand = poolDemand(model, request.pool, open, close, request.width);
  const analytic = demand.intervals.map((interval) => analyticRequirement(demand, interval, request.target, request.rules.maxStaff));
  const short = demand.intervals.flatMap((interval, i) => (analytic[i] === null ? [`${clockOf(interval.start)}-${clockOf(interval.start + request.width)} (offered load ${interval.offeredLoad.toFixed(1)} erlangs)`] : []));
  if (short.length > 0) return `no roster within ${request.rules.maxStaff} staff meets the target in ${short.join(", ")}; raise the maximum staff or lower the target`;
  const floor = stabilityFloor(model, demand, request.target.class ?? null);
  const minimum = floor?.staff ?? demand.intervals.map(() => 0);
  const unstable = demand.intervals.flatMap((interval, i) => (minimum[i] > request.rules.maxStaff ? [`${clockOf(interval.start)}-${clockOf(interval.start + request.width)} (offered load ${interval.offeredLoad.toFixed(1)} erlangs)`] : []));
  if (unstable.length > 0 && floor !== null) return `no roster within ${request.rules.maxStaff} staff keeps up with the work of ${floor.classes.join(", ")} (which the target does not judge) in ${unstable.join(", ")}: a pool needs more staff than its offered load of every class; raise the maximum staff`;
  const overridden = withRunOverrides(model, options);
  // The time-of-day series come in slots of the planning interval, so each interval reads its own service level.
  const sliced = { ...overridden, run: { ...overridden.run, slot: request.width } };
  const measured = withStaffingLevel(sliced, request.pool, request.target);
  return { measured, demand, starts: demand.intervals.map((i) => i.start), analytic: analytic as number[], floor, minimum };
}

/** One simulated roster. */
interface Round {
  readonly roster: readonly RosterShift[];
  readonly scheduled: readonly number[];
  readonly score: RosterScore;
  readonly round: number;
}

/** What the rounds learnt: which intervals are beyond staffing, and the staff shown enough; null when a given roster is scored. */
interface Learnt {
  readonly response: StaffResponse;
  readonly shown: ShownEnough;
  /** Intervals whose requirement the stability floor stopped the search from lowering. */
  readonly held: ReadonlySet<number>;
}

function assemble(context: Context, request: StaffRequest, { roster, scheduled, score, round }: Round, learnt: Learnt | null, untried: readonly number[] = []): StaffPlan {
  const { demand, measured, analytic } = context;
  const intervals = demand.intervals.map((interval, i): StaffInterval => {
    const sl = score.serviceLevel[i];
    const misses = missesTarget(sl, request.target.share);
    // Every simulated roster was noted: one that met here shows its staff enough (shown-enough.ts).
    const required = learnt === null ? null : learnt.shown.required(i);
    return {
      start: interval.start, arrivalsPerHour: interval.arrivalsPerMinute * 60, offeredLoad: interval.offeredLoad, analyticRequired: analytic[i],
      required, scheduled: scheduled[i], serviceLevel: sl, occupancy: score.occupancy[i],
      // A scored roster binds where it has no one above the Erlang requirement.
      binding: scheduled[i] === (learnt === null ? analytic[i] : required), misses, beyondStaffing: misses && learnt !== null && learnt.response.isBeyond(i),
    };
  });
  const paidHours = roster.reduce((sum, r) => sum + (r.count * r.length) / 60, 0);
  const rosterCost = paidHours * request.rules.costPerHour;
  const overtime = score.overtimeCost?.mean ?? 0;
  const overloaded = intervals.flatMap((row) => (row.offeredLoad > 0 && row.offeredLoad >= row.scheduled ? [row.start] : []));
  const over = intervals.reduce((sum, row) => sum + (row.required === null ? 0 : (Math.max(0, row.scheduled - row.required) * request.width) / 60), 0);
  return {
    model: measured.name, pool: request.pool, target: request.target, width: request.width, seed: measured.run.seed, replications: measured.run.replications,
    roster, rosterText: formatRoster(roster), cost: rosterCost + overtime, rosterCost, overtimeCost: score.overtimeCost, paidHours, overloaded, overCoverageHours: over,
    abandonment: score.abandonment, carriedOver: score.carriedOver, cameBack: score.cameBack, step: staffedStep(measured, request.pool)?.name ?? null,
    intervals, rounds: round, untried, met: intervals.every((row) => !row.misses),
    settled: intervals.every((row) => !row.misses || row.beyondStaffing),
    ...(context.floor === null ? {} : { stability: reportedFloor(context.floor, intervals, learnt?.held ?? null) }),
  };
}


/** Where the search stands between rounds. */
interface Search {
  required: number[] | null;
  /** Requirement of the cheapest roster that met the target so far. */
  bestRequired: number[] | null;
  /** The interval lowered for this round, if any. */
  lowered: number | null;
  readonly frozen: Set<number>;
  /** How the intervals answered the raises so far. */
  readonly response: StaffResponse;
  /** Per interval the fewest staff the search may ask for (the stability floor; 0 without one). */
  readonly minimum: readonly number[];
  /** Intervals a met roster would have tried lower but for the stability floor. */
  readonly held: Set<number>;
}

/**
 * The requirement for the next round. A roster that misses: undo the last lowering (and
 * freeze that interval), or else put each missing interval above its staff and freeze it. A
 * roster that meets: lower the one unfrozen interval with no one to spare whose service
 * level has the most room (highest lower bound). Null when nothing is left to try. An
 * interval beyond staffing is frozen at the staff it keeps.
 */
function advance(search: Search, plan: StaffPlan, rules: ShiftRules): void {
  const beyond = search.response.beyondStaffing;
  beyond.forEach((_, i) => search.frozen.add(i));
  const current = search.required as number[];
  nextRequirement(search, plan, rules);
  // With nothing else to try, a roster that sets an interval back to the staff it keeps is still worth a round.
  const next = search.required ?? ([...beyond].some(([i, staff]) => staff < current[i]) ? [...current] : null);
  if (next !== null) beyond.forEach((staff, i) => (next[i] = Math.max(staff, search.minimum[i])));
  search.required = next;
}

/** `advance` before intervals beyond staffing are set back to the staff they keep. */
function nextRequirement(search: Search, plan: StaffPlan, rules: ShiftRules): void {
  const required = search.required as number[];
  if (!plan.settled) {
    if (search.lowered !== null && search.bestRequired !== null) {
      search.frozen.add(search.lowered);
      search.required = [...search.bestRequired];
      search.lowered = null;
      return;
    }
    const missing = plan.intervals.flatMap((row, i) => (row.misses && !row.beyondStaffing && row.scheduled < rules.maxStaff ? [i] : []));
    missing.forEach((i) => search.frozen.add(i));
    search.required = missing.length === 0 ? null : required.map((r, i) => (missing.includes(i) ? plan.intervals[i].scheduled + 1 : r));
    return;
  }
  search.bestRequired = [...required];
  const room = (i: number) => plan.intervals[i].serviceLevel.lo ?? -Infinity;
  const candidates = lowerable(search, plan, rules);
  const pick = candidates.reduce<number | null>((best, i) => (best === null || room(i) > room(best) ? i : best), null);
  search.lowered = pick;
  search.required = pick === null ? null : required.map((r, i) => (i === pick ? r - 1 : r));
}

/**
 * The intervals a met roster could try one lower: unfrozen, above the minimum staff and the
 * stability floor, and scheduled exactly at the search's requirement. Those only the floor
 * stops are noted as held.
 */
function lowerable(search: Search, plan: StaffPlan, rules: ShiftRules): number[] {
  const required = search.required as number[];
  return plan.intervals.flatMap((row, i) => {
    if (row.scheduled !== required[i] || search.frozen.has(i) || required[i] <= rules.minStaff) return [];
    if (required[i] > search.minimum[i]) return [i];
    search.held.add(i);
    return [];
  });
}

/**
 * The intervals a search stopped by the round limit still had to try: those the next round
 * changes, and those a met roster could still try one lower.
 */
function untriedIntervals(search: Search, tried: readonly number[], plan: StaffPlan, rules: ShiftRules): number[] {
  const next = search.required;
  if (next === null) return [];
  const changed = new Set(next.flatMap((r, i) => (r !== tried[i] ? [i] : [])));
  if (plan.settled) for (const i of lowerable({ ...search, required: tried as number[] }, plan, rules)) changed.add(i);
  return [...changed].sort((a, b) => a - b).map((i) => plan.intervals[i].start);
}

/** Most requirements tried whose roster had already been simulated, beyond the rounds: a bound on a search that only revisits rosters. */
const REVISITS = 1000;

/**
 * Plans, refines and verifies the cheapest roster: rounds of solve and simulate raise an
 * interval's requirement where the simulated service level misses and try one fewer where
 * the roster binds and meets it, until nothing is left to try or the rounds run out. Returns
 * the cheapest roster that met the target in every interval (else the last one). Rejects
 * only on a run-time model failure.
 */
export function planStaff(model: Model, request: StaffRequest, options: SweepOptions = {}): Promise<StaffOutcome> {
  return withOnePool(options, (pooled) => planRounds(model, request, pooled));
}

/** The rounds of `planStaff`, on one pool (`options.pool`). */
async function planRounds(model: Model, request: StaffRequest, options: SweepOptions): Promise<StaffOutcome> {
  const context = contextOf(model, request, options);
  if (typeof context === "string") return { ok: false, message: context };
  const [open, close] = openWindow(model);
  const columns = shiftColumns(request.rules, open, close, model.calendar.always);
  const partTimeShare = request.rules.partTime?.maxShare;
  const problem = { intervalStarts: context.starts, intervalWidth: request.width, columns, maxStaff: request.rules.maxStaff, ...(partTimeShare === undefined ? {} : { partTimeShare }) };
  const search: Search = { required: context.analytic.map((a, i) => Math.max(a, request.rules.minStaff, context.minimum[i])), bestRequired: null, lowered: null, frozen: new Set(),
    response: new StaffResponse(context.starts.length), minimum: context.minimum, held: new Set() };
  const learnt: Learnt = { response: search.response, shown: new ShownEnough(context.starts.length), held: search.held };
  // A requirement the cover meets with a roster already simulated is answered from that
  // simulation (the same roster on the same replications gives the same numbers): it costs no round.
  const simulated = new Map<string, RosterScore>();
  let best: Round | null = null;
  let last: { round: Round; plan: StaffPlan; required: readonly number[] } | null = null;
  let rounds = 0;
  for (let revisits = 0; search.required !== null && revisits <= REVISITS; ) {
    const required = search.required;
    const cover = await solveCover({ ...problem, required });
    if (!cover.ok) {
      if (last === null) return { ok: false, message: cover.message };
      break;
    }
    const scheduled = coverage(problem, cover.counts);
    const roster = columns.map((c, j) => ({ ...rosterShiftOf(c), count: cover.counts[j] })).filter((r) => r.count > 0);
    // NOTE: keyed by the roster, not by the staff per interval: breaks inside an interval make
    // rosters with the same counts differ at their true minutes.
    const key = formatRoster(roster);
    let score = simulated.get(key);
    if (score === undefined) {
      if (rounds === request.rounds) break;
      rounds += 1;
      [score] = await scoreRosters([withRoster(context.measured, request.pool, roster)], request.pool, context.starts, options);
      simulated.set(key, score);
      search.response.note(scheduled, score.serviceLevel, request.target.share);
      learnt.shown.note(scheduled, score.serviceLevel, request.target.share);
    } else revisits += 1;
    const round: Round = { roster, scheduled, score, round: rounds };
    const plan = assemble(context, request, round, learnt);
    if (plan.settled && (best === null || plan.cost <= assemble(context, request, best, learnt).cost)) best = round;
    last = { round, plan, required };
    advance(search, plan, request.rules);
  }
  const final = last as NonNullable<typeof last>;
  // Without a roster that met the target, the verdict already says to raise --rounds.
  const untried = best === null ? [] : untriedIntervals(search, final.required, final.plan, request.rules);
  const chosen = assemble(context, request, best ?? final.round, learnt, untried);
  return planned(context, request, { ...chosen, rounds });
}

/** The planner's answer: the plan, with the warnings of the model under its roster. */
function planned(context: Context, request: StaffRequest, plan: StaffPlan): StaffOutcome {
  const rostered = withRoster(context.measured, request.pool, plan.roster);
  return { ok: true, plan: atWork(plan, rostered, context.starts), warnings: rosterChecks(context.measured, rostered, plan.rosterText).warnings };
}

/** The plan with each interval's occupancy of the staff at work (worked-time.ts), measured on `rostered`. */
function atWork(plan: StaffPlan, rostered: Model, starts: readonly number[]): StaffPlan {
  const occupancy = occupancyAtWork(rostered, plan.pool, starts, plan.intervals.map((row) => row.occupancy));
  return { ...plan, intervals: plan.intervals.map((row, i) => (occupancy[i] === row.occupancy ? row : { ...row, occupancy: occupancy[i] })) };
}

/** Scores a given roster against the target (no solving), once the model with it passes the checks of a model file. */
export async function evaluateRoster(model: Model, request: StaffRequest, roster: readonly RosterShift[], options: SweepOptions = {}): Promise<StaffOutcome> {
  const context = contextOf(model, { ...request, rules: { ...request.rules, maxStaff: Number.MAX_SAFE_INTEGER } }, options);
  if (typeof context === "string") return { ok: false, message: context };
  const columns = roster.map((r) => ({ start: r.start, length: r.length, cost: 0, breakStart: r.breakStart, breakLength: r.breakLength }));
  const scheduled = coverage({ intervalStarts: context.starts, intervalWidth: request.width, columns }, roster.map((r) => r.count));
  const rostered = withRoster(context.measured, request.pool, roster);
  const checks = rosterChecks(context.measured, rostered, formatRoster(roster));
  if (checks.errors.length > 0) return { ok: false, message: checks.errors.join("; ") };
  const [score] = await scoreRosters([rostered], request.pool, context.starts, options);
  return { ok: true, plan: atWork(assemble(context, request, { roster, scheduled, score, round: 1 }, null), rostered, context.starts), warnings: checks.warnings };
}
