// KPIs only one model reports (a new pool, a removed step) are listed with that side's
// estimate, never as a paired difference, and nothing downstream (headline, tables) breaks.
import { describe, expect, it } from "vitest";
import { compare } from "../../../src/experiment/compare.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";
import type { Model } from "../../../src/model/compile/model.js";
import { buildHeadline } from "../../../src/report/headline.js";
import { differencesTable, tableToCsv, tableToMarkdown } from "../../../src/report/tables.js";
import { formatComparisonTables } from "../../../src/cli/tables.js";
import { mergedKpiDefs } from "../../../src/stats/one-sided-kpis.js";
import type { KpiDef } from "../../../src/stats/result-types.js";

/** Ten hours of a counter served by `server` (capacity `units`, `perHour` an hour). */
function counter(name: string, server: string, units: number, perHour: number): Model {
  return buildModel({
    name,
    arrivals: [poissonSource("customers", 0.5, "counter")],
    resources: [{ ...pool(server, units), costPerHour: perHour }],
    steps: [serviceStep("counter", server, exponential(1.6))],
    run: { horizon: 600, warmup: 0, replications: 3, seed: 5, study: "steadyState" },
  });
}

describe("KPIs one model reports", () => {
  it("lists a new pool's KPIs with the proposal's estimate and no difference", async () => {
    const result = await compare(counter("today", "teller", 1, 30), [counter("bots", "rpa bots", 2, 9)], { workers: 1 });
    const proposal = result.proposals[0];
    expect(proposal.differences.some((d) => d.key.startsWith("pool/rpa bots/"))).toBe(false);
    const cost = proposal.oneSided?.find((o) => o.key === "pool/rpa bots/cost.total");
    // 2 bots × CNY 9/h × 10 h = 180 in every replication.
    expect(cost?.current).toBeNull();
    expect(cost?.proposed?.mean).toBeCloseTo(180, 9);
    const gone = proposal.oneSided?.find((o) => o.key === "pool/teller/cost.total");
    // 1 teller × 30/h × 10 h = 300.
    expect(gone?.current?.mean).toBeCloseTo(300, 9);
    expect(gone?.proposed).toBeNull();
    // The JSON keeps the rows and their nulls.
    expect(JSON.parse(JSON.stringify(proposal)).oneSided.find((o: { key: string }) => o.key === "pool/rpa bots/cost.total").current).toBeNull();

    const table = differencesTable(result);
    const row = table.rows.find((r) => r.def.key === "pool/rpa bots/cost.total");
    expect(row?.difference).toBeNull();
    expect(tableToMarkdown(table)).toContain("| bots | Total cost of rpa bots | cost | – | 180 | – |  | – | – |");
    const csv = tableToCsv(table).split("\n");
    expect(csv[0]).toBe("proposal,key,KPI,unit,current,proposed,difference,currentHalfWidth,proposedHalfWidth,diffLo,diffHi,change,significant,verdict,pairedHalfWidth,unpairedHalfWidth");
    expect(csv.find((line) => line.includes("pool/rpa bots/cost.total"))).toBe("bots,pool/rpa bots/cost.total,Total cost of rpa bots,currency,,180,,,0,,,,,,,");
    expect(formatComparisonTables(result, true, 200)).toContain("Pool rpa bots");
    expect(() => buildHeadline(result)).not.toThrow();
  });

  it("adds nothing to a comparison of models with the same KPIs", async () => {
    const result = await compare(counter("today", "teller", 1, 30), [counter("dearer", "teller", 1, 40)], { workers: 1 });
    expect("oneSided" in result.proposals[0]).toBe(false);
  });
});

describe("mergedKpiDefs", () => {
  const def = (key: string): KpiDef => ({ key, scope: "pool", subject: key, metric: "cost.total", label: key, unit: "currency", better: "lower" });
  it("places a definition only the proposal has after the one that precedes it there", () => {
    const current = ["a", "b", "c"].map(def);
    const proposed = ["new first", "a", "c", "bots", "bots 2"].map(def);
    expect(mergedKpiDefs(current, proposed).map((d) => d.key)).toEqual(["new first", "a", "b", "c", "bots", "bots 2"]);
    expect(mergedKpiDefs(current, current)).toEqual(current);
  });
});
