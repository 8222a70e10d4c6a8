/**
 * The one number formatter, case by case: digits from the interval's width, shares in
 * percent and their differences in points, no zero-width range, no "−0", no difference made
 * of floating-point noise, no meaningless pairing gain, tiny and huge values.
 */
import { describe, expect, it } from "vitest";
import { clockTime, decimalsFor, displayUnitFor, fixed, formatDuration, formatMoney, formatPercentChange, formatValue, significantDecimals, unitName } from "../../../src/report/format.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { differenceText, formatEstimate, formatInterval, formatMean, formatPairingGain } from "../../../src/report/format-kpi.js";
import type { KpiDifference, KpiSummary, KpiUnit } from "../../../src/stats/result-types.js";

const summary = (mean: number | null, halfWidth: number | null): KpiSummary => ({
  key: "k",
  n: 20,
  mean,
  sd: halfWidth,
  halfWidth,
  lo: mean === null || halfWidth === null ? null : mean - halfWidth,
  hi: mean === null || halfWidth === null ? null : mean + halfWidth,
});

/** A paired difference with current/proposed means, the diff's mean and half-width, and the unpaired half-width. */
function difference(current: number, proposed: number, diffMean: number, diffHalfWidth: number, unpaired: number | null = diffHalfWidth * 2): KpiDifference {
  return {
    key: "k",
    current: summary(current, 1),
    proposed: summary(proposed, 1),
    diff: summary(diffMean, diffHalfWidth),
    relativeChange: current ? diffMean / Math.abs(current) : null,
    significant: Math.abs(diffMean) > diffHalfWidth,
    unpairedHalfWidth: unpaired,
  };
}

describe("numbers", () => {
  it.each([
    [-1234567.891, 1, false, "−1,234,567.9"],
    [-0.0001, 2, false, "0.00"],
    [-0.0001, 2, true, "0.00"],
    [0, 0, true, "0"],
    [3, 1, true, "+3.0"],
    [-3, 1, true, "−3.0"],
    [1e15, 0, false, "1,000,000,000,000,000"],
    [1.23456789, 12, false, "1.234568"],
    [Number.NaN, 2, false, "–"],
    [Number.POSITIVE_INFINITY, 2, false, "–"],
  ])("fixed(%s, %s, signed %s) = %s", (value, decimals, signed, expected) => {
    expect(fixed(value, decimals, signed)).toBe(expected);
  });

  it.each([
    [0.35, 2, 2],
    [310, 2, 0],
    [0.00012, 2, 5],
    [1e-12, 2, 6],
    [0, 2, 0],
    [Number.NaN, 2, 0],
  ])("significantDecimals(%s, %s) = %s", (x, digits, expected) => {
    expect(significantDecimals(x, digits)).toBe(expected);
  });

  it.each<[number | null, number | null, number, string]>([
    [0.35, 4.2137, 2, "two significant digits of the half-width"],
    [0.0004, 1.23456789, 5, "the half-width's digits while the value shows at most six significant digits"],
    [0.00004, 1.23456789, 5, "at most six significant digits of the value, however narrow the interval"],
    [1e-9, 12.001, 3, "a negligible half-width: the value plainly, trailing zeros dropped (not 12.001000)"],
    [1e-10, 100.0000000001, 0, "a deterministic 100 min: 100, not 100.000000"],
    [1e-9, 123456.7891, 0, "six significant digits of a large value"],
    [0, 4.2137, 4, "a zero half-width: the value plainly"],
    [0, 12, 0, "a zero half-width on a whole value: no decimals"],
    [0.003, 0, 4, "a zero value: the half-width's digits"],
    [0, 0, 0, "zero known exactly"],
    [null, 116.44, 0, "no half-width (one replication): three significant digits of the value"],
    [null, 0, 0, "no half-width, zero value"],
  ])("decimalsFor(%s, %s) = %s: %s", (halfWidth, value, expected) => {
    expect(decimalsFor(halfWidth, value)).toBe(expected);
  });

  it.each<[number | null, KpiUnit, string]>([
    [0.8812, "share", "88.1%"],
    [2920.4, "currency", "2,920"],
    [18.234, "min", "18.2"],
    [116.44, "min", "116"],
    [0.000123, "perHour", "0.000123"],
    [123456789, "count", "123,456,789"],
    [null, "min", "–"],
  ])("formatValue(%s, %s) = %s", (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it("writes a relative change signed, and one that rounds to zero without a sign", () => {
    expect(formatPercentChange(0.381)).toBe("+38.1%");
    expect(formatPercentChange(-0.00004)).toBe("0.0%");
    expect(formatPercentChange(null)).toBe("–");
  });

  it("names the unit of the quantity: plain counts (staff hours, visits) are not called cases", () => {
    expect(unitName("count")).toBe("");
    expect(unitName("cases")).toBe("cases");
    expect(unitName("share")).toBe("%");
  });

  it("shows times in minutes until one of the values compared reaches ten hours, then in hours", () => {
    expect(displayUnitFor("min", [599, 120])).toBe("min");
    expect(displayUnitFor("min", [599, 600])).toBe("hours");
    expect(displayUnitFor("min", [-700, null])).toBe("hours");
    expect(displayUnitFor("perHour", [900])).toBe("perHour");
    expect(formatValue(2078, "hours", 1)).toBe("34.6");
    expect(inLanguage("zh", () => unitName("hours"))).toBe("小时");
  });

  it("names money by the model's currency when it declares one, else as cost", () => {
    expect(unitName("currency", "CNY")).toBe("CNY");
    expect(unitName("currency")).toBe("cost");
    expect(unitName("min", "CNY")).toBe("min");
  });
});

describe("estimates", () => {
  it.each<[KpiSummary, KpiUnit, string, string]>([
    [summary(4.2137, 0.35), "min", "4.21 ± 0.35 min", "[3.86, 4.56]"],
    [summary(0.8312, 0.012), "share", "83.1% ± 1.2 pts", "[81.9%, 84.3%]"],
    [summary(18412.5, 310), "currency", "18,413 ± 310", "[18,103, 18,723]"],
    [summary(12, 0), "min", "12 min", "12"],
    [summary(0.12, 0), "share", "12%", "12%"],
    [summary(12.001, 1e-9), "min", "12.001 min", "12.001"],
    [summary(100.0000000001, 1e-10), "min", "100 min", "100"],
    [summary(0.8312, 1e-9), "share", "83.12%", "83.12%"],
    [summary(1.23456789, 0.00004), "min", "1.23457 ± 0.00004 min", "[1.23453, 1.23461]"],
    [summary(0, 0), "share", "0%", "0%"],
    [summary(7, null), "min", "7.00 min", ""],
    [summary(null, null), "min", "–", ""],
  ])("%o in %s is %s with interval %s", (estimate, unit, text, interval) => {
    expect(formatEstimate(estimate, unit)).toBe(text);
    expect(formatInterval(estimate, unit)).toBe(interval);
  });

  it("writes out an interval that is not mean ± half-width as printed (cut at 100%, bootstrap)", () => {
    // A voucher check passed by 99.967% of cases, its interval cut at 100%.
    const cut = { mean: 0.99967, halfWidth: 0.0004, lo: 0.99927, hi: 1 };
    expect(formatEstimate(cut, "share")).toBe("99.967% [99.927%, 100.000%]");
    // A 90th-percentile wait's bootstrap interval, longer above the mean than below.
    const skewed = { mean: 12.4, halfWidth: 2.15, lo: 10.9, hi: 15.2 };
    expect(formatEstimate(skewed, "min")).toBe("12.4 [10.9, 15.2] min");
    // Symmetric up to the printed digits: still "±".
    expect(formatEstimate({ mean: 4.2137, halfWidth: 0.35, lo: 3.8637001, hi: 4.5637 }, "min")).toBe("4.21 ± 0.35 min");
  });

  it("never prints a zero-width interval as a range", () => {
    expect(formatInterval({ mean: 0.12, halfWidth: 0, lo: 0.12, hi: 0.12 }, "share")).toBe("12%");
  });

  it("shows the mean at the precision of its own interval", () => {
    expect(formatMean(summary(1005.3, 110), "min")).toBe("1,005");
    expect(formatMean(summary(0.0891, 0.016), "min")).toBe("0.089");
    expect(formatMean(undefined, "min")).toBe("–");
  });
});

describe("differences", () => {
  it.each<[KpiDifference, KpiUnit, string, string]>([
    [difference(1005, 342, -663, 110), "min", "−663 min", "[−773, −553]"],
    [difference(0.8936, 0.913, 0.0197, 0.016), "share", "+2.0 pts", "[+0.4, +3.6]"],
    [difference(100, 100, 0, 0), "min", "0", ""],
    [difference(16.68, 16.68, -1e-14, 2e-14), "min", "0", ""],
    [difference(0, 0, 0, 0), "share", "0", ""],
    [difference(8595, 0, -8595, 15), "currency", "−8,595", "[−8,610, −8,580]"],
    [difference(50, 52, 2, 0), "min", "+2 min", ""],
    [difference(100, 100.5, 0.5000000001, 1e-10), "min", "+0.5 min", ""],
  ])("%#: %s", (d, unit, mean, interval) => {
    expect(differenceText(d, unit)).toEqual({ mean, interval });
  });

  it("says share points in the language in use", () => {
    const d = difference(0.8936, 0.913, 0.0197, 0.016);
    expect(inLanguage("zh", () => differenceText(d, "share"))).toEqual({ mean: "+2.0 个百分点", interval: "[+0.4, +3.6]" });
    expect(inLanguage("zh", () => formatEstimate(summary(0.8312, 0.012), "share"))).toBe("83.1% ± 1.2 个百分点");
  });

  it.each<[KpiDifference, KpiUnit, string, string]>([
    // A service level up 0.12 points whose interval starts just above 0: "[0.00, +0.24]" before.
    [difference(0.9452, 0.9465, 0.0012, 0.00119), "share", "+0.120 pts", "[+0.001, +0.239]"],
    // A cost per case down 0.0015 whose interval ends just below 0: "[−0.0030, 0.0000]" before.
    [difference(4.383, 4.381, -0.0015, 0.00149), "currency", "−0.00150", "[−0.00299, −0.00001]"],
    // An interval that takes in 0 keeps the digits of its width: an end may read 0 there.
    [difference(0.9452, 0.9465, 0.0012, 0.00121), "share", "+0.12 pts", "[0.00, +0.24]"],
  ])("%#: shows the end nearest 0 of a change that holds as a number other than 0", (d, unit, mean, interval) => {
    expect(differenceText(d, unit)).toEqual({ mean, interval });
  });

  it("never prints −0.0000 for a difference that is noise", () => {
    const noise = difference(0.5, 0.5, -3e-17, 4e-17);
    expect(differenceText(noise, "min").mean).not.toMatch(/[−-]0/);
  });
});

describe("pairing gain", () => {
  it.each<[KpiDifference, string]>([
    [difference(1005, 342, -663, 110, 429), "3.9×"],
    [difference(100, 90, -10, 1, 1), "1.0×"],
    [difference(100, 90, -10, 0, 14), ""],
    [difference(9.998, 9.997, -0.001, 1e-13, 14), ""],
    [difference(100, 100, 0, 0, 0), ""],
    [difference(100, 90, -10, 0.001, 5), "> 100×"],
    [difference(100, 90, -10, 1, null), ""],
  ])("%#: %s", (d, expected) => {
    expect(formatPairingGain(d)).toBe(expected);
  });
});

describe("durations, clock times and money", () => {
  it.each<[number, string]>([
    [20_160, "14 days"],
    [1440, "1 day"],
    [2160, "1.5 days"],
    [90, "1.5 h"],
    [60, "1 h"],
    [45, "45 min"],
    [0.5, "30 s"],
    [1, "1 min"],
    [0, "0 min"],
    [Number.NaN, "–"],
  ])("formatDuration(%s) = %s", (minutes, expected) => {
    expect(formatDuration(minutes)).toBe(expected);
  });

  it.each<[number, string]>([
    [540, "09:00"],
    [1050, "17:30"],
    [1440, "24:00"],
  ])("clockTime(%s) = %s", (minutes, expected) => {
    expect(clockTime(minutes)).toBe(expected);
  });

  it.each<[number | null, string | null, number, boolean, string]>([
    [83_934.4, "CNY", 0, false, "CNY 83,934"],
    [-5690, "CNY", 0, true, "−CNY 5,690"],
    [5690, "EUR", 0, true, "+EUR 5,690"],
    [-0.2, "CNY", 0, true, "CNY 0"],
    [12.345, "USD", 2, false, "USD 12.35"],
    [1234.5, null, 0, false, "1,235"],
    [-1234.5, null, 0, true, "−1,235"],
    [null, "CNY", 0, false, "–"],
  ])("formatMoney(%s, %s, %s, signed %s) = %s", (amount, currency, decimals, signed, expected) => {
    expect(formatMoney(amount, currency, decimals, signed)).toBe(expected);
  });
});
