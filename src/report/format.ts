/**
 * Number formatting for tables and sentences, locale-independent (same bytes on every machine).
 *
 * A mean wait of 18.23 minutes prints "18.2", a utilisation of 0.8812 "88.1%", a daily cost
 * of 2920.4 "2,920.40", a missing value "–".
 */
import type { KpiUnit } from "../stats/result-types.js";

/** Shown for a value that is undefined (null). */
export const MISSING = "–";

/** Fixed decimals with thousands separators: 12345.678 → "12,345.68". */
export function fixed(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && Number(text) !== 0 ? "−" : "";
  return `${sign}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** Decimals that keep three significant digits for small values, one for large. */
function decimalsFor(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return 1;
  if (magnitude >= 1) return 2;
  return 3;
}

/** A KPI value in its unit, without the unit name. */
export function formatValue(value: number | null, unit: KpiUnit): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (unit === "share") return `${fixed(value * 100, 1)}%`;
  if (unit === "currency") return fixed(value, 2);
  return fixed(value, decimalsFor(value));
}

/** A signed difference in the KPI's unit ("+1.25", "−3.4 pts" for shares). */
export function formatDifference(value: number | null, unit: KpiUnit): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const sign = value > 0 ? "+" : "";
  if (unit === "share") return `${sign}${fixed(value * 100, 1)} pts`;
  return `${sign}${formatValue(value, unit)}`;
}

/** A signed relative change: 0.381 → "+38.1%". */
export function formatPercentChange(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  return `${value > 0 ? "+" : ""}${fixed(value * 100, 1)}%`;
}

/** An interval "lo – hi" in the KPI's unit. */
export function formatInterval(lo: number | null, hi: number | null, unit: KpiUnit): string {
  if (lo === null || hi === null) return MISSING;
  return `${formatValue(lo, unit)} – ${formatValue(hi, unit)}`;
}

/** Short unit name for table columns. */
export function unitName(unit: KpiUnit): string {
  const names: Record<KpiUnit, string> = {
    min: "min",
    perHour: "per hour",
    share: "%",
    count: "cases",
    cases: "cases",
    currency: "cost",
    casesPerStaffHour: "per staff hour",
  };
  return names[unit];
}
