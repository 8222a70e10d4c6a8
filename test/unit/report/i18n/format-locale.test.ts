/**
 * The one formatter in both languages, edge case by edge case: the same digits and grouping
 * (zh-CN groups like en-US), a true minus, no "−0", units and durations worded per language,
 * money with the ISO code, zero-width intervals shown as one value.
 */
import { describe, expect, it } from "vitest";
import { fixed, formatDuration, formatMoney, formatPercentChange, formatValue, unitName, unitSuffix } from "../../../../src/report/format.js";
import { differenceText, formatEstimate, formatInterval } from "../../../../src/report/format-kpi.js";
import { inLanguage, type Language } from "../../../../src/report/i18n/language.js";
import type { KpiDifference, KpiSummary, KpiUnit } from "../../../../src/stats/result-types.js";

const summary = (mean: number, halfWidth: number | null): KpiSummary => ({
  key: "k", n: 20, mean, sd: halfWidth, halfWidth,
  lo: halfWidth === null ? null : mean - halfWidth, hi: halfWidth === null ? null : mean + halfWidth,
});
const both = (language: Language, work: () => string) => inLanguage(language, work);

describe("numbers in both languages", () => {
  it.each([
    ["en", () => fixed(-1234567.891, 1), "−1,234,567.9"],
    ["zh", () => fixed(-1234567.891, 1), "−1,234,567.9"],
    ["zh", () => fixed(-0.0001, 2, true), "0.00"],
    ["zh", () => fixed(3, 1, true), "+3.0"],
    ["zh", () => fixed(1e15, 0), "1,000,000,000,000,000"],
    ["zh", () => fixed(Number.NaN, 2), "–"],
    ["zh", () => formatValue(0.8312, "share"), "83.1%"],
    ["zh", () => formatValue(1e-9, "min"), "0.000000"],
    ["zh", () => formatPercentChange(-0.00004), "0.0%"],
    ["en", () => formatMoney(-1139000, "CNY", 0, true), "−CNY 1,139,000"],
    ["zh", () => formatMoney(-1139000, "CNY", 0, true), "−CNY 1,139,000"],
    ["zh", () => formatMoney(0.0001, "CNY", 2, true), "CNY 0.00"],
    ["zh", () => formatMoney(15634, null), "15,634"],
  ] as const)("%s: %s", (language, work, expected) => {
    expect(both(language, work)).toBe(expected);
  });
});

describe("units and durations", () => {
  it.each([
    ["min", "min", " min", "分钟", " 分钟"],
    ["perHour", "per hour", " /h", "每小时", " /小时"],
    ["share", "%", "", "%", ""],
    ["count", "", "", "", ""],
    ["cases", "cases", "", "笔", ""],
    ["currency", "cost", "", "成本", ""],
    ["casesPerStaffHour", "per staff hour", " /staff-h", "每人工时", " /人工时"],
  ] as const)("%s", (unit: KpiUnit, nameEn, suffixEn, nameZh, suffixZh) => {
    expect([unitName(unit), unitSuffix(unit)]).toEqual([nameEn, suffixEn]);
    expect(both("zh", () => `${unitName(unit)}|${unitSuffix(unit)}`)).toBe(`${nameZh}|${suffixZh}`);
  });

  it.each([
    [20160, "14 days", "14 天"],
    [1440, "1 day", "1 天"],
    [90, "1.5 h", "1.5 小时"],
    [45, "45 min", "45 分钟"],
    [0.5, "30 s", "30 秒"],
  ])("%s minutes", (minutes, en, zh) => {
    expect(formatDuration(minutes)).toBe(en);
    expect(both("zh", () => formatDuration(minutes))).toBe(zh);
  });
});

describe("intervals in Chinese", () => {
  it("shows a zero-width interval as one value, never a range", () => {
    expect(both("zh", () => formatInterval(summary(0.12, 0), "share"))).toBe(formatInterval(summary(0.12, 0), "share"));
    expect(formatInterval(summary(0.12, 0), "share")).not.toContain("–");
    expect(both("zh", () => formatEstimate(summary(4.2137, 0.35), "min"))).toBe("4.21 ± 0.35 分钟");
  });

  it("writes share differences in points and minutes with the Chinese unit", () => {
    const d = (mean: number, half: number): KpiDifference => ({
      key: "k", current: summary(1, 0.1), proposed: summary(1 + mean, 0.1), diff: summary(mean, half), relativeChange: mean, significant: true, unpairedHalfWidth: half * 2,
    });
    expect(both("zh", () => differenceText(d(0.39, 0.02), "share").mean)).toBe("+39.0 个百分点");
    expect(both("zh", () => differenceText(d(-2203, 56), "min").mean)).toBe("−2,203 分钟");
  });
});
