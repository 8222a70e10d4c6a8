/**
 * The cost chart's total states its period: in a report that knows the models, total cost per
 * working day, the same figure as the Money table's "per day"; in a notebook chart without
 * the models' facts, the total over the observation window, titled so.
 *
 * Account opening observed over 30 days from a Monday, Monday–Friday: 22 working days, so a
 * total of 83,934 is drawn as 83,934 / 22 = 3,815 per working day (Mon–Fri).
 */
import { describe, expect, it } from "vitest";
import { buildComparisonCharts } from "../../../src/api/charts.js";
import { buildComparisonPage } from "../../../src/report/page.js";
import { observedWorkingDays } from "../../../src/report/cost-periods.js";
import type { ModelFacts, ReportContext } from "../../../src/report/model-facts.js";
import { accountOpeningComparison } from "../../fixtures/results/account-opening.js";

const DAY = 1440;
const WEEKDAYS = [true, true, true, true, true, false, false];

const FACTS: ModelFacts = {
  name: "account opening today",
  description: "",
  currency: "CNY",
  study: "steadyState",
  horizon: 44 * DAY,
  warmup: 14 * DAY,
  replications: 20,
  seed: 1,
  calendar: { always: false, open: 540, close: 1020, days: WEEKDAYS },
  endOfDayRules: [], closingSteps: [],
  arrivals: [],
  pools: [],
  steps: [],
  targets: [],
  fixedCostPerDay: 0,
};

const CONTEXT: ReportContext = { current: FACTS, proposals: accountOpeningComparison.proposals.map(() => ({ facts: FACTS, resolve: [] })) };

interface CostRow {
  readonly measure: string;
  readonly variant: string;
  readonly sum: number;
}

interface CostSpec {
  readonly data: { readonly values: readonly CostRow[] };
  readonly hconcat: readonly { readonly title: { readonly text: string } }[];
}

const totalOf = (spec: CostSpec, variant: string): number | undefined => spec.data.values.find((r) => r.measure === "total" && r.variant === variant)?.sum;
const totalCost = (result: typeof accountOpeningComparison.current): number => result.kpis.find((k) => k.key === "overall/cost.total")?.mean ?? NaN;

describe("the cost chart's total, in a report that knows the models", () => {
  const page = buildComparisonPage(accountOpeningComparison, CONTEXT);
  const spec = page.charts.find((c) => c.id === "cost-breakdown")?.spec as unknown as CostSpec;

  it("is per working day, titled so", () => {
    expect(observedWorkingDays(FACTS)).toBe(22);
    expect(spec.hconcat.map((p) => p.title.text)).toContain("Total cost per working day (Mon–Fri)");
  });

  it("draws each model's Money-table figure per day: total cost over the working days observed", () => {
    for (const { model, periods } of page.decision.costs) {
      expect(totalOf(spec, model)).toBeCloseTo(periods.perDay.mean, 4);
    }
    const current = accountOpeningComparison.current;
    expect(totalOf(spec, current.model)).toBeCloseTo(totalCost(current) / 22, 4);
  });
});

describe("the cost chart's total, without the models' facts (a notebook)", () => {
  const spec = buildComparisonCharts(accountOpeningComparison)["cost-breakdown"] as unknown as CostSpec;

  it("is the total over the observation window, titled so", () => {
    expect(spec.hconcat.map((p) => p.title.text)).toContain("Total cost over the observation window");
    const current = accountOpeningComparison.current;
    expect(totalOf(spec, current.model)).toBeCloseTo(totalCost(current), 4);
  });
});
