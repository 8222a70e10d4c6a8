// A run split with --shard and put back with `procsim merge` prints and writes what the run
// would have: the same text, the same JSON byte for byte (with --per-replication, given to the
// shards or to the merge), the same CSV files. What a shard cannot honour is refused, and a
// merge of parts that do not belong together says what differs (exit code 2, never a crash).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/procsim.js");
const MODEL = resolve("scenarios/branch-counter.yaml");
const PROPOSAL = resolve("scenarios/branch-counter-lunch-proposed.yaml");
const work = mkdtempSync(join(tmpdir(), "procsim-shard-merge-"));
const procsim = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8" });
const read = (name: string) => readFileSync(join(work, name), "utf8");
const RUN = ["run", MODEL, "-r", "4", "--no-report"];

describe("--per-replication through --shard and merge", () => {
  it("the merged run equals the unsharded run: JSON byte for byte, and the printed text", () => {
    const whole = procsim(...RUN, "-w", "2", "--per-replication", "--json", "run.json");
    expect(whole.status, whole.stderr).toBe(0);
    for (const i of [1, 2]) expect(procsim(...RUN, "-w", "1", "--per-replication", "--shard", `${i}/2`, "--json", `run-${i}.json`).status).toBe(0);
    const merged = procsim("merge", "run-2.json", "run-1.json", "--json", "merged.json", "--no-report");
    expect(merged.status, merged.stderr).toBe(0);
    expect(read("run.json")).toContain('"replicationKpis"');
    expect(read("merged.json")).toBe(read("run.json"));
    expect(merged.stdout).toBe(whole.stdout);
  });

  it("a comparison in 3 shards merged with --per-replication equals it too, with the same CSV files", () => {
    const compare = ["compare", MODEL, PROPOSAL, "-r", "5", "-w", "1", "--no-report"];
    const whole = procsim(...compare, "--per-replication", "--json", "compare.json", "--csv", "whole");
    expect(whole.status, whole.stderr).toBe(0);
    for (const i of [1, 2, 3]) expect(procsim(...compare, "--shard", `${i}/3`, "--json", `compare-${i}.json`).status).toBe(0);
    const merged = procsim("merge", "compare-1.json", "compare-2.json", "compare-3.json", "--per-replication", "--json", "compare-merged.json", "--csv", "merged", "--no-report");
    expect(merged.status, merged.stderr).toBe(0);
    expect(read("compare-merged.json")).toBe(read("compare.json"));
    expect(readdirSync(join(work, "merged")).sort()).toEqual(readdirSync(join(work, "whole")).sort());
    for (const file of readdirSync(join(work, "whole"))) expect(read(join("merged", file)), file).toBe(read(join("whole", file)));
  });

  it("is refused without a --json file to add the values to", () => {
    const run = procsim(...RUN, "--per-replication");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--per-replication adds each replication's KPI values to the --json result");
    const merge = procsim("merge", "run-1.json", "run-2.json", "--per-replication", "--no-report");
    expect(merge.status).toBe(2);
    expect(merge.stdout).toBe("");
  });
});

describe("what a shard cannot honour", () => {
  it("refuses --csv, --out, --all and --log, naming where each belongs, and writes no part", () => {
    const result = procsim(...RUN, "--shard", "1/2", "--json", "refused.json", "--csv", "tables", "--out", "folder", "--all", "--log", "log.csv");
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "procsim: --shard writes only a part file, not --csv DIR: give --csv to procsim merge (procsim merge part-*.json --csv DIR)",
      "procsim: --shard writes only a part file, not --out DIR: give --out to procsim merge (procsim merge part-*.json --out DIR)",
      "procsim: --shard writes only a part file, not --all: give --all to procsim merge (procsim merge part-*.json --all)",
      "procsim: --shard writes only a part file, not an event log: write it with --log in a run without --shard",
    ]);
    expect(existsSync(join(work, "refused.json"))).toBe(false);
  });
});

describe("merge of parts that do not belong together", () => {
  it("names what differs: the seed, the replications", () => {
    expect(procsim(...RUN, "-w", "1", "-s", "9", "--shard", "2/2", "--json", "seed-9.json").status).toBe(0);
    expect(procsim("run", MODEL, "--no-report", "-w", "1", "-r", "6", "--shard", "2/2", "--json", "six.json").status).toBe(0);
    const seed = procsim("merge", "run-1.json", "seed-9.json", "--no-report");
    expect(seed.status).toBe(2);
    expect(seed.stderr).toBe("procsim: cannot merge: shard 2/2 is from another plan than shard 1/2: seed 9, not 7\n");
    expect(procsim("merge", "run-1.json", "six.json", "--no-report").stderr).toBe("procsim: cannot merge: shard 2/2 is from another plan than shard 1/2: 6 replications, not 4\n");
  });

  it("refuses a file that is not a whole part, with exit code 2 and no internal error", () => {
    const part = JSON.parse(read("run-2.json")) as { part: { results: unknown[][] } };
    part.part.results[0] = part.part.results[0].slice(1);
    const files: Record<string, string> = { "null.json": "null", "list.json": "[]", "bare.json": '{"format":"procsim-shard/1"}', "cut.json": JSON.stringify(part) };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(work, name), text);
      const result = procsim("merge", "run-1.json", name, "--no-report");
      expect(result.status, name).toBe(2);
      expect(result.stderr, name).toMatch(new RegExp(`^procsim: cannot read part file ${name.replace(".", "\\.")}: `));
      expect(result.stderr, name).not.toContain("internal error");
    }
  });
});
