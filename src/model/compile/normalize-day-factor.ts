/**
 * Random day factors in normal form: the model's `dayFactor` and a source's own.
 *
 * A call centre writes `dayFactor: { gamma: { mean: 1, cv: 0.2 } }` once at the top of the
 * model: each day gets one busyness factor, shared by every source (phone and chat alike),
 * so a Monday that is 25% busier is busier for both. A source with a `dayFactor` of its own
 * gets factors of its own, drawn apart from the model's. The factor is a plain multiplier:
 * its distribution must not take negative values and has no time unit.
 */
import type { ArrivalSource, DayFactor, ModelPath } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { normalizeDist } from "./normalize-dist.js";
import { distMean, distSupport } from "../../random/dists.js";
import type { RawDist } from "../schema/schema-dist.js";

/** The stream element of the model's day factor (a source's own uses the source name). */
export const SHARED_DAY_FACTOR_STREAM = "";

/** Reads one day factor at `path`; problems are appended to `issues`. */
export function normalizeDayFactor(raw: RawDist, stream: string, path: ModelPath, issues: IssueDraft[]): DayFactor {
  const found: IssueDraft[] = [];
  const dist = normalizeDist(raw, { unit: "min", timed: false }, path, found);
  const timePaths = new Set<string>();
  for (const issue of found) {
    if (issue.code !== "attributeTime") continue;
    timePaths.add(issue.path.join("."));
    issues.push(error("dayFactorTime", issue.path, { found: issue.params.found }));
  }
  issues.push(...found.filter((issue) => issue.code !== "attributeTime" && !timePaths.has(issue.path.join("."))));
  if (found.length === 0) {
    const low = distSupport(dist)[0];
    const mean = distMean(dist);
    if (low < 0 || !(mean > 0)) issues.push(error("dayFactorRange", path, { low, mean }));
  }
  return { dist, stream };
}

/** The day factor of a source: its own, else the model's, else none. */
export function sourceDayFactor(own: RawDist | undefined, shared: DayFactor | null, source: string, path: ModelPath, issues: IssueDraft[]): DayFactor | null {
  if (own !== undefined) return normalizeDayFactor(own, source, [...path, "dayFactor"], issues);
  return shared;
}

/** The mean of a source's day factor (1 without one): what it multiplies the average rate by. */
export function meanDayFactor(source: ArrivalSource): number {
  return source.dayFactor === undefined ? 1 : distMean(source.dayFactor.dist);
}
