/**
 * The one rule for headline KPIs, used by the report's headline, its key figures and the
 * terminal's compact tables: overall and service-level KPIs that have a better direction and
 * are not detail metrics, the ones a manager asks about first leading.
 *
 * For the account-opening comparison: mean cycle time, mean wait, the "compliance picked up
 * within 1h" service level, cost per case, throughput, then the rest in model order.
 */
import type { KpiDef } from "../stats/result-types.js";
import { METRIC_ROLES, isHeadlineMetric } from "./specs/kpi-select.js";

/** The KPIs a manager asks about first, in order; other headline KPIs follow in model order. */
const FIRST: readonly ((d: KpiDef) => boolean)[] = [
  (d) => d.scope === "overall" && METRIC_ROLES.cycleTime.test(d.metric),
  (d) => d.scope === "overall" && METRIC_ROLES.waitTime.test(d.metric),
  (d) => d.scope === "serviceLevel",
  (d) => d.scope === "overall" && METRIC_ROLES.costPerCase.test(d.metric),
  (d) => d.scope === "overall" && METRIC_ROLES.throughput.test(d.metric),
];

/** 0 for the KPI asked about first, …; FIRST.length for every other headline KPI. */
export function headlinePriority(def: KpiDef): number {
  const index = FIRST.findIndex((test) => test(def));
  return index < 0 ? FIRST.length : index;
}

/** True for a KPI among the ones asked about first (cycle time, wait, service level, …). */
export function isKeyKpi(def: KpiDef): boolean {
  return headlinePriority(def) < FIRST.length;
}

/** True for a headline KPI: overall or service level, with a better direction, not a detail metric. */
export function isHeadlineKpi(def: KpiDef): boolean {
  return (def.scope === "overall" || def.scope === "serviceLevel") && def.better !== "neither" && isHeadlineMetric(def);
}

/** The headline KPIs of a list of definitions, key KPIs first, then in the list's order. */
export function headlineKpis(defs: readonly KpiDef[]): KpiDef[] {
  const chosen = defs.map((def, i) => ({ def, i })).filter((x) => isHeadlineKpi(x.def));
  return chosen.sort((a, b) => headlinePriority(a.def) - headlinePriority(b.def) || a.i - b.i).map((x) => x.def);
}
