// Part files of --shard and the plan of `procsim staff --json` follow the output policy of
// every other result: inside the working directory unless --allow-outside, never over a file
// procsim did not write, and a part file may replace the part file of an earlier run.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/procsim.js");
const MODEL = resolve("scenarios/branch-counter.yaml");
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

describe("JSON outputs of --shard and staff", () => {
  const root = mkdtempSync(join(tmpdir(), "procsim-json-outputs-"));
  const work = join(root, "work");
  mkdirSync(work);

  it("refuses a part file outside the working directory, and replaces its own", () => {
    const outside = run(work, "run", MODEL, "-r", "4", "-w", "1", "--shard", "1/2", "--json", "../part-1.json");
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain("outside the working directory");
    expect(existsSync(join(root, "part-1.json"))).toBe(false);
    for (let i = 0; i < 2; i++) expect(run(work, "run", MODEL, "-r", "4", "-w", "1", "--shard", "1/2", "--json", "part-1.json").status).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "part-1.json"), "utf8"))).toHaveProperty("format", "procsim-shard/1");
  });

  it("refuses to overwrite a file procsim did not write with a staffing plan", () => {
    writeFileSync(join(work, "notes.json"), '{"mine": true}\n');
    const result = run(work, "staff", MODEL, "--json", "notes.json", "--no-report", "-r", "2");
    expect(result.status).toBe(2);
    expect(readFileSync(join(work, "notes.json"), "utf8")).toBe('{"mine": true}\n');
  });
});
