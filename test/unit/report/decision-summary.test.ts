/**
 * The decision summary: targets met by the whole interval, money per working day and year
 * from the observed window, a proposal's changes read off the two models, replications that
 * would resolve a difference, and the summary of the bundled loan-factory models.
 */
import { describe, expect, it } from "vitest";
import { comparisonDecisionSummary, runDecisionSummary } from "../../../src/report/decision-summary.js";
import { targetState } from "../../../src/report/target-state.js";
import { costPeriods, observedWorkingDays, workingDaysPerYear } from "../../../src/report/cost-periods.js";
import { changesBetween } from "../../../src/report/model-changes.js";
import { costBasisText } from "../../../src/report/decision-format.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { assumptionRows, daysText } from "../../../src/report/assumptions.js";
import type { ModelFacts } from "../../../src/report/model-facts.js";
import { modelFactsOf, replicationsToResolve } from "../../../src/api/model-facts.js";
import { loadModels } from "../../../src/api/simulate.js";
import { tCritical } from "../../../src/stats/ci.js";
import { accountOpeningComparison, accountOpeningRun } from "../../fixtures/results/account-opening.js";
import type { KpiDifference, KpiSummary } from "../../../src/stats/result-types.js";

const WEEKDAYS = [true, true, true, true, true, false, false];

function facts(overrides: Partial<ModelFacts> = {}): ModelFacts {
  return {
    name: "branch",
    description: "",
    currency: "CNY",
    study: "steadyState",
    horizon: 44 * 1440,
    warmup: 14 * 1440,
    replications: 20,
    seed: 1,
    calendar: { always: false, open: 540, close: 1020, days: WEEKDAYS },
    endOfDayRules: [], closingSteps: [],
    arrivals: [{ name: "walk-in", meanRatePerHour: 40, profile: [], patience: false }],
    pools: [{ name: "tellers", capacity: 4, shifts: [], costPerHour: 30, always: false }],
    steps: [
      { name: "counter", resources: [{ name: "tellers", units: 1 }], meanMinutes: 5, next: [{ to: "exit", p: 1 }] },
    ],
    targets: [],
    fixedCostPerDay: 0,
    ...overrides,
  };
}

const share = (mean: number, half: number): KpiSummary => ({ key: "k", n: 20, mean, sd: half, halfWidth: half, lo: mean - half, hi: mean + half });

describe("targets", () => {
  it.each<[KpiSummary | null, number, string | null]>([
    [share(0.9, 0.02), 0.8, "met"],
    [share(0.81, 0.02), 0.8, "unclear"],
    [share(0.7, 0.02), 0.8, "notMet"],
    [share(0.8, 0), 0.8, "met"],
    [{ key: "k", n: 1, mean: 0.85, sd: null, halfWidth: null, lo: null, hi: null }, 0.8, "met"],
    [null, 0.8, null],
  ])("achieved %j against %s is %s", (achieved, target, expected) => {
    expect(targetState(achieved, target)).toBe(expected);
  });
});

describe("money per period", () => {
  it("counts the working days of the observed window and scales to a year of 52 weeks", () => {
    const f = facts();
    // Days 14..43: four whole weeks (20 working days) and a Monday and Tuesday.
    expect(observedWorkingDays(f)).toBe(22);
    expect(workingDaysPerYear(f)).toBe(260);
    const periods = costPeriods({ mean: 22_000, lo: 21_780, hi: 22_220 }, f);
    expect(periods?.perDay).toEqual({ mean: 1000, lo: 990, hi: 1010 });
    expect(periods?.perYear.mean).toBeCloseTo(260_000, 6);
    expect(periods?.perMonth.mean).toBeCloseTo(260_000 / 12, 6);
  });

  it("counts calendar days and a year of 365 for a 24/7 operation, one day for a branch day", () => {
    const always = facts({ calendar: { always: true, open: 0, close: 1440, days: [true, true, true, true, true, true, true] } });
    expect(observedWorkingDays(always)).toBe(30);
    expect(workingDaysPerYear(always)).toBe(365);
    expect(observedWorkingDays(facts({ study: "terminating", horizon: 1440, warmup: 0 }))).toBe(1);
    expect(costPeriods({ mean: 100, lo: null, hi: null }, facts({ horizon: null }))).toBeNull();
  });

  it("says what the observed count counts: working days, in English and Chinese", () => {
    const periods = costPeriods({ mean: 22_000, lo: 21_780, hi: 22_220 }, facts());
    if (!periods) throw new Error("no periods");
    expect(costBasisText(periods)).toMatch(/a year of 260 such days; the run observed 22 of them\.$/);
    expect(inLanguage("zh", () => costBasisText(periods))).toMatch(/本次运行观察了 22 个此类日。$/);
  });

  it("names working days compactly", () => {
    expect(daysText(WEEKDAYS)).toBe("Mon–Fri");
    expect(daysText([true, false, true, false, true, false, false])).toBe("Mon, Wed, Fri");
    expect(daysText([true, true, true, true, true, true, true])).toBe("every day");
  });
});

describe("changes in words", () => {
  it("says what a proposal changes and nothing else", () => {
    const current = facts();
    const proposal = facts({
      pools: [
        { name: "tellers", capacity: 4, shifts: [{ from: 540, to: 720, level: 3 }, { from: 720, to: 1020, level: 5 }], costPerHour: 30, always: false },
        { name: "kiosk", capacity: 2, shifts: [], costPerHour: 4, always: true },
      ],
      steps: [{ name: "counter", resources: [{ name: "tellers", units: 1 }], meanMinutes: 4, next: [{ to: "exit", p: 1 }] }],
    });
    expect(changesBetween(current, proposal)).toEqual([
      "Counter: mean time 5 min → 4 min.",
      "Staff tellers: 4 → 3 (09:00–12:00), 5 (12:00–17:00).",
      "New pool kiosk: 2, around the clock · CNY 4/h.",
    ]);
    expect(changesBetween(current, current)).toEqual([]);
  });

  it("says a change of trunk lines, from the bundled call-centre proposal", () => {
    const loaded = loadModels(["scenarios/call-centre.yaml", "scenarios/call-centre-callback-team-proposed.yaml"]);
    if (!loaded.ok) throw new Error("the bundled scenarios must load");
    const [current, proposal] = loaded.value.map(modelFactsOf);
    expect(changesBetween(current, proposal)).toContain("Trunk lines: 16 shared; business calls 6 of their own → 24 shared; business calls 6 of their own.");
  });

  it("marks the assumption rows a proposal changes", () => {
    const rows = assumptionRows([facts(), facts({ arrivals: [{ name: "walk-in", meanRatePerHour: 50, profile: [], patience: false }] })]);
    expect(rows.filter((r) => r.changed).map((r) => r.label)).toEqual(["Arrivals: walk-in"]);
    expect(rows.find((r) => r.label === "Warm-up")?.values[0]).toBe("first 14 days not counted");
  });

  it("reads the bundled loan-factory proposal's changes from the two models", () => {
    const loaded = loadModels(["scenarios/loan-factory.yaml", "scenarios/loan-factory-prereview-proposed.yaml"]);
    if (!loaded.ok) throw new Error("bundled scenarios must load");
    const [current, proposal] = loaded.value.map(modelFactsOf);
    const changes = changesBetween(current, proposal);
    expect(changes).toContain("Step fee calculation removed.");
    expect(changes.some((c) => c.startsWith("New step fee and contract"))).toBe(true);
    expect(changes.some((c) => c.startsWith("After document review: wait for documents 20% → 5%"))).toBe(true);
  });
});

describe("replications to resolve a difference", () => {
  const difference = (mean: number, halfWidth: number, n = 20): KpiDifference => ({
    key: "k",
    current: share(1, 0.1),
    proposed: share(1 + mean, 0.1),
    diff: { ...share(mean, halfWidth), n },
    relativeChange: mean,
    significant: false,
    unpairedHalfWidth: halfWidth * 2,
  });

  it("is the fewest replications whose half-width at the observed spread is at most the difference", () => {
    const m = replicationsToResolve(difference(1, 2)) as number;
    const sd = (2 * Math.sqrt(20)) / tCritical(19);
    const half = (k: number) => (tCritical(k - 1) * sd) / Math.sqrt(k);
    expect(half(m)).toBeLessThanOrEqual(1);
    expect(half(m - 1)).toBeGreaterThan(1);
  });

  it("is undefined without a difference or a spread", () => {
    expect(replicationsToResolve(difference(0, 2))).toBeNull();
    expect(replicationsToResolve(difference(1, 0))).toBeNull();
    expect(replicationsToResolve(difference(1e-9, 2))).toBeNull();
  });
});

describe("the summary of results without the models' facts", () => {
  it("still states the question, each target in each model, and the findings", () => {
    const summary = comparisonDecisionSummary(accountOpeningComparison, null);
    expect(summary.proposals).toHaveLength(2);
    expect(summary.targets[0].models.map((m) => m.model)).toEqual([accountOpeningComparison.current.model, ...accountOpeningComparison.proposals.map((p) => p.name)]);
    expect(summary.proposals[0].findings.length).toBeGreaterThan(0);
    expect(summary.costs).toEqual([]);
    expect(runDecisionSummary(accountOpeningRun, null).targets).toHaveLength(1);
  });
});
