/**
 * KPI summaries by key, in constant time. A report of a 10,000-step back office has about
 * 100,000 KPI rows; finding each row's summary by scanning the list made every table and
 * chart quadratic (minutes for one report). The index of a run's list is built once and
 * kept as long as the list lives.
 *
 * Example: the mean wait at "credit check" in the current loan factory is
 * `kpiSummary(run.kpis, "step/credit check/wait.mean")`.
 */
import type { KpiSummary } from "../stats/result-types.js";

const indexes = new WeakMap<readonly KpiSummary[], Map<string, KpiSummary>>();

/** The summary of the KPI with this key in a run's list, or undefined. */
export function kpiSummary(kpis: readonly KpiSummary[], key: string): KpiSummary | undefined {
  let index = indexes.get(kpis);
  if (!index) {
    index = new Map();
    for (const summary of kpis) if (!index.has(summary.key)) index.set(summary.key, summary);
    indexes.set(kpis, index);
  }
  return index.get(key);
}
