/**
 * Shift cover at minimum cost: which shifts to roster so that every planning interval has
 * at least its required staff, as a set-covering integer program solved by HiGHS.
 *
 * The branch needs 5 tellers 09:00-11:00, 8 over lunch and 5 after; with 8-hour shifts
 * starting on the half hour and 4-hour part-time shifts, the cheapest cover might be five
 * 09:00 full-timers and three 11:00 part-timers. Columns are the shift types in a canonical
 * order (start, then length); among rosters of equal cost the one that puts its staff in the
 * earliest columns wins, found by a second solve with the cost fixed, so the plan is the same
 * on every run. A requirement holds at every moment of its interval: where a break or a shift
 * edge falls inside it, each piece between the edges must have the staff, and the interval
 * shows the fewest on duty in any piece.
 */
import { createRequire } from "node:module";

type LoadHighs = typeof import("highs").default;

/**
 * NOTE: loaded through require: the package is CommonJS with an ES-module entry, and its
 * types describe the CommonJS `default` property, which only the CommonJS entry has.
 * Required on the first solve, not at import: it costs tens of milliseconds of start-up
 * that every command but `staff` would pay.
 */
function loadHighs(): ReturnType<LoadHighs> {
  return (createRequire(import.meta.url)("highs") as typeof import("highs")).default();
}

/**
 * A shift type: start in minutes after midnight, length, cost of one person on it. Its times
 * run on past 1440 when it crosses midnight (22:00-06:00: start 1320, length 480).
 */
export interface ShiftColumn {
  readonly start: number;
  readonly length: number;
  readonly cost: number;
  /** Counts against the part-time cap. */
  readonly partTime?: boolean;
  /** The break, on the shift's own times: the person is off duty [breakStart, breakStart + breakLength). */
  readonly breakStart?: number;
  readonly breakLength?: number;
}

/** The covering problem: intervals [starts[i], starts[i] + width) with their requirements. */
export interface CoverProblem {
  readonly intervalStarts: readonly number[];
  readonly intervalWidth: number;
  readonly required: readonly number[];
  readonly columns: readonly ShiftColumn[];
  /** Most staff on duty in any interval (over-coverage limit). */
  readonly maxStaff: number;
  /** Most part-time people as a share of all people rostered (absent: no cap). */
  readonly partTimeShare?: number;
}

/** The roster: people per column (same order as the problem's columns). */
export type CoverResult =
  | { readonly ok: true; readonly counts: readonly number[]; readonly cost: number }
  | { readonly ok: false; readonly message: string };

/** Minutes in a day: a shift that runs past midnight (a 24/7 operation) goes on at minute 0. */
const DAY = 1440;

/**
 * On duty at minute `t` of the day (0 ≤ t < 1440): inside the shift and not on its break. A
 * shift's own times run on past 1440 when it crosses midnight (22:00-06:00 is 1320-1800), so
 * minute 120 is its 1560.
 */
export function onDutyAt(column: Pick<ShiftColumn, "start" | "length" | "breakStart" | "breakLength">, t: number): boolean {
  const own = t >= column.start ? t : t + DAY;
  if (own >= column.start + column.length) return false;
  if (column.breakStart === undefined) return true;
  return !(own >= column.breakStart && own < column.breakStart + (column.breakLength ?? 0));
}

/** The minutes of the day where a column comes on or goes off duty (shift and break edges). */
function edgesOf(column: ShiftColumn): number[] {
  const edges = [column.start, column.start + column.length];
  if (column.breakStart !== undefined) edges.push(column.breakStart, column.breakStart + (column.breakLength ?? 0));
  return edges.map((edge) => edge % DAY);
}

/**
 * The columns on duty in each piece of the interval [start, start + width) between the
 * columns' edges: within a piece nobody comes or goes. An interval no edge cuts is one piece.
 * Identical sets are given once, in the order of their pieces.
 */
function onDutySets(columns: readonly ShiftColumn[], start: number, width: number): number[][] {
  const cuts = [...new Set(columns.flatMap(edgesOf).filter((edge) => edge > start && edge < start + width))].sort((a, b) => a - b);
  const sets = new Map<string, number[]>();
  for (const from of [start, ...cuts]) {
    const on = columns.flatMap((c, j) => (onDutyAt(c, from) ? [j] : []));
    sets.set(on.join(","), on);
  }
  return [...sets.values()];
}

/**
 * Staff on duty per interval for a roster: the fewest on duty at any moment of the interval,
 * so a break inside it counts only for the people on break at the same time (two of eight
 * tellers on break 12:00-12:30 and two others 12:30-13:00 leave 6 on duty all hour).
 */
export function coverage(problem: Pick<CoverProblem, "intervalStarts" | "intervalWidth" | "columns">, counts: readonly number[]): number[] {
  return problem.intervalStarts.map((start) => {
    const staffed = onDutySets(problem.columns, start, problem.intervalWidth).map((on) => on.reduce((sum, j) => sum + counts[j], 0));
    return Math.min(...staffed);
  });
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(Math.round(minutes % 60)).padStart(2, "0")}`;

/** Intervals no roster can serve (requirement above the maximum, or no shift covers them). */
export function infeasibleIntervals(problem: CoverProblem): string[] {
  return problem.intervalStarts.flatMap((start, i) => {
    const need = problem.required[i];
    const label = `${clock(start)}-${clock(start + problem.intervalWidth)}`;
    if (need > problem.maxStaff) return [`${label} needs ${need} but at most ${problem.maxStaff} may be on duty`];
    if (need > 0 && onDutySets(problem.columns, start, problem.intervalWidth).some((on) => on.length === 0)) return [`${label} needs ${need} but no allowed shift covers it`];
    return [];
  });
}

/** CPLEX LP text of the covering program; `objective` gives each column's weight. */
function lpText(problem: CoverProblem, objective: readonly number[], costCap: number | null): string {
  const terms = (weights: readonly number[]) => weights.map((w, j) => `${w >= 0 ? "+" : "-"} ${Math.abs(w)} x${j}`).join(" ");
  // Every piece of an interval needs its requirement on duty (one row pair per distinct set on duty).
  const rows = problem.intervalStarts.flatMap((start, i) => {
    const sets = onDutySets(problem.columns, start, problem.intervalWidth).filter((on) => on.length > 0);
    return sets.flatMap((set, k) => {
      const on = set.map((j) => `+ x${j}`).join(" ");
      const name = sets.length === 1 ? `${i}` : `${i}_${k}`;
      return [` need${name}: ${on} >= ${problem.required[i]}`, ` max${name}: ${on} <= ${problem.maxStaff}`];
    });
  });
  if (costCap !== null) rows.push(` cost: ${terms(problem.columns.map((c) => c.cost))} <= ${costCap}`);
  const share = problem.partTimeShare;
  // Part-timers ≤ share × everyone: Σ (partTime − share) x ≤ 0.
  if (share !== undefined && problem.columns.some((c) => c.partTime)) rows.push(` partTime: ${terms(problem.columns.map((c) => (c.partTime ? 1 : 0) - share))} <= 0`);
  const bounds = problem.columns.map((_, j) => ` 0 <= x${j} <= ${problem.maxStaff}`);
  const names = problem.columns.map((_, j) => `x${j}`).join(" ");
  return ["Minimize", ` obj: ${terms(objective)}`, "Subject To", ...rows, "Bounds", ...bounds, "General", ` ${names}`, "End"].join("\n");
}

type Solver = Awaited<ReturnType<typeof loadHighs>>;
let solver: Promise<Solver> | null = null;

async function solve(text: string): Promise<{ status: string; values: number[] }> {
  solver ??= loadHighs();
  const result = (await solver).solve(text, { random_seed: 0, threads: 1, mip_rel_gap: 0 });
  const columns = result.Columns as Record<string, { Primal: number }>;
  const count = Object.keys(columns).length;
  return { status: result.Status, values: Array.from({ length: count }, (_, j) => Math.max(0, Math.round(columns[`x${j}`]?.Primal ?? 0))) };
}

/**
 * The cheapest roster covering every requirement, ties broken toward earlier columns.
 * Says which intervals make the rules infeasible instead of calling the solver on them.
 */
export async function solveCover(problem: CoverProblem): Promise<CoverResult> {
  const impossible = infeasibleIntervals(problem);
  if (impossible.length > 0) return { ok: false, message: `no roster meets the requirement: ${impossible.join("; ")}` };
  if (problem.columns.length === 0) return { ok: true, counts: [], cost: 0 };
  const first = await solve(lpText(problem, problem.columns.map((c) => c.cost), null));
  if (first.status !== "Optimal") return { ok: false, message: `no roster within at most ${problem.maxStaff} on duty covers every interval (solver: ${first.status})` };
  const cost = first.values.reduce((sum, x, j) => sum + x * problem.columns[j].cost, 0);
  const tieBreak = await solve(lpText(problem, problem.columns.map((_, j) => j + 1), cost + 1e-6 * Math.max(1, cost)));
  const counts = tieBreak.status === "Optimal" ? tieBreak.values : first.values;
  return { ok: true, counts, cost: counts.reduce((sum, x, j) => sum + x * problem.columns[j].cost, 0) };
}
