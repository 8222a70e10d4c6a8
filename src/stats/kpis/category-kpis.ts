/**
 * KPIs per category of a case attribute: the case KPIs that compare the categories — how
 * many arrive and finish, how long they wait and take, how many per hour.
 *
 * "Mean cycle time (segment: sme cases)" is 6.2 h against 3.1 h for retail: SME files take
 * the extra approval level. These are the records of the case family (case-kpis.ts) by
 * metric, so a category's figure is computed exactly like a class's.
 */
import type { CaseFacts } from "./facts.js";
import { CASE_KPIS } from "./case-kpis.js";
import type { KpiRecord } from "./record.js";

/** The case metrics reported per category, in report order. */
const CATEGORY_METRICS: readonly string[] = [
  "arrivals",
  "completions",
  "throughput.perOpenHour",
  "throughput",
  "waitTime.mean",
  "waitTime.p90",
  "cycleTime.mean",
  "cycleTime.p90",
  "wip.mean",
  "abandonment.share",
];

/** The category family, in report order. */
export const CATEGORY_KPIS: readonly KpiRecord<CaseFacts>[] = CATEGORY_METRICS.map((metric) => {
  const record = CASE_KPIS.find((r) => r.metric === metric);
  if (record === undefined) throw new Error(`category KPIs: no case KPI ${metric}`);
  return record;
});
