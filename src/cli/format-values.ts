/**
 * Numbers as a planner reads them: a mean shown to the precision its interval supports,
 * with the KPI's unit.
 *
 * A mean wait of 4.2137 min with half-width 0.35 prints as "4.21 ± 0.35 min"; a utilisation
 * of 0.8312 ± 0.012 prints as "83.1% ± 1.2%"; a cost of 18412.5 ± 310 as "18413 ± 310".
 */
import type { KpiSummary, KpiUnit } from "../stats/result-types.js";

/** Unit suffixes; shares print as percentages instead. */
const SUFFIX: Record<KpiUnit, string> = {
  min: " min",
  perHour: " /h",
  share: "",
  count: "",
  cases: "",
  currency: "",
  casesPerStaffHour: " /staff-h",
};

/** Decimals that show two significant digits of the half-width (0–4). */
export function decimalsFor(halfWidth: number | null, value: number | null): number {
  const scale = halfWidth !== null && halfWidth > 0 ? halfWidth : Math.abs(value ?? 0) / 100;
  if (!(scale > 0) || !Number.isFinite(scale)) return 2;
  return Math.min(4, Math.max(0, 1 - Math.floor(Math.log10(scale))));
}

/** One number in a unit, with the given decimals ("—" for null). */
export function formatNumber(value: number | null, unit: KpiUnit, decimals: number): string {
  if (value === null) return "—";
  if (unit === "share") return `${(value * 100).toFixed(Math.max(0, decimals - 2))}%`;
  return value.toFixed(decimals);
}

/** "mean ± half-width unit" of a summary. */
export function formatMeanHalfWidth(summary: KpiSummary | undefined, unit: KpiUnit): string {
  if (!summary || summary.mean === null) return "—";
  const decimals = decimalsFor(summary.halfWidth, summary.mean);
  const mean = formatNumber(summary.mean, unit, decimals);
  if (summary.halfWidth === null) return `${mean}${SUFFIX[unit]}`;
  return `${mean} ± ${formatNumber(summary.halfWidth, unit, decimals)}${SUFFIX[unit]}`;
}

/** "[lo, hi]" of a summary, at the precision of its half-width. */
export function formatInterval(summary: KpiSummary | undefined, unit: KpiUnit): string {
  if (!summary || summary.lo === null || summary.hi === null) return "";
  const decimals = decimalsFor(summary.halfWidth, summary.mean);
  return `[${formatNumber(summary.lo, unit, decimals)}, ${formatNumber(summary.hi, unit, decimals)}]`;
}

/** A relative change as a signed percentage ("-59.0%"); "" when undefined. */
export function formatRelative(change: number | null): string {
  if (change === null) return "";
  const text = `${Math.abs(change * 100).toFixed(1)}%`;
  return change > 0 ? `+${text}` : change < 0 ? `-${text}` : text;
}

/** A paired difference: signed mean and interval at the precision of its half-width. */
export function formatDifference(diff: KpiSummary, unit: KpiUnit): string {
  if (diff.mean === null) return "—";
  const decimals = decimalsFor(diff.halfWidth, diff.mean);
  const mean = formatNumber(diff.mean, unit, decimals);
  const signed = diff.mean > 0 ? `+${mean}` : mean;
  const interval = formatInterval(diff, unit);
  return `${signed}${SUFFIX[unit]}${interval ? ` ${interval}` : ""}`;
}
