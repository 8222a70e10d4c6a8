// A difference the run could not tell from zero is quoted in the caveat with its unit: money
// in the model's currency ("+CNY 0.11"), plain without one.
import { describe, expect, it } from "vitest";
import { comparisonCaveats } from "../../../src/report/caveats.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import type { ReportContext } from "../../../src/report/model-facts.js";
import { modelFactsOf } from "../../../src/api/model-facts.js";
import { loadModels } from "../../../src/api/simulate.js";
import { accountOpeningComparison } from "../../fixtures/results/account-opening.js";

function contextWith(currency: string | null): ReportContext {
  const loaded = loadModels(["scenarios/account-opening.yaml", "scenarios/account-opening-rpa-proposed.yaml"]);
  if (!loaded.ok) throw new Error("the bundled scenarios must load");
  const [current, proposal] = loaded.value.map(modelFactsOf).map((f) => ({ ...f, currency }));
  return { current, proposals: [{ facts: proposal, resolve: [{ key: "overall/cost.idle", replications: 98 }] }] };
}

describe("the caveat of a difference left unresolved", () => {
  it("quotes money in the model's currency, and plain without one", () => {
    const line = (currency: string | null) => comparisonCaveats(accountOpeningComparison, contextWith(currency)).find((c) => c.includes("could not be told") || c.includes("could be told")) ?? "";
    expect(line("CNY")).toMatch(/\([+−]CNY [\d,.]+\)/);
    expect(line(null)).toMatch(/\([+−][\d,.]+\)/);
    expect(inLanguage("zh", () => comparisonCaveats(accountOpeningComparison, contextWith("CNY")).join(" "))).toMatch(/（[+−]CNY [\d,.]+）/);
  });
});
