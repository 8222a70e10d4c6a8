/**
 * Finding KPIs in a result by meaning: "the overall mean cycle time", "the processing time at
 * data entry", "the clerks' utilisation".
 *
 * KPI keys are `scope/subject/metric` (e.g. `step/data entry/waitTime.mean`). Charts ask for
 * a metric by role and accept the usual spellings of it, so a chart does not break when the
 * statistics add a metric or name one slightly differently.
 */
import type { KpiDef, KpiScope, KpiSummary, RunResult } from "../../stats/result-types.js";
import { kpiShortLabel } from "../i18n/kpi-label.js";
import { kpiSummary } from "../kpi-lookup.js";

/** The metric roles charts ask for, each with the metric names that fill it. */
export const METRIC_ROLES = {
  cycleTime: /^(cycleTime|cycle)\.mean$/,
  waitTime: /^(waitTime|wait|waitingTime)\.mean$/,
  processingTime: /^(serviceTime|processingTime|handlingTime|duration|busyTime)\.mean$/,
  throughput: /^(throughput\.perOpenHour|throughput|throughputPerHour|completionRate)$/,
  wip: /^(wip|workInProcess)\.mean$/,
  queueLength: /^(queueLength|queue)\.mean$/,
  utilisation: /^(utilisation|utilization)(\.mean)?$/,
  costPerCase: /^cost\.perCase$/,
  costTotal: /^cost\.total$/,
  costBusy: /^cost\.busy$/,
  costIdle: /^cost\.(idle|rosteredIdle)$/,
  costFixed: /^cost\.fixed$/,
  serviceLevel: /^(achieved|share|achievedShare)$/,
} as const;

/** A metric role name. */
export type MetricRole = keyof typeof METRIC_ROLES;

/**
 * Metrics too noisy or too redundant for charts and the headline (extremes, medians next to
 * means, raw counts next to rates, the busy and idle parts of a total cost that is shown);
 * the tables keep them.
 */
const DETAIL_METRIC = /\.(max|p50|p95|shareWaiting|met|perOpenDay|excludingAbandoned|excludingShortAbandoned|allArrivals|allArrivals\.mean|abandoned\.mean)$|^(throughput|arrivals|completions|completed|abandonments|visits|met|busy\.mean|capacity\.mean|staffHours|occupancy|cost\.busy|cost\.idle|cost\.rosteredIdle)$/;

/** True for a KPI worth a chart row or a headline sentence (see DETAIL_METRIC). */
export function isHeadlineMetric(def: KpiDef): boolean {
  return !DETAIL_METRIC.test(def.metric);
}

/** The label without the " (all cases)" that overall KPIs carry, in the language in use. */
export function shortLabel(def: KpiDef): string {
  return kpiShortLabel(def);
}

/** A KPI definition with its summary in one run (summary null when the run lacks it). */
export interface FoundKpi {
  readonly def: KpiDef;
  readonly summary: KpiSummary | null;
}

/** The definitions of a role in a scope, in the run's own order (subjects in model order). */
export function defsFor(result: RunResult, scope: KpiScope, role: MetricRole): KpiDef[] {
  return result.kpiDefs.filter((d) => d.scope === scope && METRIC_ROLES[role].test(d.metric));
}

/** The summary of the KPI with this key, or null. */
export function summaryOf(result: RunResult, key: string): KpiSummary | null {
  return kpiSummary(result.kpis, key) ?? null;
}

/** The one KPI of a role in a scope and subject (first match), or null. */
export function findKpi(result: RunResult, scope: KpiScope, role: MetricRole, subject = ""): FoundKpi | null {
  const def = defsFor(result, scope, role).find((d) => d.subject === subject);
  return def ? { def, summary: summaryOf(result, def.key) } : null;
}

/** The mean of the KPI of a role (overall scope unless given), or null. */
export function meanOf(result: RunResult, role: MetricRole, scope: KpiScope = "overall", subject = ""): number | null {
  return findKpi(result, scope, role, subject)?.summary?.mean ?? null;
}

/** Subjects (steps, pools, classes) that have a KPI of this role in any of the runs, in first-seen order. */
export function subjectsWith(results: readonly RunResult[], scope: KpiScope, role: MetricRole): string[] {
  const seen: string[] = [];
  for (const result of results) {
    for (const def of defsFor(result, scope, role)) if (!seen.includes(def.subject)) seen.push(def.subject);
  }
  return seen;
}
