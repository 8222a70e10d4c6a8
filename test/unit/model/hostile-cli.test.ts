/**
 * Command-line options get the model language's ranges and messages, exit code 2, and are
 * checked — with every output path — before anything is simulated. No file changes.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { compareCommand } from "../../../src/cli/commands/compare.js";
import { runCommand } from "../../../src/cli/commands/run.js";
import { maxWorkerCount } from "../../../src/experiment/worker-limit.js";
import { BASE } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "procsim-cli-hostile-"));
const model = join(dir, "model.yaml");
const cwd = process.cwd();

beforeAll(() => {
  writeFileSync(model, BASE);
  mkdirSync(join(dir, "work"));
  symlinkSync(tmpdir(), join(dir, "work", "escape"));
});

afterEach(() => {
  process.chdir(cwd);
  process.exitCode = 0;
});

/** Runs a command handler in `dir/work`; returns stderr, stdout and the exit code. */
async function cli(handler: (args: never) => unknown, args: object): Promise<{ err: string; out: string; code: number }> {
  let err = "";
  let out = "";
  const errSpy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  const outSpy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  process.chdir(join(dir, "work"));
  process.exitCode = 0;
  try {
    await handler({ report: true, png: false, all: false, allowOutside: false, force: false, _: [], $0: "procsim", ...args } as never);
  } finally {
    errSpy.mockRestore();
    outSpy.mockRestore();
  }
  return { err, out, code: Number(process.exitCode ?? 0) };
}

const run = (args: object) => cli(runCommand.handler as never, { model, ...args });
const compare = (args: object) => cli(compareCommand.handler as never, { current: model, proposals: [model], ...args });

describe("CLI numbers get the model's limits (exit 2, nothing simulated)", () => {
  it.each([
    [{ replications: 1e9 }, "--replications must be a whole number from 1 to 100000, got 1000000000"],
    [{ replications: Number.NaN }, "--replications must be a whole number from 1 to 100000, got NaN"],
    [{ seed: -1 }, "--seed must be a whole number from 0 to 4294967295, got -1"],
    [{ horizon: "100000000d" }, "--horizon must be at most 100 years"],
    [{ horizon: "soon" }, '--horizon expects a duration such as 5d, 8h or 90min; got "soon"'],
    [{ workers: 999 }, `--workers must be a whole number from 1 to ${maxWorkerCount()}, got 999`],
    [{ workers: 0 }, "--workers must be a whole number from 1"],
  ])("run %o", async (args, message) => {
    const result = await run({ ...args, report: false });
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe("");
  });

  it.each([
    [{ maxReplications: 1e9, targetHalfwidth: "overall/cycleTime.mean=5" }, "--max-replications must be a whole number from 1 to 100000, got 1000000000"],
    [{ maxReplications: Number.NaN }, "--max-replications must be a whole number from 1 to 100000, got NaN"],
    [{ maxReplications: -1 }, "got -1"],
    [{ maxReplications: 0 }, "got 0"],
    [{ maxReplications: 50 }, "--max-replications only limits a --target-halfwidth run"],
    [{ targetHalfwidth: "overall/cycleTime.mean=1e999" }, "--target-halfwidth expects KPI=VALUE with VALUE > 0"],
  ])("compare %o", async (args, message) => {
    const result = await compare({ ...args, report: false });
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe("");
  });
});

describe("output paths are checked before the run", () => {
  it.each([
    [{ json: "" }, "--json needs a file name"],
    [{ json: model, allowOutside: true }, "it is a file this run reads"],
    [{ csv: "../elsewhere" }, "outside the working directory"],
    [{ out: "escape/report" }, "outside the working directory"],
    [{ json: "escape/x.json" }, "outside the working directory"],
    [{ json: "../model.yaml/x.json", allowOutside: true }, "is a file, not a folder"],
  ])("%o", async (args, message) => {
    const before = readFileSync(model, "utf8");
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe("");
    expect(readFileSync(model, "utf8")).toBe(before);
  });

  it("the default report folder is checked once the model is loaded, before it runs", async () => {
    mkdirSync(join(dir, "work", "reports", "test"), { recursive: true });
    writeFileSync(join(dir, "work", "reports", "test", "budget.xlsx"), "precious");
    const result = await run({});
    expect(result.code).toBe(2);
    expect(result.err).toContain("is not a procsim report folder");
    expect(result.out).toBe("");
  });
});
