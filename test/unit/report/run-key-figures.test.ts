// The key figures of a run on its own read in the units of the tables below them: long times
// in hours, money in the model's currency; an estimate with no spread to show says nothing
// about an interval.
import { describe, expect, it } from "vitest";
import { buildRunPage } from "../../../src/report/page.js";
import { runContextOf } from "../../../src/api/model-facts.js";
import { loadModelFile } from "../../../src/model/source/load.js";
import { simulateSync, type Simulation } from "../../../src/experiment/simulate.js";
import { withRunOverrides } from "../../../src/experiment/run-overrides.js";

/** A bundled model's run of 3 replications, and its context; `edit` may change the result's KPIs. */
function keyFigures(path: string, edit: (result: Simulation) => Simulation = (result) => result): string[] {
  const loaded = loadModelFile(path);
  if (!loaded.ok) throw new Error(path);
  const model = withRunOverrides(loaded.model, { replications: 3 });
  const result = edit(simulateSync(model));
  return buildRunPage(result, runContextOf(model, result)).headline[0].sentences.map((s) => s.text);
}

describe("a run's key figures", () => {
  it("show long times in hours and money in the model's currency, as the tables do", () => {
    const figures = keyFigures("scenarios/loan-factory.yaml");
    expect(figures.find((f) => f.startsWith("Mean cycle time:"))).toMatch(/^Mean cycle time: \d+\.\d+ ± \d+(\.\d+)? h \(mean with its 95% interval\)\.$/);
    expect(figures.find((f) => f.startsWith("Cost per completed case:"))).toMatch(/^Cost per completed case: CNY \d/);
  });

  it("say nothing of an interval where none is shown", () => {
    // Every voucher filed within 4 hours in every replication.
    const exact = (result: Simulation): Simulation => ({
      ...result,
      kpis: result.kpis.map((k) => (k.key === "serviceLevel/filed within 4h/achieved" ? { ...k, mean: 1, sd: 0, halfWidth: 0, lo: 1, hi: 1 } : k)),
    });
    const figures = keyFigures("scenarios/voucher-filing.yaml", exact);
    expect(figures).toContain("Service level achieved: filed within 4h: 100%.");
    for (const figure of figures) expect(figure.includes("interval"), figure).toBe(/[±[]/.test(figure));
  });
});
