/**
 * Run budgets: the expected work of a run (arrivals from rates, open hours and horizon;
 * visits from the routing; replications) against the theory, and the CLI's answer to a run
 * that would take years: a warning from `validate`, a refusal (exit 2) from `run` unless
 * --allow-long. No wall-time assertion: the refusal threshold is days, the run is years (or,
 * for a comparison, sized from this machine's measured speed to be 0.7 days a model).
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compareCommand } from "../../../src/cli/commands/compare.js";
import { runCommand } from "../../../src/cli/commands/run.js";
import { staffCommand } from "../../../src/cli/commands/staff.js";
import { sweepCommand } from "../../../src/cli/commands/sweep.js";
import { budgetedOverrides, comparisonBudgetIssue, eventsPerSecond, REFUSE_SECONDS, totalBudgetIssue } from "../../../src/cli/run-budget.js";
import { withRunOverrides } from "../../../src/experiment/run-overrides.js";
import { validateCommand } from "../../../src/cli/commands/validate.js";
import { estimateRun } from "../../../src/model/checks/run-budget.js";
import { loadModelText } from "../../../src/model/source/load.js";
import { BASE, vary } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "procsim-budget-"));
const HUGE = `name: a century of a million an hour
run: { horizon: 36500d }
arrivals: [ { name: files, ratePerHour: 1000000 } ]
steps:
  - { name: a, duration: 0.00001 }
`;

/** HUGE with a pool and a service level to staff. */
const HUGE_POOL = `name: a century of a million an hour, staffed
run: { horizon: 36500d }
arrivals: [ { name: files, ratePerHour: 1000000 } ]
resources: { clerks: { capacity: 100000 } }
steps:
  - { name: a, resource: clerks, duration: 0.00001 }
serviceLevels: [ { name: fast, step: a, maxWait: 5min, target: 80% } ]
`;

afterEach(() => {
  process.exitCode = 0;
});

function model(text: string) {
  const loaded = loadModelText(text);
  if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join("\n"));
  return loaded.model;
}

async function capture(run: () => unknown): Promise<{ err: string; out: string; code: number }> {
  let err = "";
  let out = "";
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  try {
    await run();
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
  return { err, out, code: Number(process.exitCode ?? 0) };
}

describe("estimateRun", () => {
  it("expected arrivals are rate × open hours in the horizon, visits follow the routing", () => {
    // 6 an hour for 8 h, 2 replications; two steps in a row: 2 visits per case.
    expect(estimateRun(model(BASE))).toEqual({ arrivals: 48, visitsPerCase: 2, replications: 2, events: 48 * 3 * 2, minutes: 480 });
    // Review sends half back to intake: expected visits per step 2, per case 4 (geometric).
    const rework = vary("    duration: { triangular: { min: 2, mode: 4, max: 8 } }\n", "    duration: { triangular: { min: 2, mode: 4, max: 8 } }\n    next: [ { to: intake, p: 0.5 }, { to: exit, p: 0.5 } ]\n");
    expect(estimateRun(model(rework)).visitsPerCase).toBeCloseTo(4, 12);
    // Open 09:00–17:00 on weekdays over a 7-day horizon: 40 open hours.
    const week = vary("run: { horizon: 8h, replications: 2 }", 'calendar: { open: "09:00", close: "17:00" }\nrun: { horizon: 7d, replications: 1 }');
    expect(estimateRun(model(week)).arrivals).toBeCloseTo(6 * 40, 9);
    expect(estimateRun(model(vary("run: { horizon: 8h, replications: 2 }", "run: { horizon: 8h, maxArrivals: 10 }"))).arrivals).toBe(10);
  });
});

describe("the CLI says how long a run would take", () => {
  const huge = join(dir, "huge.yaml");
  writeFileSync(huge, HUGE);

  it("validate warns with the estimate and the time on this machine (exit 0)", async () => {
    const result = await capture(() => validateCommand.handler({ files: [huge], _: [], $0: "procsim" } as never));
    expect(result.code).toBe(0);
    // Located at the horizon the file writes (line 2, column 17), like every other finding.
    expect(result.out).toMatch(/2:17 .*warning: this run is about 1\.8e\+13 events \(8\.8e\+11 arrivals a replication × 1\.0 visits per case × 10 replications\): about \d+ (days|years) on this machine/);
  });

  it("run refuses it (exit 2) before simulating", async () => {
    const result = await capture(() => runCommand.handler({ model: huge, report: false, allowLong: false, _: [], $0: "procsim" } as never));
    expect(result.code).toBe(2);
    expect(result.err).toContain("pass --allow-long to run it anyway");
    expect(result.err).toContain(`${huge}:2:17`);
    expect(result.out).toBe("");
  });
});

describe("sweep and staff count every run they will make", () => {
  const huge = join(dir, "huge-sweep.yaml");
  writeFileSync(huge, HUGE);
  const staffed = join(dir, "huge-staff.yaml");
  writeFileSync(staffed, HUGE_POOL);
  const cli = { report: false, allowLong: false, _: [], $0: "procsim" };

  it("one issue for all the runs: their events add up, and --allow-long makes it a warning", () => {
    const one = model(HUGE);
    const issue = totalBudgetIssue([one, one, one], {}, { allowLong: false, refuse: true });
    expect(issue?.severity).toBe("error");
    expect(issue?.message).toMatch(/^these 3 runs are about 5\.3e\+13 events \(3 runs × 8\.8e\+11 arrivals a replication × 1\.0 visits per case × 10 replications\): .*; pass --allow-long to run them anyway/);
    expect(totalBudgetIssue([one, one, one], {}, { allowLong: true, refuse: true })?.severity).toBe("warning");
  });

  it("sweep refuses its points together (exit 2) before simulating", async () => {
    const result = await capture(() => sweepCommand.handler({ ...cli, model: huge, vary: ["arrivals.files.scale=0.5,1"], oneAtATime: false } as never));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${huge}:2:17`);
    expect(result.err).toContain("these 2 runs are about 2.6e+13 events (2 runs × 6.6e+11 arrivals a replication");
    expect(result.err).toContain("pass --allow-long to run them anyway");
    expect(result.out).toBe("");
  });

  it("staff refuses its rounds together (exit 2), and a roster to evaluate as one run", async () => {
    const args = { ...cli, model: staffed, interval: 30, shiftLengths: "8h", minStaff: 1, maxStaff: 30, rounds: 4 };
    const planning = await capture(() => staffCommand.handler(args as never));
    expect(planning.code).toBe(2);
    expect(planning.err).toContain("these 4 runs are about");
    expect(planning.out).toBe("");
    process.exitCode = 0;
    const evaluating = await capture(() => staffCommand.handler({ ...args, evaluate: "5@09:00-17:00" } as never));
    expect(evaluating.code).toBe(2);
    expect(evaluating.err).toContain("this run is about");
    expect(evaluating.err).toContain("pass --allow-long to run it anyway");
  });
});

describe("compare and --shard count every model they will run", () => {
  const cli = { report: false, allowLong: false, workers: 1, _: [], $0: "procsim" };

  it("two models each under the refusal threshold are refused together", () => {
    // Replications for 0.7 days a model on one thread at the speed this process measured (the budget uses the same).
    const perReplication = estimateRun(model(HUGE.replace("36500d", "10d"))).events / 10;
    const replications = Math.max(1, Math.floor((0.7 * REFUSE_SECONDS * eventsPerSecond()) / perReplication));
    const one = model(HUGE.replace("run: { horizon: 36500d }", `run: { horizon: 10d, replications: ${replications} }`));
    const options = { allowLong: false, workers: 1, refuse: true };
    expect(comparisonBudgetIssue([one], {}, options)?.severity).toBe("warning");
    const both = comparisonBudgetIssue([one, { ...one, name: "proposed" }], {}, options);
    expect(both?.severity).toBe("error");
    expect(both?.message).toMatch(/^these 2 runs are about .*; pass --allow-long to run them anyway/);
    expect(comparisonBudgetIssue([one, one], {}, { ...options, allowLong: true })?.severity).toBe("warning");
    // The proposals run on the current model's replications, whatever their own files say.
    expect(comparisonBudgetIssue([one, withRunOverrides(one, { replications: 1 })], {}, options)?.severity).toBe("error");
  });

  it("compare refuses them (exit 2) with one issue for all its models, before simulating", async () => {
    const [current, proposed] = ["current.yaml", "proposed.yaml"].map((name) => join(dir, name));
    writeFileSync(current, HUGE);
    writeFileSync(proposed, HUGE.replace("name: a century", "name: the proposal, a century"));
    const result = await capture(() => compareCommand.handler({ ...cli, current, proposals: [proposed] } as never));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${current}:2:17`);
    expect(result.err).toContain("these 2 runs are about");
    expect(result.err).toContain("pass --allow-long to run them anyway");
    expect(result.out).toBe("");
  });

  it("a run to a half-width target is judged on the most replications it may reach", async () => {
    // Days of horizon for 0.2 machine-days at its 2 starting replications: with a target it may reach 20 (2 machine-days).
    const tenDays = model(HUGE.replace("36500d", "10d"));
    const eventsPerDay = estimateRun(tenDays).events / (10 * tenDays.run.replications);
    const days = Math.max(1, Math.round((0.2 * REFUSE_SECONDS * eventsPerSecond()) / (2 * eventsPerDay)));
    const text = HUGE.replace("run: { horizon: 36500d }", `run: { horizon: ${days}d, replications: 2 }`);
    const options = { allowLong: false, workers: 1, refuse: true };
    const twoDays = model(text);
    expect(comparisonBudgetIssue([twoDays], {}, options)?.severity).not.toBe("error");
    expect(comparisonBudgetIssue([twoDays], budgetedOverrides(twoDays, {}, {}), options)?.severity).toBe("error");
    expect(comparisonBudgetIssue([twoDays], budgetedOverrides(twoDays, {}, { maxReplications: 2 }), options)?.severity).not.toBe("error");
    const file = join(dir, "target.yaml");
    writeFileSync(file, text);
    // NOTE: a log replication the run does not have stops it too, so a regression fails here instead of running for hours.
    const stopped = { logReplication: 5, log: join(dir, "target-log.csv"), allowOutside: true };
    const refused = await capture(() => runCommand.handler({ ...cli, model: file, targetHalfwidth: "overall/cycleTime.mean=0.001", ...stopped } as never));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--log-replication 5 is not one of them");
    expect(refused.err).toContain("pass --allow-long to run it anyway");
    expect(refused.out).toBe("");
  });

  it("a shard is held to the budget of its block of replications", async () => {
    const huge = join(dir, "huge-shard.yaml");
    writeFileSync(huge, HUGE);
    const part = join(dir, "part-1.json");
    const result = await capture(() => runCommand.handler({ ...cli, model: huge, shard: "1/1", json: part, allowOutside: true } as never));
    expect(result.code).toBe(2);
    expect(result.err).toContain("pass --allow-long to run it anyway");
    expect(existsSync(part)).toBe(false);
  });
});
