// What simulate and compare check before they run, and what they report while running: a Model
// object changed in code is held to a model file's checks, options to the CLI's ranges (worded
// for the library), and progress over the rounds of a half-width run never goes back.
import { describe, expect, it } from "vitest";
import {
  bundledScenario,
  bundledScenarios,
  compare,
  compareFiles,
  compileModel,
  createWorkerPool,
  InvalidModelError,
  loadAnyModelFile,
  runReplication,
  simulate,
  simulateFile,
  withEta,
  type Model,
} from "../../../src/index.js";
import { replicationCeiling } from "../../../src/experiment/target-halfwidth.js";
import { LIMITS } from "../../../src/model/schema/limits.js";
import { maxWorkerCount } from "../../../src/experiment/worker-limit.js";

function loaded(name: string): Model {
  const result = loadAnyModelFile(bundledScenario(name));
  if (!result.ok) throw new Error(`${name} must load`);
  return result.model;
}

const branch = loaded("branch-counter");
const WAIT = "overall/waitTime.mean";

describe("a Model object given to simulate or compare", () => {
  it("is refused with every problem at once, by path, as a model file would be", async () => {
    const edited = structuredClone(branch) as unknown as { resources: { capacity: unknown }[]; arrivals: { ratePerHour: unknown }[] };
    edited.resources[0].capacity = -3;
    edited.arrivals[0].ratePerHour = -1;
    const error: unknown = await simulate(edited as unknown as Model, { replications: 2, workers: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidModelError);
    const issues = (error as InvalidModelError).issues.filter((issue) => issue.severity === "error");
    expect(issues.map((issue) => issue.path.join("."))).toEqual(["resources.tellers.capacity", "arrivals.0.ratePerHour"]);
    expect((error as Error).message).toContain("found -3; must be at least 0");
    expect((error as Error).message).toContain(`<model loaded from ${branch.sourceFile}>`);
  });

  it("refuses a capacity given as text, and a proposal that is not valid, in compare too", async () => {
    const edited = structuredClone(branch) as unknown as { resources: { capacity: unknown }[] };
    edited.resources[0].capacity = "6";
    await expect(simulate(edited as unknown as Model, { replications: 2, workers: 1 })).rejects.toThrow(/found "6"; expected a number/);
    await expect(compare(branch, [edited as unknown as Model], { replications: 2, workers: 1 })).rejects.toBeInstanceOf(InvalidModelError);
    await expect(compare(branch, branch as unknown as Model[], { replications: 2, workers: 1 })).rejects.toThrow(/proposals must be an array/);
  });

  it("passes for every bundled scenario, so a valid model runs as before", async () => {
    const { modelObjectIssues } = await import("../../../src/experiment/model-object-checks.js");
    for (const name of bundledScenarios()) {
      expect(modelObjectIssues(loaded(name)).filter((issue) => issue.severity === "error"), name).toEqual([]);
    }
  });
});

describe("run options", () => {
  const workerCases: unknown[] = [0, -1, 1.5, "2", 1000];
  it.each(workerCases)("refuses workers %j, naming the valid range", async (workers) => {
    const shown = typeof workers === "string" ? `"${workers}"` : String(workers);
    const message = `workers must be a whole number from 1 to ${maxWorkerCount()}, got ${shown}`;
    await expect(simulate(branch, { replications: 2, workers: workers as number })).rejects.toThrow(message);
    const viaFile = await simulateFile(bundledScenario("branch-counter"), { replications: 2, workers: workers as number });
    expect(viaFile.ok ? [] : viaFile.issues.map((issue) => issue.message)).toEqual([expect.stringContaining(message)]);
    expect(() => createWorkerPool(workers as number)).toThrow(message);
  });

  it("words the horizon and replications for the library, with the value as given", async () => {
    await expect(simulate(branch, { horizon: "2d" as unknown as number })).rejects.toThrow('horizon must be a positive number of minutes (2 days = 2880), got "2d"');
    await expect(simulate(branch, { replications: "5" as unknown as number })).rejects.toThrow('replications must be a whole number from 1 to 100000, got "5"');
  });

  it("holds maxReplications to the replication limit in every entry point", async () => {
    const options = { replications: 2, target: { key: WAIT, halfWidth: 1e-6 }, maxReplications: 5_000_000 };
    const message = "maxReplications must be a whole number from 1 to 100000, got 5000000";
    const single = await simulateFile(bundledScenario("branch-counter"), options);
    const paired = await compareFiles(bundledScenario("branch-counter"), [bundledScenario("branch-counter-lunch-proposed")], options);
    expect(single.ok ? [] : single.issues.map((issue) => issue.message)).toEqual([message]);
    expect(paired.ok ? [] : paired.issues.map((issue) => issue.message)).toEqual([message]);
    await expect(simulate(branch, options)).rejects.toThrow(message);
    await expect(compare(branch, [branch], options)).rejects.toThrow(message);
    expect(replicationCeiling(2, 5_000_000)).toBe(LIMITS.replications);
    expect(replicationCeiling(LIMITS.replications)).toBe(LIMITS.replications);
    expect(replicationCeiling(30)).toBe(300);
  });

  it("refuses a target whose half-width is not a positive number", async () => {
    await expect(simulate(branch, { replications: 2, target: { key: WAIT, halfWidth: -1 } })).rejects.toThrow("target.halfWidth must be a positive number in the KPI's unit, got -1");
  });
});

describe("progress over the rounds of a half-width target", () => {
  it("counts every replication once, in order, ending at the replications run (simulate)", async () => {
    const seen: [number, number][] = [];
    const etas: (number | null)[] = [];
    const result = await simulate(branch, { replications: 4, workers: 1, target: { key: WAIT, halfWidth: 0.03 }, maxReplications: 60, onProgress: withEta((p) => (seen.push([p.done, p.total]), etas.push(p.etaMs))) });
    expect(result.target?.replications).toBeGreaterThan(4);
    expect(seen.map(([done]) => done)).toEqual(Array.from({ length: result.replications }, (_, i) => i + 1));
    expect(seen.at(-1)).toEqual([result.replications, result.replications]);
    expect(seen.every(([done, total]) => done <= total)).toBe(true);
    expect(etas.every((eta) => eta !== null && eta >= 0)).toBe(true);
  });

  it("counts the replications of every model, in order (compare)", async () => {
    const lunch = loaded("branch-counter-lunch-proposed");
    const seen: [number, number][] = [];
    const result = await compare(branch, [lunch], { replications: 3, workers: 2, target: { key: WAIT, halfWidth: 0.05 }, maxReplications: 12, onProgress: (done, total) => seen.push([done, total]) });
    expect(result.replications).toBeGreaterThan(3);
    expect(seen.map(([done]) => done)).toEqual(Array.from({ length: 2 * result.replications }, (_, i) => i + 1));
    expect(seen.at(-1)).toEqual([2 * result.replications, 2 * result.replications]);
  });
});

describe("runReplication", () => {
  it("refuses a replication index that is not a whole number ≥ 0", () => {
    const compiled = compileModel(branch);
    expect(() => runReplication(compiled, -1)).toThrow("replication must be a whole number ≥ 0 (the first replication is 0), got -1");
    expect(() => runReplication(compiled, 1.5)).toThrow("got 1.5");
  });
});
