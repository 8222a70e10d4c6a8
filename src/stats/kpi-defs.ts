/**
 * The KPI catalogue: which KPIs a model reports, with their keys, labels, units and which
 * direction is better, derived from the collector layout alone (no run needed).
 *
 * A branch model with classes walk-in and appointment, steps reception and counter, pool
 * tellers and a "5-minute wait" target reports `overall/waitTime.mean`,
 * `class/walk-in/waitTime.mean`, `step/counter/queue.mean`, `pool/tellers/utilisation`,
 * `serviceLevel/5-minute wait/achieved`, … always in the same order, so replications,
 * runs and proposals line up key by key.
 */
import type { CollectorLayout } from "./observer.js";
import type { KpiDef, KpiScope, KpiUnit } from "./result-types.js";

type Better = KpiDef["better"];
/** One catalogue row: metric name, label template (`{s}` = subject), unit, better direction. */
type MetricRow = readonly [metric: string, label: string, unit: KpiUnit, better: Better];

/** Case metrics, reported overall ({s} = "all cases") and per class. */
export const CASE_METRICS: readonly MetricRow[] = [
  ["arrivals", "Arrivals ({s})", "count", "neither"],
  ["completions", "Completed cases ({s})", "count", "higher"],
  ["abandonments", "Abandoned cases ({s})", "count", "lower"],
  ["throughput", "Throughput per hour ({s})", "perHour", "higher"],
  ["waitTime.mean", "Mean wait ({s})", "min", "lower"],
  ["waitTime.p50", "Median wait ({s})", "min", "lower"],
  ["waitTime.p90", "90th percentile wait ({s})", "min", "lower"],
  ["waitTime.p95", "95th percentile wait ({s})", "min", "lower"],
  ["waitTime.max", "Longest wait ({s})", "min", "lower"],
  ["waitTime.shareWaiting", "Share of cases that waited ({s})", "share", "lower"],
  ["cycleTime.mean", "Mean cycle time ({s})", "min", "lower"],
  ["cycleTime.p50", "Median cycle time ({s})", "min", "lower"],
  ["cycleTime.p90", "90th percentile cycle time ({s})", "min", "lower"],
  ["cycleTime.p95", "95th percentile cycle time ({s})", "min", "lower"],
  ["cycleTime.max", "Longest cycle time ({s})", "min", "lower"],
  ["wip.mean", "Mean cases in process ({s})", "cases", "lower"],
  ["abandonment.share", "Abandonment rate ({s})", "share", "lower"],
];

/** Cost metrics of the whole operation (overall scope). */
export const COST_METRICS: readonly MetricRow[] = [
  ["cost.busy", "Staff cost while busy", "currency", "lower"],
  ["cost.idle", "Staff cost while rostered but idle", "currency", "lower"],
  ["cost.fixed", "Fixed cost", "currency", "lower"],
  ["cost.total", "Total cost", "currency", "lower"],
  ["cost.perCase", "Cost per completed case", "currency", "lower"],
];

/** Step metrics ({s} = step name). */
export const STEP_METRICS: readonly MetricRow[] = [
  ["waitTime.mean", "Mean wait at {s}", "min", "lower"],
  ["serviceTime.mean", "Mean handling time at {s}", "min", "lower"],
  ["queue.mean", "Mean queue at {s}", "cases", "lower"],
  ["queue.max", "Longest queue at {s}", "cases", "lower"],
  ["visits", "Visits to {s}", "count", "neither"],
  ["cycleTime.share", "Share of time in process spent at {s}", "share", "neither"],
];

/** Pool metrics ({s} = pool name). */
export const POOL_METRICS: readonly MetricRow[] = [
  ["utilisation", "Utilisation of {s}", "share", "neither"],
  ["busy.mean", "Mean busy units of {s}", "count", "neither"],
  ["capacity.mean", "Mean rostered capacity of {s}", "count", "neither"],
  ["staffHours", "Rostered staff hours of {s}", "count", "lower"],
  ["output.perStaffHour", "Completed cases per rostered staff hour of {s}", "casesPerStaffHour", "higher"],
  ["cost.busy", "Cost of {s} while busy", "currency", "lower"],
  ["cost.idle", "Cost of {s} while rostered but idle", "currency", "lower"],
  ["cost.total", "Total cost of {s}", "currency", "lower"],
];

/** Service-level metrics ({s} = service-level name). */
export const SERVICE_LEVEL_METRICS: readonly MetricRow[] = [
  ["achieved", "Service level achieved: {s}", "share", "higher"],
  ["met", "Target met: {s}", "share", "higher"],
];

const ROWS_BY_SCOPE: Readonly<Record<KpiScope, readonly MetricRow[]>> = {
  overall: [...CASE_METRICS, ...COST_METRICS],
  class: CASE_METRICS,
  step: STEP_METRICS,
  pool: POOL_METRICS,
  serviceLevel: SERVICE_LEVEL_METRICS,
};

/** The key of a KPI: `scope/subject/metric`, or `overall/metric` for the overall scope. */
export function kpiKey(scope: KpiScope, subject: string, metric: string): string {
  return scope === "overall" ? `overall/${metric}` : `${scope}/${subject}/${metric}`;
}

/** Splits a KPI key into scope, subject and metric; null for a key of no known scope. */
export function parseKpiKey(key: string): { scope: KpiScope; subject: string; metric: string } | null {
  const first = key.indexOf("/");
  const last = key.lastIndexOf("/");
  if (first < 0) return null;
  const scope = key.slice(0, first);
  if (!(scope in ROWS_BY_SCOPE)) return null;
  const subject = first === last ? "" : key.slice(first + 1, last);
  if (scope !== "overall" && first === last) return null;
  return { scope: scope as KpiScope, subject, metric: key.slice(last + 1) };
}

/** The definition of a KPI; null when the metric is not in the catalogue for that scope. */
export function kpiDef(scope: KpiScope, subject: string, metric: string): KpiDef | null {
  const row = ROWS_BY_SCOPE[scope].find((r) => r[0] === metric);
  if (!row) return null;
  const phrase = scope === "overall" ? "all cases" : scope === "class" ? `class ${subject}` : subject;
  const label = row[1].replace("{s}", phrase);
  return { key: kpiKey(scope, subject, metric), scope, subject, metric, label, unit: row[2], better: row[3] };
}

function defsOf(scope: KpiScope, subject: string, rows: readonly MetricRow[]): KpiDef[] {
  return rows.map((row) => kpiDef(scope, subject, row[0]) as KpiDef);
}

/**
 * Every KPI the collector reports for this layout, in report order: overall, then each class,
 * step, pool and service level in id order.
 */
export function kpiDefsFor(layout: CollectorLayout): KpiDef[] {
  return [
    ...defsOf("overall", "", ROWS_BY_SCOPE.overall),
    ...layout.classes.flatMap((name) => defsOf("class", name, CASE_METRICS)),
    ...layout.steps.flatMap((name) => defsOf("step", name, STEP_METRICS)),
    ...layout.pools.flatMap((pool) => defsOf("pool", pool.name, POOL_METRICS)),
    ...layout.serviceLevels.flatMap((sl) => defsOf("serviceLevel", sl.name, SERVICE_LEVEL_METRICS)),
  ];
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
