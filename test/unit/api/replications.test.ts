// Per-replication KPI values: every summary mean is the mean of the replication values it
// reports, and the CSV has one row per model and replication.
import { describe, expect, it } from "vitest";
import { compare, loadAnyModelFile, replicationCsv, replicationKpis, simulateSync } from "../../../src/index.js";

const CURRENT = new URL("../../../scenarios/account-opening.yaml", import.meta.url).pathname;
const PROPOSED = new URL("../../../scenarios/account-opening-rpa-proposed.yaml", import.meta.url).pathname;

function model(path: string) {
  const loaded = loadAnyModelFile(path);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.model;
}

describe("per-replication KPI values", () => {
  it("are the values each summary mean is computed from", () => {
    const run = simulateSync(model(CURRENT), { replications: 4 });
    const rows = replicationKpis(run);
    expect(rows.map((row) => row.replication)).toEqual([0, 1, 2, 3]);
    for (const summary of run.kpis) {
      const values = rows.map((row) => row.kpis[summary.key]).filter((v): v is number => v !== null);
      expect(values.length).toBe(summary.n);
      if (summary.mean !== null) expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(summary.mean, 9);
    }
  });

  it("come as CSV with one row per model and replication", async () => {
    const result = await compare(model(CURRENT), [model(PROPOSED)], { replications: 3, workers: 1 });
    const lines = replicationCsv(result).trimEnd().split("\n");
    const header = lines[0].split(",");
    expect(header.slice(0, 3)).toEqual(["model", "replication", "overall/arrivals"]);
    expect(lines.length).toBe(1 + 2 * 3);
    expect(lines.slice(1).map((line) => line.split(",")[1])).toEqual(["0", "1", "2", "0", "1", "2"]);
    const key = "overall/cycleTime.mean";
    const column = header.indexOf(key);
    const proposal = result.proposals[0];
    const fromCsv = lines.slice(4).map((line) => Number(line.split(",")[column]));
    expect(fromCsv).toEqual(replicationKpis(proposal.result).map((row) => row.kpis[key]));
  });

  it("are refused, with the reason, for a result without replication records", () => {
    const run = simulateSync(model(CURRENT), { replications: 2 });
    const { repResults: _dropped, ...summaryOnly } = run;
    expect(() => replicationKpis(summaryOnly)).toThrow(/no per-replication records/);
  });
});
