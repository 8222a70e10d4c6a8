/**
 * The one number formatter of the terminal, the HTML report and notebooks: Intl.NumberFormat
 * of the language in use (en-US, or zh-CN under `--lang zh`; same bytes on every machine), a
 * true minus sign, never "−0", units worded from the message catalogue, and digits
 * chosen from how precisely the number is known.
 *
 * A mean wait of 4.2137 min known to ±0.35 prints "4.21"; a utilisation of 0.8312 "83.1%";
 * a daily cost of 18,412.5 known to ±310 "18,413"; a missing value "–". Interval-aware
 * formatting of estimates and differences is in `format-kpi.ts`.
 */
import type { KpiUnit } from "../stats/result-types.js";
import { numberLocale } from "./i18n/language.js";
import { t } from "./i18n/translate.js";

/** Shown for a value that is undefined (null, NaN or infinite). */
export const MISSING = "–";

/** The most decimals any number is shown with. */
const MAX_DECIMALS = 6;

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(decimals: number, signed: boolean): Intl.NumberFormat {
  const locale = numberLocale();
  const id = `${locale}${decimals}${signed ? "+" : ""}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    const signDisplay = signed ? "exceptZero" : "auto";
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay });
    formatters.set(id, formatter);
  }
  return formatter;
}

/**
 * A number with fixed decimals and thousands separators: −1234567.891 at 1 → "−1,234,567.9".
 * A value that rounds to zero prints without a sign; `signed` adds "+" to positive values.
 */
export function fixed(value: number, decimals: number, signed = false): string {
  if (!Number.isFinite(value)) return MISSING;
  const places = Math.min(MAX_DECIMALS, Math.max(0, Math.round(decimals)));
  const text = formatterFor(places, signed).format(value);
  return (/^-0(\.0*)?$/.test(text) ? text.slice(1) : text).replace("-", "−");
}

/** Decimals that show `digits` significant digits of `x` (0 when x is 0 or not finite). */
export function significantDecimals(x: number, digits: number): number {
  const magnitude = Math.abs(x);
  if (!(magnitude > 0) || !Number.isFinite(magnitude)) return 0;
  return Math.min(MAX_DECIMALS, Math.max(0, digits - 1 - Math.floor(Math.log10(magnitude))));
}

/** The most significant digits an estimate is shown with, however narrow its interval. */
const MAX_SIGNIFICANT = 6;

/** The fewest decimals, at most `most`, that show `value` as it reads at `most` decimals: 12.0010 → 3, 100.000 → 0. */
function plainDecimals(value: number, most: number): number {
  const text = Math.abs(value).toFixed(most);
  const fraction = text.includes(".") ? text.slice(text.indexOf(".") + 1).replace(/0+$/, "") : "";
  return fraction.length;
}

/**
 * Decimals for a value known to ±halfWidth (both on the display scale): two significant
 * digits of the half-width, but never more than six significant digits of the value; a
 * value known exactly (half-width 0) or to better than six digits is shown plainly, trailing
 * zeros dropped (100.0000001 ± 1e-9 → "100", 12.001 ± 0 → "12.001"); without a half-width
 * (one replication), three significant digits of the value.
 */
export function decimalsFor(halfWidth: number | null, value: number | null): number {
  if (halfWidth === null || !Number.isFinite(halfWidth) || halfWidth < 0) return significantDecimals(value ?? 0, 3);
  const v = value ?? 0;
  const most = significantDecimals(v, MAX_SIGNIFICANT);
  if (v === 0 || !Number.isFinite(v)) return halfWidth > 0 ? significantDecimals(halfWidth, 2) : 0;
  // Two significant digits of the half-width, before any cap: 1e-10 asks for 11 decimals.
  const fromWidth = halfWidth > 0 ? 1 - Math.floor(Math.log10(halfWidth)) : Infinity;
  return fromWidth <= most ? Math.max(0, fromWidth) : plainDecimals(v, most);
}

/**
 * The unit a KPI is shown in: its own, or hours for a time in minutes that runs past ten hours
 * (a loan's cycle time of 2,078 min shows as 34.6 h; the values stay in minutes).
 */
export type DisplayUnit = KpiUnit | "hours";

/** Times from this many minutes on show in hours (as the charts' time axes do). */
export const HOURS_FROM_MINUTES = 600;

/** The display unit of a KPI in `unit` whose means include `means`: hours for long times in minutes. */
export function displayUnitFor(unit: KpiUnit, means: readonly (number | null | undefined)[]): DisplayUnit {
  if (unit !== "min") return unit;
  return means.some((m) => m !== null && m !== undefined && Math.abs(m) >= HOURS_FROM_MINUTES) ? "hours" : unit;
}

/** The factor from a KPI's value to its display scale: shares show as percent, long times in hours. */
export function displayScale(unit: DisplayUnit): number {
  return unit === "share" ? 100 : unit === "hours" ? 1 / 60 : 1;
}

/** Unit text after a value ("4.2 min", "34.6 h", "6.1 /h"); shares carry "%" themselves. */
export function unitSuffix(unit: DisplayUnit): string {
  if (unit === "min" || unit === "hours" || unit === "perHour" || unit === "casesPerStaffHour") return t(`suffix.${unit}`);
  return "";
}

/**
 * Short unit name for a table's unit column; "" for plain counts, whose label names them.
 * Money is named by the model's `currency` ("CNY") when it declares one.
 */
export function unitName(unit: DisplayUnit, currency: string | null = null): string {
  if (unit === "share") return "%";
  if (unit === "currency" && currency) return currency;
  if (unit === "count") return "";
  return t(`unit.${unit}`);
}

/**
 * A KPI value in its unit, without the unit name: shares as "83.1%". `decimals` is on the
 * display scale (percent for shares); by default three significant digits of the value.
 */
export function formatValue(value: number | null, unit: DisplayUnit, decimals?: number): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const shown = value * displayScale(unit);
  const text = fixed(shown, decimals ?? decimalsFor(null, shown));
  return unit === "share" ? `${text}%` : text;
}

/** A signed relative change: 0.381 → "+38.1%", −0.00004 → "0.0%". */
export function formatPercentChange(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  return `${fixed(value * 100, 1, true)}%`;
}

/** "09:00" for 540 minutes after midnight; "24:00" for midnight at the end of a day. */
export function clockTime(minutes: number): string {
  const whole = Math.round(minutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

/** Up to one decimal, none when whole: 14 → "14", 1.5 → "1.5". */
function compact(value: number): string {
  const tenths = Math.round(value * 10) / 10;
  return fixed(tenths, Number.isInteger(tenths) ? 0 : 1);
}

/**
 * A length of time in the unit a reader thinks in: 20,160 min → "14 days", 1 day → "1 day",
 * 90 → "1.5 h", 45 → "45 min", 0.5 → "30 s".
 */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes)) return MISSING;
  const m = Math.abs(minutes);
  if (m >= 1440) {
    const days = compact(minutes / 1440);
    return t(days === "1" ? "duration.day" : "duration.days", { n: days });
  }
  if (m >= 60) return t("duration.hours", { n: compact(minutes / 60) });
  // A call centre's "answered within 30 s" reads in seconds, not as 0.5 min.
  if (m > 0 && m < 1) return t("duration.seconds", { n: compact(minutes * 60) });
  return t("duration.minutes", { n: compact(minutes) });
}

const moneyFormatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount of money: with an ISO 4217 code "CNY 83,934" (Intl currency formatting, en-US
 * digits, the code rather than a symbol so "¥" is never ambiguous); without one, a plain
 * number "83,934". `decimals` defaults to none (amounts a planner compares per period).
 */
export function formatMoney(amount: number | null, currency: string | null, decimals = 0, signed = false): string {
  if (amount === null || !Number.isFinite(amount)) return MISSING;
  if (!currency) return fixed(amount, decimals, signed);
  const locale = numberLocale();
  const id = `${locale}${currency}${decimals}${signed ? "+" : ""}`;
  let formatter = moneyFormatters.get(id);
  if (!formatter) {
    const options = { style: "currency", currency, currencyDisplay: "code", minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: signed ? "exceptZero" : "auto" } as const;
    formatter = new Intl.NumberFormat(locale, options);
    moneyFormatters.set(id, formatter);
  }
  const text = formatter.format(amount).replace(/\u00a0/g, " ");
  return /^[-+]?\D*0(\.0*)?$/.test(text.replace(/[A-Z]{3}\s?/, "")) ? formatter.format(0).replace(/\u00a0/g, " ") : text.replace("-", "−");
}
