/**
 * Shift cover at minimum cost: which shifts to roster so that every planning interval has
 * at least its required staff, as a set-covering integer program solved by HiGHS.
 *
 * The branch needs 5 tellers 09:00-11:00, 8 over lunch and 5 after; with 8-hour shifts
 * starting on the half hour and 4-hour part-time shifts, the cheapest cover might be five
 * 09:00 full-timers and three 11:00 part-timers. Columns are the shift types in a canonical
 * order (start, then length); among rosters of equal cost the one that puts its staff in the
 * earliest columns wins, found by a second solve with the cost fixed, so the plan is the same
 * on every run.
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

/** A shift type: start and length in minutes after midnight, cost of one person on it. */
export interface ShiftColumn {
  readonly start: number;
  readonly length: number;
  readonly cost: number;
  /** Counts against the part-time cap. */
  readonly partTime?: boolean;
  /** The break, minutes after midnight: the person is off duty [breakStart, breakStart + breakLength). */
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

/** On duty for the whole interval [start, start + width): inside the shift and not on a break during it. */
function covers(column: ShiftColumn, start: number, width: number): boolean {
  if (!(column.start <= start && start + width <= column.start + column.length)) return false;
  if (column.breakStart === undefined) return true;
  const breakEnd = column.breakStart + (column.breakLength ?? 0);
  return start + width <= column.breakStart || start >= breakEnd;
}

/** Staff on duty per interval for a roster. */
export function coverage(problem: Pick<CoverProblem, "intervalStarts" | "intervalWidth" | "columns">, counts: readonly number[]): number[] {
  return problem.intervalStarts.map((start) => problem.columns.reduce((sum, column, j) => sum + (covers(column, start, problem.intervalWidth) ? counts[j] : 0), 0));
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(Math.round(minutes % 60)).padStart(2, "0")}`;

/** Intervals no roster can serve (requirement above the maximum, or no shift covers them). */
export function infeasibleIntervals(problem: CoverProblem): string[] {
  return problem.intervalStarts.flatMap((start, i) => {
    const need = problem.required[i];
    const label = `${clock(start)}-${clock(start + problem.intervalWidth)}`;
    if (need > problem.maxStaff) return [`${label} needs ${need} but at most ${problem.maxStaff} may be on duty`];
    if (need > 0 && !problem.columns.some((c) => covers(c, start, problem.intervalWidth))) return [`${label} needs ${need} but no allowed shift covers it`];
    return [];
  });
}

/** CPLEX LP text of the covering program; `objective` gives each column's weight. */
function lpText(problem: CoverProblem, objective: readonly number[], costCap: number | null): string {
  const terms = (weights: readonly number[]) => weights.map((w, j) => `${w >= 0 ? "+" : "-"} ${Math.abs(w)} x${j}`).join(" ");
  const rows = problem.intervalStarts.flatMap((start, i) => {
    const on = problem.columns.flatMap((c, j) => (covers(c, start, problem.intervalWidth) ? [`+ x${j}`] : []));
    if (on.length === 0) return [];
    return [` need${i}: ${on.join(" ")} >= ${problem.required[i]}`, ` max${i}: ${on.join(" ")} <= ${problem.maxStaff}`];
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
