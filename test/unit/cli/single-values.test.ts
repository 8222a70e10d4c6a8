// A one-value option given twice is a usage error (exit 2), not a crash; the options and
// positional lists a command declares as arrays may hold several values.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSingleValues } from "../../../src/cli/single-values.js";

describe("one-value options", () => {
  it("may be given once; repeatable ones and lists as often as wanted", () => {
    expect(checkSingleValues({ _: ["run"], json: "a.json", vary: ["a=1", "b=2"], files: ["x.yaml", "y.yaml"] }, { array: ["vary", "files"] })).toBe(true);
    expect(checkSingleValues({ _: ["sweep"], vary: ["a=1", "b=2"] })).toBe("--vary is given 2 times (a=1, b=2); give it once");
    expect(checkSingleValues({ _: ["run"], json: ["a.json", "b.json"], horizon: ["1d", "2d"] })).toBe(
      "--json is given 2 times (a.json, b.json); give it once; --horizon is given 2 times (1d, 2d); give it once",
    );
    expect(checkSingleValues({ _: ["sweep"], metric: ["a", "b"] }, { array: ["metric"] })).toBe(true);
  });

  it("stop the command line with exit code 2 and the message, before anything runs", () => {
    const result = spawnSync(process.execPath, [resolve("bin/procsim.js"), "run", "scenarios/branch-counter.yaml", "--horizon", "1d", "--horizon", "2d", "--no-report"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--horizon is given 2 times (1d, 2d); give it once");
    expect(result.stderr).not.toContain("internal error");
  });
});
