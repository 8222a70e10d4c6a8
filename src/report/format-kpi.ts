/**
 * Estimates and differences as a planner reads them: digits chosen from the interval's
 * width, shares and their differences in percent and points, no range whose two ends print
 * the same, no difference that is only floating-point noise, no meaningless ratio.
 *
 * A mean wait of 4.2137 min with half-width 0.35 prints "4.21 ± 0.35 min" and "[3.86, 4.56]";
 * a utilisation of 0.8312 ± 0.012 "83.1% ± 1.2 pts"; the RPA proposal's change in mean wait
 * "−663 min [−773, −554]"; a service level that rises by two points "+2.0 pts [+0.4, +3.6]",
 * by 0.12 points "+0.123 pts [+0.001, +0.247]" (the end of a change that holds never reads
 * 0); a pool cost identical in every replication "0"; a pairing gain "3.9×", or nothing when
 * a half-width is zero.
 */
import type { KpiDifference, KpiSummary } from "../stats/result-types.js";
import { excludesZero } from "../stats/ci.js";
import { MISSING, decimalsFor, displayScale, fixed, formatValue, significantDecimals, unitSuffix, type DisplayUnit } from "./format.js";
import { t } from "./i18n/translate.js";

/** The parts of a summary that formatting uses. */
export type Estimate = Pick<KpiSummary, "mean" | "halfWidth" | "lo" | "hi">;

/** Differences smaller than this share of the values compared are floating-point noise. */
const NOISE = 1e-9;

/** Half-widths smaller than this share of the values compared are too small to divide by. */
const RESOLUTION = 1e-6;

/** Pairing gains at or above this are written as "> 100×". */
const MAX_GAIN = 100;

const scaled = (value: number | null, unit: DisplayUnit): number | null => (value === null ? null : value * displayScale(unit));

/** Decimals for an estimate, on its unit's display scale (percent for shares). */
export function decimalsOf(estimate: Estimate, unit: DisplayUnit): number {
  return decimalsFor(scaled(estimate.halfWidth, unit), scaled(estimate.mean, unit));
}

/** The mean alone, at the precision its interval supports ("4.21", "83.1%"). */
export function formatMean(estimate: Estimate | null | undefined, unit: DisplayUnit): string {
  if (!estimate) return MISSING;
  return formatValue(estimate.mean, unit, decimalsOf(estimate, unit));
}

/**
 * "4.21 ± 0.35 min", "83.1% ± 1.2 pts"; a mean with no spread has no "±" ("12.0 min"). An
 * interval that does not reach as far below the mean as above it, as printed — a share's cut
 * at 100%, a 90th-percentile wait's bootstrap interval — is written out instead of a "±" it
 * does not have: "99.967% [99.927%, 100.000%]", "12.4 [10.9, 15.2] min".
 */
export function formatEstimate(estimate: Estimate | null | undefined, unit: DisplayUnit): string {
  if (!estimate || estimate.mean === null || !Number.isFinite(estimate.mean)) return MISSING;
  const decimals = decimalsOf(estimate, unit);
  const mean = formatValue(estimate.mean, unit, decimals);
  const half = estimate.halfWidth === null ? null : fixed(estimate.halfWidth * displayScale(unit), decimals);
  if (half === null || /^0(\.0*)?$/.test(half)) return `${mean}${unitSuffix(unit)}`;
  if (!reachesHalfWidth(estimate, unit, decimals, half)) return `${mean} ${formatInterval(estimate, unit)}${unitSuffix(unit)}`;
  return `${mean} ± ${half}${unit === "share" ? t("suffix.points") : unitSuffix(unit)}`;
}

/** True when the interval's ends lie the half-width `half` below and above the mean, as printed (or are unknown). */
function reachesHalfWidth(estimate: Estimate, unit: DisplayUnit, decimals: number, half: string): boolean {
  const { mean, lo, hi } = estimate;
  if (mean === null || lo === null || hi === null) return true;
  const scale = displayScale(unit);
  return fixed((mean - lo) * scale, decimals) === half && fixed((hi - mean) * scale, decimals) === half;
}

/** "[3.86, 4.56]" (shares "[80.1%, 82.3%]"); one value when both ends print the same; "" when undefined. */
export function formatInterval(estimate: Estimate | null | undefined, unit: DisplayUnit): string {
  if (!estimate || estimate.lo === null || estimate.hi === null) return "";
  const decimals = decimalsOf(estimate, unit);
  const lo = formatValue(estimate.lo, unit, decimals);
  const hi = formatValue(estimate.hi, unit, decimals);
  return lo === hi ? lo : `[${lo}, ${hi}]`;
}

/** The larger of the two means compared: what "small" is measured against. */
function scaleOf(difference: KpiDifference): number {
  return Math.max(Math.abs(difference.current.mean ?? 0), Math.abs(difference.proposed.mean ?? 0));
}

/** True when a paired difference is zero up to floating-point noise (or exactly zero). */
export function isNegligible(difference: KpiDifference): boolean {
  const { mean, lo, hi } = difference.diff;
  const extent = Math.max(Math.abs(mean ?? 0), Math.abs(lo ?? 0), Math.abs(hi ?? 0));
  return extent <= NOISE * scaleOf(difference);
}

/** A difference's mean and interval as separate texts (for separate table columns). */
export interface DifferenceText {
  /** Signed mean with its unit: "−663 min", "+2.0 pts", "0". */
  readonly mean: string;
  /** "[−773, −554]", one value when both ends print the same, "" when none. */
  readonly interval: string;
}

/**
 * Decimals for a paired difference: those of its interval (`decimalsOf`), and for an interval
 * that excludes zero at least one significant digit of the end nearest zero, so a change
 * that holds never reads "+0.12 pts [0.00, +0.25]" (it reads "[+0.001, +0.247]").
 */
export function differenceDecimals(diff: Estimate, unit: DisplayUnit): number {
  const decimals = decimalsOf(diff, unit);
  if (diff.lo === null || diff.hi === null || !excludesZero(diff)) return decimals;
  const nearest = Math.min(Math.abs(diff.lo), Math.abs(diff.hi)) * displayScale(unit);
  // Rounded to its first digit first: 0.000999… needs the decimals of 0.001, not of 0.0009.
  return Math.max(decimals, significantDecimals(Number(nearest.toPrecision(1)), 1));
}

/** The paired difference proposed − current: shares in points, digits from its interval. */
export function differenceText(difference: KpiDifference, unit: DisplayUnit): DifferenceText {
  const { diff } = difference;
  if (diff.mean === null || !Number.isFinite(diff.mean)) return { mean: MISSING, interval: "" };
  if (isNegligible(difference)) return { mean: "0", interval: "" };
  const k = displayScale(unit);
  const decimals = differenceDecimals(diff, unit);
  const signed = (x: number) => fixed(x * k, decimals, true);
  const suffix = unit === "share" ? t("suffix.points") : unitSuffix(unit);
  const mean = signed(diff.mean);
  const meanText = /^0(\.0*)?$/.test(mean) ? "0" : `${mean}${suffix}`;
  if (diff.lo === null || diff.hi === null) return { mean: meanText, interval: "" };
  const [lo, hi] = [signed(diff.lo), signed(diff.hi)];
  return { mean: meanText, interval: lo === hi ? "" : `[${lo}, ${hi}]` };
}

/** "−663 min [−773, −554]": the difference and its interval in one text. */
export function formatDifference(difference: KpiDifference, unit: DisplayUnit): string {
  const { mean, interval } = differenceText(difference, unit);
  return interval ? `${mean} ${interval}` : mean;
}

/**
 * How much narrower pairing made the interval (unpaired / paired half-width): "3.9×".
 * Empty unless both half-widths are meaningful (a zero or noise-sized half-width makes the
 * ratio meaningless); "> 100×" beyond 100.
 */
export function formatPairingGain(difference: KpiDifference): string {
  const paired = difference.diff.halfWidth;
  const unpaired = difference.unpairedHalfWidth;
  const floor = RESOLUTION * scaleOf(difference);
  const meaningful = (hw: number | null): hw is number => hw !== null && Number.isFinite(hw) && hw > floor && hw > 0;
  if (!meaningful(paired) || !meaningful(unpaired)) return "";
  const gain = unpaired / paired;
  return gain >= MAX_GAIN ? `> ${MAX_GAIN}×` : `${fixed(gain, 1)}×`;
}
