/**
 * Replicating until a KPI is known precisely enough: "add replications until the cycle-time
 * difference is known to ±5 min".
 *
 * After n replications the half-width is h = t(0.975, n−1)·s/√n. The next round asks for
 * the fewest m > n with t(0.975, m−1)·s/√m ≤ target, with s read back from h, so the critical
 * value shrinks with the new n as it will when the interval is recomputed. (Using the √n law
 * with today's critical value, plus a margin, overshoots: 10 replications with h twice the
 * target become 48 where 36 suffice.) When the new round still falls short, the rule is
 * applied again from the larger sample.
 */
import { closest } from "fastest-levenshtein";
import { tCritical } from "../stats/ci.js";
import { LIMITS } from "../model/schema/limits.js";

/** Stop adding replications once the half-width of `key` is at most `halfWidth`. */
export interface HalfWidthTarget {
  /** KPI key, e.g. `overall/cycleTime.mean`. */
  readonly key: string;
  /** In the KPI's unit (> 0). */
  readonly halfWidth: number;
}

/** How the target half-width search ended. */
export interface TargetOutcome {
  readonly key: string;
  readonly halfWidth: number;
  /** Half-width reached (for a comparison: the largest paired one over the proposals); null if undefined. */
  readonly achieved: number | null;
  readonly met: boolean;
  readonly replications: number;
}

/** A half-width target names a KPI the model does not report. */
export class UnknownKpiError extends Error {
  constructor(
    readonly key: string,
    readonly suggestion: string | null,
  ) {
    super(`KPI "${key}" is not reported by this model${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
    this.name = "UnknownKpiError";
  }
}

/** Throws UnknownKpiError (with the closest key) when `key` is not among `keys`. */
export function checkTargetKey(keys: readonly string[], key: string): void {
  if (keys.includes(key)) return;
  throw new UnknownKpiError(key, keys.length > 0 ? closest(key, [...keys]) : null);
}

/**
 * The most replications a run to a half-width target may reach: `maxReplications` when given,
 * else ten times the `initial` ones; never fewer than `initial` nor more than the replication
 * limit of a model (LIMITS.replications). A branch day started with 30 replications stops at
 * 300 at most.
 */
export function replicationCeiling(initial: number, maxReplications?: number): number {
  return Math.min(LIMITS.replications, Math.max(initial, maxReplications ?? 10 * initial));
}

/**
 * Replications to try next (n < max): the fewest m in (n, max] whose t-interval, at the spread the
 * current half-width implies, is at most `target`; `max` when none is. Twice n (capped) when
 * the half-width is undefined.
 */
export function nextReplicationCount(n: number, achieved: number | null, target: number, max: number): number {
  if (achieved === null || n < 2) return Math.min(max, Math.max(n + 1, 2 * n));
  const sd = (achieved * Math.sqrt(n)) / tCritical(n - 1);
  const meets = (m: number) => tCritical(m - 1) * (sd / Math.sqrt(m)) <= target;
  let lo = n + 1;
  let hi = max;
  if (lo >= hi || !meets(hi)) return max;
  // INVARIANT: meets(hi); the half-width falls as m grows, so binary search finds the fewest.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (meets(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** What `replicateToTarget` needs: run more replications, and read the half-width. */
export interface TargetRounds {
  /** Replications run so far. */
  readonly initial: number;
  /** Upper limit on replications. */
  readonly max: number;
  /** Runs replications [from, to) and re-summarises; resolves when done. */
  more(from: number, to: number): Promise<void>;
  /** The half-width of the target KPI now; null when undefined. */
  achieved(): number | null;
}

/** Adds rounds of replications until the target is met or the limit reached. */
export async function replicateToTarget(target: HalfWidthTarget, rounds: TargetRounds): Promise<TargetOutcome> {
  let n = rounds.initial;
  let achieved = rounds.achieved();
  while (!(achieved !== null && achieved <= target.halfWidth) && n < rounds.max) {
    const next = nextReplicationCount(n, achieved, target.halfWidth, rounds.max);
    await rounds.more(n, next);
    n = next;
    achieved = rounds.achieved();
  }
  const met = achieved !== null && achieved <= target.halfWidth;
  return { key: target.key, halfWidth: target.halfWidth, achieved, met, replications: n };
}
