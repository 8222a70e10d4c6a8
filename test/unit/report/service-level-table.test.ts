/**
 * The service level by arrival slot table reads in the report's language (title, headers and
 * the met column), while its CSV keeps English column names and raw values, as every CSV does.
 */
import { describe, expect, it } from "vitest";
import { serviceLevelSlotTable } from "../../../src/report/service-level-table.js";
import { headerText } from "../../../src/report/i18n/headers.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { tableToCsv } from "../../../src/report/tables.js";
import type { RunResult } from "../../../src/stats/result-types.js";
import { accountOpeningRun } from "../../fixtures/results/account-opening.js";

/** Two arrival slots: 09:00 met (86%), 10:00 missed (62%), against an 80% target. */
const result: RunResult = {
  ...accountOpeningRun,
  serviceLevels: [{ name: "等待不超过30分钟", maxWait: 30, target: 0.8, achievedKey: "serviceLevel/等待不超过30分钟/achieved" }],
  timeOfDay: [{ key: "serviceLevel/等待不超过30分钟/achieved", label: "达标", unit: "share", starts: [540, 600], mean: [0.86, 0.62], lo: [0.8, 0.55], hi: [0.92, 0.69] }],
};
const models = [{ name: "开户", result }];

describe("service level by arrival slot table", () => {
  it("has one row per slot, met or not against the target", () => {
    const table = serviceLevelSlotTable(models);
    expect(table.rows.map((r) => [r.from, r.to, r.mean >= r.target])).toEqual([[540, 600, true], [600, 660, false]]);
    expect(table.rows.map((r) => table.columns.at(-1)?.text(r))).toEqual(["yes", "no"]);
  });

  it("is titled, headed and answered in Chinese in a Chinese report", () => {
    inLanguage("zh", () => {
      const table = serviceLevelSlotTable(models);
      expect(table.rows.map((r) => table.columns.at(-1)?.text(r))).toEqual(["是", "否"]);
      const shown = [table.title, ...table.columns.filter((c) => !c.csvOnly).map((c) => headerText(c.header)), ...table.rows.map((r) => table.columns.at(-1)?.text(r) ?? "")];
      for (const text of shown) expect(text, text).not.toMatch(/[A-Za-z]{3,}/);
    });
  });

  it("keeps English column names and raw values in its CSV, whatever the language", () => {
    const english = tableToCsv(serviceLevelSlotTable(models));
    expect(english.split("\n")[0]).toBe("model,service level,target,slot,share met,lo,hi,met");
    expect(inLanguage("zh", () => tableToCsv(serviceLevelSlotTable(models)))).toBe(english);
  });
});
