// sweep, tornado and staff print the warnings of the models they build, as validate and run
// print a model's: once, at the file position and YAML path, naming the points (or the roster)
// they belong to; run warnings every point gives are said once. A roster the model file could
// not hold is refused before anything runs.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/procsim.js");
const MODEL = "scenarios/branch-counter.yaml";
const procsim = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: resolve("."), encoding: "utf8", env: { ...process.env, COLUMNS: "100" } });
const lines = (text: string) => text.trim().split("\n");
const NO_OUTPUT = ["--no-report", "-w", "1"];

describe("sweep", () => {
  it("prints an overloaded pool once for the points it belongs to, and a run warning once for all", () => {
    const result = procsim("sweep", MODEL, "--vary", "pools.tellers.shifts[1].capacity=3..8", "-r", "1", ...NO_OUTPUT);
    expect(result.status, result.stderr).toBe(0);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/^scenarios\/branch-counter\.yaml:30:5 {2}resources\.tellers {2}warning: at pools\.tellers\.shifts\[1\]\.capacity=3: pool "tellers" is offered more work than it has in some hours: ρ = 2\.08 .*; likewise at pools\.tellers\.shifts\[1\]\.capacity=4, 5 and 6$/),
      expect.stringMatching(/^procsim: warning: at all 6 points: Only 1 replication: /),
    ]);
  });

  it("a tornado prints the warnings of its low and high settings", () => {
    const result = procsim("sweep", MODEL, "--tornado", "40", "--vary", "arrivals.walk-in.scale", "-r", "2", ...NO_OUTPUT);
    expect(result.status, result.stderr).toBe(0);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^scenarios\/branch-counter\.yaml:30:5 {2}resources\.tellers {2}warning: at arrivals\.walk-in\.scale=1\.4: pool "tellers" is offered more work/)]);
  });
});

describe("staff --evaluate", () => {
  it("prints the warnings the roster gives the model", () => {
    const result = procsim("staff", MODEL, "--evaluate", "3@10:00-17:00", "-r", "2", ...NO_OUTPUT);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^scenarios\/branch-counter\.yaml:\d+:\d+ {2}resources\.tellers\.shifts {2}warning: with roster 3@10:00-17:00: pool "tellers" has no shift on mon, tue, wed, thu, fri from 09:00 to 10:00 while open/m);
  });

  it("refuses a roster the model file could not hold, before simulating", () => {
    const result = procsim("staff", MODEL, "--evaluate", "90000@09:00-17:00,90000@09:00-17:00", "-r", "2", ...NO_OUTPUT);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("procsim: the roster 90000@09:00-17:00,90000@09:00-17:00 makes resources.tellers.capacity invalid: found 180000; must be at most 100000");
  });
});
