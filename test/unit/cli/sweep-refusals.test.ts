// The CLI's sweep refuses, before simulating, every --vary value the model would refuse in a
// file (a mean of 0, a scale to 0, a mean over the 100-year limit, a rate over 10^6 an hour):
// one line per value naming the option, the value and what is valid, exit code 2, no internal
// error and no output on stdout.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/model/schema/limits.js";

const BIN = resolve("bin/procsim.js");
const BRANCH = resolve("scenarios/branch-counter.yaml");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: mkdtempSync(join(tmpdir(), "procsim-sweep-")), encoding: "utf8" });

describe("sweep --vary with values the model refuses", () => {
  it("lists every refused value at once with exit code 2, before simulating", () => {
    const result = run(
      "sweep", BRANCH, "--no-report",
      "--vary", "steps.counter.duration.mean=0,5,1e308",
      "--vary", `arrivals.business.ratePerHour=5,${LIMITS.ratePerHour * 10}`,
    );
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toContain("internal error");
    expect(result.stderr.trim().split("\n")).toEqual([
      "procsim: --vary steps.counter.duration.mean=0 makes steps[1].duration.lognormal.mean invalid: mean is 0; mean must be greater than 0",
      expect.stringMatching(/^procsim: --vary steps\.counter\.duration\.mean=1e\+308 makes steps\[1\]\.duration invalid: found a mean of .*; must be at most 100 years$/),
      `procsim: --vary arrivals.business.ratePerHour=${LIMITS.ratePerHour * 10} makes arrivals[1].ratePerHour invalid: found ${LIMITS.ratePerHour * 10}; must be at most ${LIMITS.ratePerHour}`,
    ]);
  });

  it("a duration scaled to 0 is refused the same way", () => {
    const result = run("sweep", BRANCH, "--no-report", "--vary", "steps.counter.duration.scale=0,1");
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain("procsim: --vary steps.counter.duration.scale=0 makes steps[1].duration.lognormal.mean invalid: mean is 0; mean must be greater than 0");
  });
});
