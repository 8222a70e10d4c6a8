/**
 * The service level by arrival slot table reads in the report's language (title, headers and
 * the met column), while its CSV keeps English column names and raw values, as every CSV does.
 * A slot meets its target by the targets table's rule: the whole interval at or above it.
 */
import { describe, expect, it } from "vitest";
import { serviceLevelSlotTable } from "../../../src/report/service-level-table.js";
import { headerText } from "../../../src/report/i18n/headers.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { tableToCsv } from "../../../src/report/tables.js";
import { targetState } from "../../../src/report/target-state.js";
import type { RunResult } from "../../../src/stats/result-types.js";
import { accountOpeningRun } from "../../fixtures/results/account-opening.js";

/**
 * Four arrival slots against an 80% target: 09:00 met (86%, its interval from 80%), 10:00
 * missed (62%, all below), 11:00 and 12:00 undecided (82.7% and 78.7%, their intervals
 * straddling 80%: the mean alone would call the first met and the second missed).
 */
const result: RunResult = {
  ...accountOpeningRun,
  serviceLevels: [{ name: "等待不超过30分钟", maxWait: 30, target: 0.8, achievedKey: "serviceLevel/等待不超过30分钟/achieved" }],
  timeOfDay: [{
    key: "serviceLevel/等待不超过30分钟/achieved", label: "达标", unit: "share", starts: [540, 600, 660, 720],
    mean: [0.86, 0.62, 0.827, 0.787], lo: [0.8, 0.55, 0.795, 0.752], hi: [0.92, 0.69, 0.858, 0.821],
  }],
};
const metColumn = (table: ReturnType<typeof serviceLevelSlotTable>) => table.columns.find((c) => c.header === "met");
const models = [{ name: "开户", result }];

describe("service level by arrival slot table", () => {
  it("has one row per slot, met, not met or undecided by its interval as the targets table says", () => {
    const table = serviceLevelSlotTable(models);
    expect(table.rows.map((r) => [r.from, r.to, r.state])).toEqual([[540, 600, "met"], [600, 660, "notMet"], [660, 720, "unclear"], [720, 780, "unclear"]]);
    expect(table.rows.map((r) => r.state)).toEqual(table.rows.map((r) => targetState(r, r.target)));
    expect(table.rows.map((r) => metColumn(table)?.text(r))).toEqual(["met", "not met", "undecided", "undecided"]);
  });

  it("is titled, headed and answered in Chinese in a Chinese report", () => {
    inLanguage("zh", () => {
      const table = serviceLevelSlotTable(models);
      expect(table.rows.map((r) => metColumn(table)?.text(r))).toEqual(["达标", "未达标", "未定", "未定"]);
      const shown = [table.title, ...table.columns.filter((c) => !c.csvOnly).map((c) => headerText(c.header)), ...table.rows.map((r) => table.columns.at(-1)?.text(r) ?? "")];
      for (const text of shown) expect(text, text).not.toMatch(/[A-Za-z]{3,}/);
    });
  });

  it("keeps English column names and raw values in its CSV, whatever the language", () => {
    const english = tableToCsv(serviceLevelSlotTable(models));
    expect(english.split("\n")[0]).toBe("model,service level,target,slot,share met,lo,hi,met");
    expect(english.trim().split("\n").slice(1).map((line) => line.split(",").at(-1))).toEqual(["met", "not met", "undecided", "undecided"]);
    expect(inLanguage("zh", () => tableToCsv(serviceLevelSlotTable(models)))).toBe(english);
  });
});
