// `--log FILE.csv|FILE.xes` on run and compare: written whole, one file per model of a
// comparison, refused (exit 2, nothing run) for a wrong extension, a replication the run does
// not have, or a file procsim did not write.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/procsim.js");
const CURRENT = resolve("scenarios/branch-counter.yaml");
const PROPOSED = resolve("scenarios/branch-counter-lunch-proposed.yaml");
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

describe("procsim --log", () => {
  const work = mkdtempSync(join(tmpdir(), "procsim-log-"));

  it("writes the event log of the chosen replication", () => {
    const result = run(work, "run", CURRENT, "-r", "2", "-w", "1", "--no-report", "--log", "day.csv", "--log-replication", "1");
    expect(result.status, result.stderr).toBe(0);
    const csv = readFileSync(join(work, "day.csv"), "utf8");
    expect(csv.startsWith("case,class,step,pools,outcome,")).toBe(true);
    expect(csv.split("\n").length).toBeGreaterThan(100);
  });

  it("writes one file per model of a comparison", () => {
    const result = run(work, "compare", CURRENT, PROPOSED, "-r", "2", "-w", "1", "--no-report", "--log", "logs/day.xes");
    expect(result.status, result.stderr).toBe(0);
    for (const name of ["day-current.xes", "day-proposal-1.xes"]) expect(readFileSync(join(work, "logs", name), "utf8")).toContain("<trace>");
  });

  it("refuses bad log options before running, and keeps a file it did not write", () => {
    const wrongExtension = run(work, "run", CURRENT, "-r", "2", "--no-report", "--log", "day.txt");
    expect(wrongExtension.status).toBe(2);
    expect(wrongExtension.stderr).toContain(".csv or .xes");
    const noSuchReplication = run(work, "run", CURRENT, "-r", "2", "--no-report", "--log", "other.csv", "--log-replication", "2");
    expect(noSuchReplication.status).toBe(2);
    expect(noSuchReplication.stderr).toContain("0 to 1");
    expect(existsSync(join(work, "other.csv"))).toBe(false);
    writeFileSync(join(work, "mine.csv"), "my,own,data\n");
    expect(run(work, "run", CURRENT, "-r", "2", "--no-report", "--log", "mine.csv").status).toBe(2);
    expect(readFileSync(join(work, "mine.csv"), "utf8")).toBe("my,own,data\n");
  });
});
