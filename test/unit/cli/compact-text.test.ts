/**
 * The compact terminal output of `compare` and `run`: the decision summary and the key KPIs
 * within 30 lines (two more for the report path) and never wider than the terminal, measured
 * by display width, for every bundled comparison and a Chinese-named model in Chinese; and
 * the language chosen by `--lang` over the model's `language:` field.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compareFiles } from "../../../src/api/compare.js";
import { loadModels, simulateFile } from "../../../src/api/simulate.js";
import { comparisonContextOf, runContextOf } from "../../../src/api/model-facts.js";
import { formatCompactComparison, formatCompactRun } from "../../../src/cli/compact-text.js";
import { comparisonDecisionSummary, runDecisionSummary } from "../../../src/report/decision-summary.js";
import { inLanguage, type Language } from "../../../src/report/i18n/language.js";
import { displayWidth } from "../../../src/report/table-text.js";

/** Lines the compact output may use: 30, less the blank line and "Report: …" the CLI adds. */
const MOST_LINES = 28;
const OPTIONS = { replications: 4, workers: 1 };

const COMPARISONS = [
  ["scenarios/account-opening.yaml", "scenarios/account-opening-rpa-proposed.yaml", "en"],
  ["scenarios/loan-factory.yaml", "scenarios/loan-factory-prereview-proposed.yaml", "en"],
  ["scenarios/call-centre.yaml", "scenarios/call-centre-callback-team-proposed.yaml", "en"],
  ["scenarios/branch-counter.yaml", "scenarios/branch-counter-lunch-proposed.yaml", "en"],
  ["examples/贷款审批.yaml", "examples/贷款审批-增加审批员.yaml", "zh"],
] as const;

const lines = (text: string) => text.replace(/\n$/, "").split("\n");

async function compactComparison(current: string, proposal: string, language: Language, width: number): Promise<string> {
  const models = loadModels([current, proposal]);
  const outcome = await compareFiles(current, [proposal], OPTIONS);
  if (!models.ok || !outcome.ok) throw new Error(`${current} did not load`);
  return inLanguage(language, () => {
    const summary = comparisonDecisionSummary(outcome.value, comparisonContextOf(models.value, outcome.value, OPTIONS));
    return formatCompactComparison(summary, outcome.value, width);
  });
}

describe("compact compare output", () => {
  it.each(COMPARISONS.flatMap(([current, proposal, language]) => [80, 120].map((width) => [current, proposal, language, width] as const)))(
    "%s vs %s (%s) at %i columns: at most 28 lines, none wider than the terminal",
    async (current, proposal, language, width) => {
      const text = await compactComparison(current, proposal, language, width);
      expect(lines(text).length).toBeLessThanOrEqual(MOST_LINES);
      expect(Math.max(...lines(text).map(displayWidth))).toBeLessThanOrEqual(width);
      expect(text).toContain(language === "zh" ? "决策摘要" : "Decision summary");
      expect(text).toContain(language === "zh" ? "关键 KPI" : "Key KPIs");
    },
    60_000,
  );

  it("words the Chinese model's summary in Chinese: question, targets, cost per year, the key KPIs", async () => {
    const text = await compactComparison("examples/贷款审批.yaml", "examples/贷款审批-增加审批员.yaml", "zh", 80);
    expect(text).toContain("拟议方案“增加一名审批员”是否优于当前方案“个人贷款审批（现状）”？");
    expect(text).toMatch(/每年成本（CNY）：[\d,]+ → [\d,]+；变化 \+[\d,]+/);
    expect(text).toMatch(/审批等待不超过4小时：(达标|未达标|未定) /);
    expect(text).toContain("平均周期时间");
    expect(text).not.toMatch(/Mean|cycle time|replications|Decision/);
  }, 60_000);
});

describe("compact run output", () => {
  it.each([80, 120])("the branch counter at %i columns", async (width) => {
    const path = "scenarios/branch-counter.yaml";
    const models = loadModels([path]);
    const outcome = await simulateFile(path, OPTIONS);
    if (!models.ok || !outcome.ok) throw new Error("did not load");
    const text = formatCompactRun(runDecisionSummary(outcome.value, runContextOf(models.value[0], outcome.value, OPTIONS)), outcome.value, width);
    expect(lines(text).length).toBeLessThanOrEqual(MOST_LINES);
    expect(Math.max(...lines(text).map(displayWidth))).toBeLessThanOrEqual(width);
    expect(text).toMatch(/counter wait within 5 min: (met|not met|undecided) \d/);
    expect(text).toContain("Cost per year (CNY): ");
    expect(text).toMatch(/^ {2}KPI +unit +mean +95% CI$/m);
    expect(text).toMatch(/^ {2}Mean cycle time +min +[\d.]+ /m);
    // Money is named by the model's currency, as in the cost line above.
    expect(text).toMatch(/^ {2}Cost per completed case +CNY +[\d.]+ /m);
  }, 60_000);

  it("names money by the model's currency in the key KPIs of a comparison", async () => {
    const text = await compactComparison("scenarios/branch-counter.yaml", "scenarios/branch-counter-lunch-proposed.yaml", "en", 120);
    expect(text).toMatch(/^ {2}Cost per completed case +CNY +[\d.]+ +[\d.]+ /m);
    expect(text).not.toMatch(/ cost +[\d.]+ /);
  }, 60_000);
});

describe("the language of the CLI", () => {
  const BIN = resolve("bin/procsim.js");
  const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args, "--replications", "2", "--workers", "1", "--no-report"], { encoding: "utf8", env: { ...process.env, COLUMNS: "80" } });

  it("speaks the model's language: field, and --lang wins over it", () => {
    const zh = cli("run", "examples/贷款审批.yaml");
    expect(zh.status, zh.stderr).toBe(0);
    expect(zh.stdout).toContain("决策摘要");
    const en = cli("run", "examples/贷款审批.yaml", "--lang", "en");
    expect(en.stdout).toContain("Decision summary");
    expect(en.stdout).not.toContain("决策摘要");
    const chinese = cli("compare", "scenarios/branch-counter.yaml", "scenarios/branch-counter-lunch-proposed.yaml", "--lang", "zh");
    expect(chinese.stdout.replace(/\n/g, " ")).toContain("拟议方案“Branch counter with two more tellers over lunch”是否优于当前方案“Branch counter (one business day)”？");
    expect(chinese.stdout).toContain("每年成本（CNY）");
  }, 120_000);

  it("refuses a language it does not speak, exit 2 without a stack trace", () => {
    const bad = cli("run", "scenarios/branch-counter.yaml", "--lang", "fr");
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/lang/);
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
  }, 60_000);
});
