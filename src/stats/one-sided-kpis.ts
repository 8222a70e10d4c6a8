/**
 * KPIs that only one of two compared models reports, so that no paired difference exists.
 *
 * The RPA proposal for account opening adds a pool "rpa bots" (2 bots × CNY 9/h around the
 * clock) and removes the step "first approval". Its cost is the proposal's main new cost,
 * yet a difference "proposed − current" of a pool the current model does not have is
 * undefined. Such a KPI is listed with the one side's estimate and nothing for the other
 * side or for the difference, in the order of both models' KPIs.
 */
import type { KpiDef, KpiSummary, OneSidedKpi, RunResult } from "./result-types.js";

/**
 * Both models' KPI definitions in one order: the current model's, with each definition only
 * the proposal has placed right after the definition that precedes it in the proposal (a new
 * pool's KPIs after the pools before it).
 */
export function mergedKpiDefs(current: readonly KpiDef[], proposed: readonly KpiDef[]): KpiDef[] {
  const known = new Set(current.map((d) => d.key));
  if (proposed.every((d) => known.has(d.key))) return [...current];
  const after = new Map<string, KpiDef[]>();
  let previous = "";
  for (const def of proposed) {
    if (known.has(def.key)) previous = def.key;
    else after.set(previous, [...(after.get(previous) ?? []), def]);
  }
  const merged = [...(after.get("") ?? [])];
  for (const def of current) merged.push(def, ...(after.get(def.key) ?? []));
  return merged;
}

/**
 * The KPIs one run reports and the other does not (a summary on one side only), in the order
 * of `mergedKpiDefs`; the missing side is null. Empty when both report the same KPIs.
 */
export function oneSidedKpis(current: RunResult, proposed: RunResult): OneSidedKpi[] {
  const summaries = (run: RunResult) => new Map<string, KpiSummary>(run.kpis.map((s) => [s.key, s]));
  const before = summaries(current);
  const after = summaries(proposed);
  const rows: OneSidedKpi[] = [];
  for (const def of mergedKpiDefs(current.kpiDefs, proposed.kpiDefs)) {
    const c = before.get(def.key) ?? null;
    const p = after.get(def.key) ?? null;
    if ((c === null) !== (p === null)) rows.push({ key: def.key, current: c, proposed: p });
  }
  return rows;
}
