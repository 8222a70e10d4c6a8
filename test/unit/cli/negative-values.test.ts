// Option values that look like flags (`--horizon -1d`) reach the option's own check, and a
// tornado too small to move any input is refused, each with exit 2 and one clear line.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { joinNegativeValues } from "../../../src/cli/negative-values.js";

const BIN = resolve("bin/procsim.js");
const MODEL = resolve("test/fixtures/broken/bases/valid-base.yaml");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

describe("joinNegativeValues", () => {
  it("joins a negative-looking value to the long option before it, and nothing else", () => {
    expect(joinNegativeValues(["run", "m.yaml", "--horizon", "-1d", "-r", "5"])).toEqual(["run", "m.yaml", "--horizon=-1d", "-r", "5"]);
    expect(joinNegativeValues(["--seed", "-1", "--warm", "-.5h"])).toEqual(["--seed=-1", "--warm=-.5h"]);
    expect(joinNegativeValues(["--horizon=8h", "-1d"])).toEqual(["--horizon=8h", "-1d"]);
    expect(joinNegativeValues(["-r", "-1"])).toEqual(["-r", "-1"]);
    expect(joinNegativeValues(["--out", "-report"])).toEqual(["--out", "-report"]);
    expect(joinNegativeValues(["--", "--horizon", "-1d"])).toEqual(["--", "--horizon", "-1d"]);
  });

  it("the CLI answers --horizon -1d with the horizon's own message, not unknown arguments", () => {
    const result = run("run", MODEL, "--horizon", "-1d", "--no-report");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--horizon expects a duration such as 5d, 8h or 90min; got "-1d"');
    expect(result.stderr).not.toContain("Unknown argument");
  });
});

describe("--tornado", () => {
  it("refuses a move too small to change any input", () => {
    for (const percent of ["1e-300", "0.01", "0", "100"]) {
      const result = run("sweep", MODEL, "--tornado", percent, "--vary", "arrivals.files.scale", "--no-report");
      expect(result.status, percent).toBe(2);
      expect(result.stderr).toContain("--tornado expects a percentage from 0.1 to below 100");
    }
  });
});
