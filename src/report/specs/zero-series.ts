/**
 * Charts of a series that is zero in every replication of every model are not drawn: a flat
 * line at zero says nothing a sentence cannot, and reads like a missing chart.
 *
 * A branch where nobody ever waits (enough tellers all day) gets no waiting-time curve glued
 * to the left edge; the report says "Not drawn: Waiting time distribution is zero in every
 * replication of every model." instead. The same holds for the through-the-day chart (each
 * panel of an all-zero series is left out, the chart when none is left) and utilisation
 * (when every pool is idle in every model).
 */
import type { ChartContext } from "./common.js";
import { kpiSummary } from "../kpi-lookup.js";

/** True when every model has the distribution `key` and every observation of it is 0. */
export function distributionAllZero(context: ChartContext, key: string): boolean {
  const found = context.variants.map((v) => v.result.distributions.find((d) => d.key === key));
  return found.every((d) => d !== undefined && d.points.length > 0 && d.points.every((p) => p.x === 0));
}

/** True when no model has a value of the time-of-day series `key` other than 0 (a model without it counts as zero). */
export function timeOfDayAllZero(context: ChartContext, key: string): boolean {
  return context.variants.every((v) => v.result.timeOfDay.find((s) => s.key === key)?.mean.every((m) => m === null || m === 0) ?? true);
}

/** True when no model has a mean of KPI `key` other than 0 (a model without it counts as zero; for shares and counts, never above 0). */
export function kpiAllZero(context: ChartContext, key: string): boolean {
  return context.variants.every((v) => {
    const mean = kpiSummary(v.result.kpis, key)?.mean;
    return mean === undefined || mean === null || mean === 0;
  });
}
