// Every file a run reads is protected like its model file, with or without --force, and the
// refusal never suggests --force: a recorded-arrivals CSV (as --log, --json, a --csv table
// or a --shard part), a sub-process library (also when it cannot be loaded), a proposal's
// base, a merge part file, and a report folder that holds one of them.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/procsim.js");
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

const LIBRARY = "subprocesses:\n  check:\n    - { name: check id, resource: clerks, duration: 5 }\n";
const USES = "name: uses lib\nrun: { horizon: 1d, replications: 2 }\narrivals: [ { name: files, ratePerHour: 2 } ]\nresources:\n  clerks: { capacity: 2 }\nsteps:\n  - { name: s1, use: { file: lib.yaml, name: check } }\n";

/** A working folder with the recorded branch day, a model using a sub-process library, and a proposal with its base. */
function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "procsim-inputs-"));
  for (const name of ["recorded-branch-day.yaml", "recorded-branch-day.csv"]) copyFileSync(resolve("examples", name), join(dir, name));
  writeFileSync(join(dir, "lib.yaml"), LIBRARY);
  writeFileSync(join(dir, "uses.yaml"), USES);
  copyFileSync(resolve("test/fixtures/broken/bases/valid-base.yaml"), join(dir, "base.yaml"));
  writeFileSync(join(dir, "proposal.yaml"), "name: more clerks\nextends: base.yaml\nchanges:\n  - setCapacity: { resource: clerks, capacity: 3 }\n");
  return dir;
}

/** Runs `args` and checks the refusal: exit 2, named as a file the run reads, no --force advice, `file` unchanged. */
function refused(dir: string, file: string, ...args: string[]): void {
  const before = readFileSync(join(dir, file), "utf8");
  const result = run(dir, ...args);
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr).toContain("a file this run reads");
  expect(result.stderr).not.toContain("--force");
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(join(dir, file), "utf8")).toBe(before);
}

describe("outputs never replace a file the run reads", () => {
  const dir = workFolder();
  const recorded = ["run", "recorded-branch-day.yaml", "-r", "2", "--no-report"];

  it("a recorded-arrivals CSV, as --log, --json, a --csv table or a shard part, with or without --force", () => {
    for (const force of [[], ["--force"]]) {
      refused(dir, "recorded-branch-day.csv", ...recorded, "--log", "recorded-branch-day.csv", ...force);
      refused(dir, "recorded-branch-day.csv", ...recorded, "--json", "recorded-branch-day.csv", ...force);
      refused(dir, "recorded-branch-day.csv", "run", "recorded-branch-day.yaml", "-r", "2", "--shard", "1/2", "--json", "recorded-branch-day.csv", ...force);
    }
    mkdirSync(join(dir, "tables"));
    copyFileSync(join(dir, "recorded-branch-day.csv"), join(dir, "tables", "kpis.csv"));
    writeFileSync(join(dir, "tables-model.yaml"), readFileSync(join(dir, "recorded-branch-day.yaml"), "utf8").replace("file: recorded-branch-day.csv", "file: tables/kpis.csv"));
    refused(dir, "tables/kpis.csv", "run", "tables-model.yaml", "-r", "2", "--no-report", "--csv", "tables", "--force");
  });

  it("a sub-process library, also when it cannot be loaded", () => {
    for (const command of [["run", "uses.yaml"], ["sweep", "uses.yaml", "--vary", "arrivals.files.scale=1,2"]]) refused(dir, "lib.yaml", ...command, "-r", "2", "--no-report", "--json", "lib.yaml", "--force");
    writeFileSync(join(dir, "broken-lib.yaml"), "subprocesses: [not, a, map]\n");
    writeFileSync(join(dir, "uses-broken.yaml"), USES.replace("lib.yaml", "broken-lib.yaml"));
    refused(dir, "broken-lib.yaml", "run", "uses-broken.yaml", "--no-report", "--json", "broken-lib.yaml", "--force");
  });

  it("a proposal's base and a merge part file, with --force", () => {
    refused(dir, "base.yaml", "staff", "proposal.yaml", "-r", "2", "--interval", "60", "--target", "80%@5min", "--no-report", "--json", "base.yaml", "--force");
    for (const shard of ["1/2", "2/2"]) expect(run(dir, "run", "base.yaml", "-r", "2", "--no-report", "--shard", shard, "--json", `part-${shard[0]}.json`).status).toBe(0);
    refused(dir, "part-1.json", "merge", "part-1.json", "part-2.json", "--no-report", "--json", "part-1.json", "--force");
  });

  it("a report folder holding a file the run reads, even with --force", () => {
    mkdirSync(join(dir, "data"));
    copyFileSync(join(dir, "recorded-branch-day.csv"), join(dir, "data", "day.csv"));
    writeFileSync(join(dir, "data-model.yaml"), readFileSync(join(dir, "recorded-branch-day.yaml"), "utf8").replace("file: recorded-branch-day.csv", "file: data/day.csv"));
    refused(dir, "data/day.csv", "run", "data-model.yaml", "-r", "2", "--no-png", "--out", "data", "--force");
  });
});
