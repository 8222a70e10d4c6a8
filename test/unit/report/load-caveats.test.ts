/**
 * A pool offered more work than it has is a caveat of the report, in the report's language:
 * the same sentence the terminal prints when the model loads (overall ρ ≥ 1, or the worst
 * peak hour), on its own for a run and prefixed with the model for one model of a comparison.
 */
import { describe, expect, it } from "vitest";
import { loadModels } from "../../../src/api/simulate.js";
import { modelFactsOf } from "../../../src/api/model-facts.js";
import { loadModelText } from "../../../src/model/source/load.js";
import type { Model } from "../../../src/model/compile/model.js";
import type { PeakDayFacts } from "../../../src/report/model-facts.js";
import type { ModelIssue } from "../../../src/model/source/issues.js";
import { comparisonCaveats, runCaveats } from "../../../src/report/caveats.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { accountOpeningComparison, accountOpeningRun } from "../../fixtures/results/account-opening.js";

/** One clerk, open around the clock, at 20 files an hour through six steps of 1…6 minutes: ρ = 20 × 21 / 60 = 7. */
const OVERLOADED = `name: many
run: { horizon: 8h }
arrivals: [ { name: files, ratePerHour: 20 } ]
resources: { clerk: { capacity: 1 } }
steps:
${[1, 2, 3, 4, 5, 6].map((minutes) => `  - { name: s${minutes}, resource: clerk, duration: ${minutes} }`).join("\n")}
`;

function loadText(text: string): { model: Model; warnings: readonly ModelIssue[] } {
  const loaded = loadModelText(text, "model.yaml");
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return { model: loaded.model, warnings: loaded.warnings };
}

/** The terminal's warning as a sentence: capital first letter, full stop. */
const sentence = (issue: ModelIssue | undefined): string => `${issue?.message.charAt(0).toUpperCase()}${issue?.message.slice(1)}.`;

describe("load caveats", () => {
  it("an overloaded pool's warning is a caveat of the run, in English as the terminal words it", () => {
    const { model, warnings } = loadText(OVERLOADED);
    const facts = modelFactsOf(model);
    const caveats = runCaveats(accountOpeningRun, facts);
    expect(caveats[0]).toBe(sentence(warnings.find((w) => w.code === "overloaded")));
    expect(caveats[0]).toContain("shorten s6, s5, s4 (the busiest of its 6 steps)");
  });

  it("and in Chinese in a Chinese report", () => {
    const facts = modelFactsOf(loadText(OVERLOADED).model);
    const [caveat] = inLanguage("zh", () => runCaveats(accountOpeningRun, facts));
    expect(caveat).toBe("资源“clerk”每周承接 1176 服务小时的工作量，而在岗时间只有 168 小时（利用率 ρ = 7 ≥ 1）；其排队在整个运行期间不断增长——请增加人手、缩短 s6、s5、s4（其 6 个环节中最繁忙的几个）的处理时间，或降低到达率。");
  });

  it("a pool swamped in its peak hour is a caveat, from the bundled recorded branch day", () => {
    const loaded = loadModels(["examples/recorded-branch-day.yaml"]);
    if (!loaded.ok) throw new Error("the bundled example must load");
    const facts = modelFactsOf(loaded.value[0]);
    const peak = loaded.warnings.find((w) => w.code === "peakOverload");
    expect(peak?.message).toContain(" on the recorded day from 12:00 to 13:00");
    expect(runCaveats(accountOpeningRun, facts)[0]).toBe(sentence(peak));
    expect(inLanguage("zh", () => runCaveats(accountOpeningRun, facts))[0]).toMatch(/^资源“tellers”在部分时段承接的工作量超过其能力：最繁忙的时段为记录日 12:00–13:00，ρ = 1\.25；/);
  });

  it.each<[string, PeakDayFacts, string]>([
    ["every working day", { kind: "everyWorkingDay" }, "每个工作日"],
    ["every day", { kind: "everyDay" }, "每天"],
    ["each recorded day, on average", { kind: "recordedDays" }, "各记录日（平均）"],
    ["wed", { kind: "weekdays", days: [2] }, "周三"],
    ["mon, thu", { kind: "weekdays", days: [0, 3] }, "周一、周四"],
  ])("the peak on %s (%j) reads 最繁忙的时段为%s in Chinese", (day, when, zh) => {
    const facts = { ...modelFactsOf(loadText(OVERLOADED.replace("ratePerHour: 20", "ratePerHour: 2")).model), loadWarnings: [{ kind: "peakOverload" as const, pool: "tellers", rho: 1.5, day, when, from: "12:00", to: "13:00" }] };
    expect(runCaveats(accountOpeningRun, facts)[0]).toContain(`ρ = 1.5 on ${day} from 12:00 to 13:00`);
    expect(inLanguage("zh", () => runCaveats(accountOpeningRun, facts))[0]).toContain(`最繁忙的时段为${zh} 12:00–13:00`);
  });

  it("a model without load warnings adds no caveat and no facts", () => {
    const facts = modelFactsOf(loadText(OVERLOADED.replace("ratePerHour: 20", "ratePerHour: 2")).model);
    expect(facts.loadWarnings).toBeUndefined();
    expect(runCaveats(accountOpeningRun, facts)).toEqual(runCaveats(accountOpeningRun, null));
  });

  it("in a comparison, a caveat of one model only is prefixed with its name", () => {
    const overloaded = modelFactsOf(loadText(OVERLOADED).model);
    const calm = modelFactsOf(loadText(OVERLOADED.replace("ratePerHour: 20", "ratePerHour: 2")).model);
    const context = { current: calm, proposals: accountOpeningComparison.proposals.map((_, i) => ({ facts: i === 0 ? overloaded : calm, resolve: [] })) };
    const caveats = comparisonCaveats(accountOpeningComparison, context);
    expect(caveats[0]).toMatch(/^RPA data entry: Pool "clerk" is offered 1176 server-hours/);
    expect(inLanguage("zh", () => comparisonCaveats(accountOpeningComparison, context))[0]).toMatch(/^RPA data entry：资源“clerk”每周承接/);
  });
});
