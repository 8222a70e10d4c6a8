/**
 * KPI keys and definitions: which KPIs a model reports, with their keys, labels, units and
 * which direction is better, derived from the collector layout alone (no run needed). The
 * records themselves, each with its calculation, are in `kpis/`.
 *
 * A branch model with classes walk-in and appointment, steps reception and counter, pool
 * tellers and a "5-minute wait" target reports `overall/waitTime.mean`,
 * `class/walk-in/waitTime.mean`, `step/counter/queue.mean`, `pool/tellers/utilisation`,
 * `serviceLevel/5-minute wait/achieved`, … always in the same order, so replications,
 * runs and proposals line up key by key.
 */
import type { KpiDef, KpiScope } from "./result-types.js";
import { KPI_FAMILIES, kpiDef, kpiRange } from "./kpis/registry.js";
import { SHARE_RANGE, type ValueRange } from "./value-range.js";
import type { CollectorLayout } from "./observer.js";

export { kpiDef, kpiDefsFor, kpiKey } from "./kpis/registry.js";

const SCOPES = new Set<string>(KPI_FAMILIES.map((f) => f.scope));

/** Splits a KPI key into scope, subject and metric; null for a key of no known scope. */
export function parseKpiKey(key: string): { scope: KpiScope; subject: string; metric: string } | null {
  const first = key.indexOf("/");
  const last = key.lastIndexOf("/");
  if (first < 0) return null;
  const scope = key.slice(0, first);
  if (!SCOPES.has(scope)) return null;
  const subject = first === last ? "" : key.slice(first + 1, last);
  if (scope !== "overall" && first === last) return null;
  return { scope: scope as KpiScope, subject, metric: key.slice(last + 1) };
}

/** KPI definitions rebuilt from keys (e.g. those of a RepResult); unknown keys are skipped. */
export function kpiDefsFromKeys(keys: readonly string[]): KpiDef[] {
  const defs: KpiDef[] = [];
  for (const key of keys) {
    const parsed = parseKpiKey(key);
    const def = parsed && kpiDef(parsed.scope, parsed.subject, parsed.metric);
    if (def) defs.push(def);
  }
  return defs;
}

/** The values the KPI of `key` can take (a share: [0, 1]); null for an unbounded or unknown KPI. */
export function kpiRangeOfKey(key: string): ValueRange | null {
  const parsed = parseKpiKey(key);
  return parsed && kpiRange(parsed.scope, parsed.metric);
}

const STEP_SHARE = "/cycleTime.share";

/**
 * The values the KPI of `key` can take in the model of `layout`: `kpiRangeOfKey`, except that
 * a step's share of the time in process is at most 1 where no fork's parts can be at the step
 * together (a welcome desk outside the branches holds a case at most once).
 */
export function kpiRangeInLayout(key: string, layout: Pick<CollectorLayout, "steps" | "branchSteps">): ValueRange | null {
  if (!key.startsWith("step/") || !key.endsWith(STEP_SHARE)) return kpiRangeOfKey(key);
  const step = layout.steps.indexOf(key.slice("step/".length, key.length - STEP_SHARE.length));
  if (step < 0 || (layout.branchSteps ?? []).includes(step)) return kpiRangeOfKey(key);
  return SHARE_RANGE;
}
