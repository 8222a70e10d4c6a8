/**
 * The message catalogues: every message id has an English and a Chinese text with the same
 * parameters, every KPI record has its Chinese label with the same subject placeholder, and
 * the language setting is scoped and read by the number formatter.
 */
import { describe, expect, it } from "vitest";
import { CATALOGUES, t, templateParams } from "../../../../src/report/i18n/translate.js";
import { LANGUAGES, currentLanguage, inLanguage } from "../../../../src/report/i18n/language.js";
import { KPI_FAMILIES } from "../../../../src/stats/kpis/registry.js";
import { kpiLabel, kpiShortLabel } from "../../../../src/report/i18n/kpi-label.js";
import type { KpiDef } from "../../../../src/stats/result-types.js";

const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();
const CJK = /[\u4e00-\u9fff]/;

describe("message catalogues", () => {
  const ids = Object.keys(CATALOGUES.en);

  it("has every message id in every language, and nothing more", () => {
    for (const language of LANGUAGES) expect(sorted(Object.keys(CATALOGUES[language]))).toEqual(sorted(ids));
  });

  it.each(ids)("%s: the same parameters in every language", (id) => {
    const params = sorted(templateParams(CATALOGUES.en[id as keyof typeof CATALOGUES.en]));
    for (const language of LANGUAGES) expect(sorted(templateParams(CATALOGUES[language][id as keyof typeof CATALOGUES.en]))).toEqual(params);
  });

  it("has no empty message, and Chinese texts are not copies of the English ones where words are involved", () => {
    const copied = ids.filter((id) => {
      const [en, zh] = [CATALOGUES.en[id as keyof typeof CATALOGUES.en], CATALOGUES.zh[id as keyof typeof CATALOGUES.en]];
      return /[a-z]{3}/.test(en.replace(/\{[^}]*\}/g, "")) && en === zh;
    });
    expect(copied).toEqual(["column.KPI", "column.n", "terminal.proposalHeader", "scope.group"].filter((id) => copied.includes(id)));
    for (const language of LANGUAGES) for (const id of ids) expect(CATALOGUES[language][id as keyof typeof CATALOGUES.en]).not.toBe("");
  });

  it("fills parameters and scopes the language to the work", () => {
    expect(t("decision.perYear", { amount: "CNY 12" })).toBe("CNY 12 a year");
    expect(inLanguage("zh", () => t("decision.perYear", { amount: "CNY 12" }))).toBe("每年 CNY 12");
    expect(currentLanguage()).toBe("en");
    expect(() => inLanguage("zh", () => { throw new Error("boom"); })).toThrow("boom");
    expect(currentLanguage()).toBe("en");
  });
});

describe("KPI labels", () => {
  const records = KPI_FAMILIES.flatMap((family) => family.records.map((record) => ({ family: family.title, record })));

  it.each(records.map((r) => [`${r.family}: ${r.record.metric}`, r.record] as const))("%s has a Chinese label with the same subject", (_, record) => {
    expect(record.labelZh, `labelZh of "${record.label}"`).toBeDefined();
    expect(record.labelZh).toMatch(CJK);
    expect(record.labelZh?.includes("{s}")).toBe(record.label.includes("{s}"));
  });

  const def = (scope: KpiDef["scope"], subject: string, metric: string, label: string): KpiDef => ({ key: `${scope}/${subject}/${metric}`, scope, subject, metric, label, unit: "min", better: "lower" });

  it.each([
    [def("overall", "", "cycleTime.mean", "Mean cycle time (all cases)"), "Mean cycle time", "平均周期时间（全部业务）", "平均周期时间"],
    [def("overall", "", "cycleTime.working.mean", "Mean cycle time in working time (all cases)"), "Mean cycle time in working time", "平均周期时间（按工作时间，全部业务）", "平均周期时间（按工作时间）"],
    [def("step", "柜台", "waitTime.mean", "Mean wait at 柜台"), "Mean wait at 柜台", "柜台平均等待时间", "柜台平均等待时间"],
    [def("class", "对公", "waitTime.mean", "Mean wait of served cases (class 对公)"), "Mean wait of served cases (class 对公)", "已服务业务平均等待时间（类别 对公）", "已服务业务平均等待时间（类别 对公）"],
    [def("pool", "柜员", "utilisation", "Utilisation of 柜员 (busy ÷ available time)"), "Utilisation of 柜员 (busy ÷ available time)", "柜员利用率（忙碌 ÷ 可用时间）", "柜员利用率（忙碌 ÷ 可用时间）"],
  ])("%# reads in both languages", (kpi, shortEn, zh, shortZh) => {
    expect(kpiLabel(kpi)).toBe(kpi.label);
    expect(kpiShortLabel(kpi)).toBe(shortEn);
    expect(inLanguage("zh", () => kpiLabel(kpi))).toBe(zh);
    expect(inLanguage("zh", () => kpiShortLabel(kpi))).toBe(shortZh);
  });

  it("keeps the English label of a KPI no record knows", () => {
    const unknown = def("step", "x", "no.such.metric", "Something at x");
    expect(inLanguage("zh", () => kpiLabel(unknown))).toBe("Something at x");
  });
});
