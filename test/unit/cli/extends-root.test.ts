// `--extends-root DIR` lets a proposal's extends: reach a sibling folder the team keeps its
// current model in; without it the proposal is refused with exit code 2 and nothing is run.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/procsim.js");
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

describe("procsim --extends-root", () => {
  const work = mkdtempSync(join(tmpdir(), "procsim-extends-root-"));
  mkdirSync(join(work, "models", "current"), { recursive: true });
  mkdirSync(join(work, "models", "proposals"), { recursive: true });
  writeFileSync(join(work, "models", "current", "branch.yaml"), readFileSync(resolve("scenarios/branch-counter.yaml")));
  const lunch = readFileSync(resolve("scenarios/branch-counter-lunch-proposed.yaml"), "utf8");
  writeFileSync(join(work, "models", "proposals", "lunch.yaml"), lunch.replace("extends: branch-counter.yaml", "extends: ../current/branch.yaml"));

  it("refuses a base outside the proposal's folder by default", () => {
    const result = run(work, "validate", "models/proposals/lunch.yaml");
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("extends");
  });

  it("allows it under a named root, for validate and run", () => {
    expect(run(work, "validate", "models/proposals/lunch.yaml", "--extends-root", "models").status).toBe(0);
    const ran = run(work, "run", "models/proposals/lunch.yaml", "--extends-root", "models", "-r", "2", "-w", "1", "--no-report");
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout).toContain("two more tellers");
  });
});
