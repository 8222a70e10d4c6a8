// `--csv` writes replications.csv (every KPI of every replication) and `--json
// --per-replication` adds the same values to the result: the numbers each interval is
// computed from, for estimators of one's own. Their average is the reported mean.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/procsim.js");
const MODEL = resolve("scenarios/branch-counter.yaml");
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

interface RunJson {
  readonly kpis: readonly { key: string; mean: number | null; n: number }[];
  readonly replicationKpis?: { replication: number; kpis: Record<string, number | null> }[];
}

describe("per-replication values from the CLI", () => {
  const work = mkdtempSync(join(tmpdir(), "procsim-per-rep-"));
  const result = run(work, "run", MODEL, "--replications", "5", "--workers", "1", "--csv", "tables", "--json", "run.json", "--per-replication", "--no-report");

  it("adds each replication's KPIs to the JSON, averaging to the reported means", () => {
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(work, "run.json"), "utf8")) as RunJson;
    const reps = json.replicationKpis ?? [];
    expect(reps.map((rep) => rep.replication)).toEqual([0, 1, 2, 3, 4]);
    const key = "overall/waitTime.mean";
    const values = reps.map((rep) => rep.kpis[key] as number);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(values).toHaveLength(5);
    expect(mean).toBeCloseTo(json.kpis.find((kpi) => kpi.key === key)?.mean as number, 9);
  });

  it("writes replications.csv with one row per replication and one column per KPI", () => {
    const lines = readFileSync(join(work, "tables", "replications.csv"), "utf8").trim().split(/\r?\n/);
    const header = lines[0].split(",");
    expect(header.slice(0, 2)).toEqual(["model", "replication"]);
    expect(header).toContain("overall/waitTime.mean");
    expect(lines).toHaveLength(6);
  });

  it("leaves the replications out of the JSON without the flag", () => {
    expect(run(work, "run", MODEL, "--replications", "2", "--workers", "1", "--json", "plain.json", "--no-report").status).toBe(0);
    expect(readFileSync(join(work, "plain.json"), "utf8")).not.toContain("replicationKpis");
  });
});
