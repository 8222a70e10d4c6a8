// Nothing accepted and ignored: every public function that takes an options object refuses a
// key it does not know, naming the function, the key, a near known key and the valid keys,
// before it runs, loads or writes anything. The known keys come from tables the compiler holds
// to the option interfaces (src/api/option-tables.ts).
import { describe, expect, it } from "vitest";
import {
  bundledScenario,
  chartDisplay,
  compare,
  compareFiles,
  compileModel,
  loadAnyModelFile,
  runReplication,
  simulate,
  simulateFile,
  simulateSync,
  tableToText,
  tableToTextLines,
  writeComparisonReport,
  writeEventLog,
  writeRunReport,
  type ComparisonResult,
  type EventLogOptions,
  type Model,
  type ModelIssue,
  type RunResult,
  type Table,
} from "../../../src/index.js";
import type { TopLevelSpec } from "vega-lite";
import type { OptionKeys } from "../../../src/api/unknown-options.js";
import { RUN_OVERRIDE_KEYS, SIMULATE_KEYS } from "../../../src/api/option-tables.js";
import { LIMITS } from "../../../src/model/schema/limits.js";
import { maxWorkerCount } from "../../../src/experiment/worker-limit.js";
import type { RunOverrides } from "../../../src/experiment/run-overrides.js";
import type { SimulateOptions } from "../../../src/experiment/simulate.js";

const loaded = loadAnyModelFile(bundledScenario("branch-counter"));
if (!loaded.ok) throw new Error("branch-counter must load");
const branch: Model = loaded.model;
const path = bundledScenario("branch-counter");

const RUN = "horizon, maxReplications, onProgress, pool, replications, seed, signal, target, workers";
const FILE_RUN = "beforeRun, extendsRoots, horizon, maxReplications, onProgress, pool, replications, seed, signal, target, workers";
const REPORT = "allowOutside, caller, context, cwd, force, inputs, language, onStage, outDir, png";
const LAYOUT = "indent, noteDropped, title, width";
// The options are given as the misspelling a user types; a cast stands for a caller without types.
const bad = <T>(options: object): T => options as T;
const NO_RUN = {} as RunResult;
const NO_COMPARISON = {} as ComparisonResult;
const NO_TABLE = {} as Table<unknown>;
const SPEC = { mark: "point" } as TopLevelSpec;

/** Each entry point called with one misspelt key, and the sentence it is refused with. */
const THROWING: readonly [string, () => unknown, string][] = [
  ["simulate", () => simulate(branch, bad({ replication: 3 })), `simulate: unknown option "replication" (did you mean "replications"?); the options are ${RUN}`],
  ["compare", () => compare(branch, [branch], bad({ seeds: 7 })), `compare: unknown option "seeds" (did you mean "seed"?); the options are ${RUN}`],
  ["simulateSync", () => simulateSync(branch, bad({ workers: 1 })), 'simulateSync: unknown option "workers"; the options are horizon, replications, seed'],
  ["writeRunReport", () => writeRunReport(NO_RUN, bad({ outdir: "reports/x" })), `writeRunReport: unknown option "outdir" (did you mean "outDir"?); the options are ${REPORT}`],
  ["writeComparisonReport", () => writeComparisonReport(NO_COMPARISON, bad({ langauge: "zh" })), `writeComparisonReport: unknown option "langauge" (did you mean "language"?); the options are ${REPORT}`],
  ["writeEventLog", () => writeEventLog(branch, bad<EventLogOptions>({ format: "csv", write: () => {}, replications: 1 })), 'writeEventLog: unknown option "replications" (did you mean "replication"?); the options are format, replication, write'],
  ["runReplication", () => runReplication(compileModel(branch), 0, bad({ maxEvent: 10 })), 'runReplication: unknown option "maxEvent" (did you mean "maxEvents"?); the options are maxCasesInSystem, maxEvents, maxVisitsPerStep, observer'],
  ["chartDisplay", () => chartDisplay(SPEC, bad({ svg: false, pngs: false })), 'chartDisplay: unknown option "pngs" (did you mean "png"?); the options are png, svg'],
  ["tableToText", () => tableToText(NO_TABLE, bad({ width: 80, titel: false })), `tableToText: unknown option "titel" (did you mean "title"?); the options are ${LAYOUT}`],
  ["tableToTextLines", () => tableToTextLines(NO_TABLE, bad({ width: 80, indnt: "  " })), `tableToTextLines: unknown option "indnt" (did you mean "indent"?); the options are ${LAYOUT}`],
];

/** The entry points that return issues: one issue of "(options)" per unknown key. */
const RETURNING: readonly [string, () => Promise<{ ok: boolean; issues?: readonly ModelIssue[] }> | { ok: boolean; issues?: readonly ModelIssue[] }, string][] = [
  ["simulateFile", () => simulateFile(path, bad({ replication: 3 })), `simulateFile: unknown option "replication" (did you mean "replications"?); the options are ${FILE_RUN}`],
  ["compareFiles", () => compareFiles(path, [path], bad({ extendRoots: [] })), `compareFiles: unknown option "extendRoots" (did you mean "extendsRoots"?); the options are ${FILE_RUN}`],
  ["loadAnyModelFile", () => loadAnyModelFile(path, bad({ extendsRoot: ["."] })), 'loadAnyModelFile: unknown option "extendsRoot" (did you mean "extendsRoots"?); the options are extendsRoots'],
];

describe("an options key the library does not know", () => {
  it.each(THROWING)("%s refuses it with a TypeError naming the key, a near key and the valid keys", async (_name, call, message) => {
    const error: unknown = await (async () => call())().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(message);
  });

  it.each(RETURNING)("%s returns it as an issue of (options), nothing loaded or run", async (_name, call, message) => {
    const outcome = await call();
    expect(outcome.ok).toBe(false);
    expect(outcome.issues?.map((issue) => [issue.file, issue.line, issue.column, issue.path.join("."), issue.severity, issue.message])).toEqual([["(options)", 0, 0, message.match(/"(\w+)"/)?.[1], "error", message]]);
  });

  it("is refused before anything runs: no replication starts", async () => {
    let progress = 0;
    await expect(simulate(branch, bad({ replication: 3, onProgress: () => progress++ }))).rejects.toThrow(TypeError);
    expect(progress).toBe(0);
  });

  it("names every unknown key of a call at once, each with its own hint", async () => {
    await expect(simulate(branch, bad({ replication: 3, wokers: 2, colour: "red" }))).rejects.toThrow(
      new TypeError(`simulate: unknown options "replication" (did you mean "replications"?), "wokers" (did you mean "workers"?) and "colour"; the options are ${RUN}`),
    );
    const outcome = await simulateFile(path, bad({ replication: 3, seeds: 1 }));
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.path.join("."))).toEqual(["replication", "seeds"]);
  });

  it("inside a half-width target too, with the target's keys", async () => {
    await expect(simulate(branch, bad({ target: { key: "overall/waitTime.mean", halfwidth: 1, halfWidth: 1 } }))).rejects.toThrow(
      new TypeError('simulate: unknown option "target.halfwidth" (did you mean "target.halfWidth"?); the keys of target are halfWidth, key'),
    );
    await expect(compare(branch, [branch], bad({ replication: 2, target: { key: "overall/waitTime.mean", halfWidth: 1, relative: true } }))).rejects.toThrow(
      new TypeError(`compare: unknown options "replication" (did you mean "replications"?) and "target.relative"; the options are ${RUN}; the keys of target are halfWidth, key`),
    );
  });

  it("options that are not an object are refused, not read as no options", async () => {
    await expect(simulate(branch, bad(30 as unknown as object))).rejects.toThrow(new TypeError(`simulate: options must be an object of named settings ({ horizon: … }), got 30; the options are ${RUN}`));
    expect(() => simulateSync(branch, bad(null as unknown as object))).toThrow("simulateSync: options must be an object of named settings ({ horizon: … }), got null");
    expect(() => tableToText(NO_TABLE, bad([80]))).toThrow("tableToText: options must be an object of named settings ({ indent: … }), got an array");
  });

  it("known keys, undefined values and no options at all are accepted as before", () => {
    const run = simulateSync(branch, { replications: 1, seed: undefined, horizon: 60 });
    expect(run.kpis.length).toBeGreaterThan(0);
    expect(runReplication(compileModel(branch), 0).replication).toBe(0);
    expect(loadAnyModelFile(path).ok).toBe(true);
    expect(loadAnyModelFile(path, { extendsRoots: [] }).ok).toBe(true);
  });
});

describe("an unknown key and an invalid value in one call", () => {
  const workers = `workers must be a whole number from 1 to ${maxWorkerCount()}, got 0 (${LIMITS.workersPerCore} per core on this machine)`;

  it("simulate, compare and simulateSync name both in one TypeError, before anything runs", async () => {
    let progress = 0;
    await expect(simulate(branch, bad({ replication: 3, workers: 0, onProgress: () => progress++ }))).rejects.toThrow(
      new TypeError(`simulate: unknown option "replication" (did you mean "replications"?); the options are ${RUN}; ${workers}`),
    );
    expect(progress).toBe(0);
    await expect(compare(branch, [branch], bad({ seeds: 7, replications: 0, horizon: "2d" }))).rejects.toThrow(
      new TypeError(`compare: unknown option "seeds" (did you mean "seed"?); the options are ${RUN}; replications must be a whole number from 1 to ${LIMITS.replications}, got 0; horizon must be a positive number of minutes (2 days = 2880), got "2d"`),
    );
    expect(() => simulateSync(branch, bad({ workers: 1, seed: -1 }))).toThrow(
      new TypeError(`simulateSync: unknown option "workers"; the options are horizon, replications, seed; seed must be a whole number from 0 to ${LIMITS.seed}, got -1`),
    );
    // A target with a misspelt key and no valid half-width: both named.
    await expect(simulate(branch, bad({ target: { key: "overall/waitTime.mean", halfwidth: 1 } }))).rejects.toThrow(
      new TypeError('simulate: unknown option "target.halfwidth" (did you mean "target.halfWidth"?); the keys of target are halfWidth, key; target.halfWidth must be a positive number in the KPI\'s unit, got undefined'),
    );
  });

  it("only invalid values: one RangeError naming them all, as before", async () => {
    await expect(simulate(branch, { workers: 0, seed: -1 })).rejects.toThrow(new RangeError(`seed must be a whole number from 0 to ${LIMITS.seed}, got -1; ${workers}`));
  });

  it("simulateFile and compareFiles return an issue of (options) for each, nothing loaded or run", async () => {
    const run = await simulateFile(path, bad({ replication: 3, seed: 1.5 }));
    expect(run.ok ? [] : run.issues.map((issue) => [issue.file, issue.path.join("."), issue.severity])).toEqual([["(options)", "replication", "error"], ["(options)", "seed", "error"]]);
    const compared = await compareFiles(path, [path], bad({ extendRoots: [], maxReplications: 0, workers: 0 }));
    expect(compared.ok ? [] : compared.issues.map((issue) => issue.path.join("."))).toEqual(["extendRoots", "workers", "maxReplications"]);
    expect(compared.ok ? "" : compared.issues[1].message).toBe(workers);
  });

  it("writeEventLog names the unknown key, the format and the replication at once, writing nothing", () => {
    const chunks: string[] = [];
    expect(() => writeEventLog(branch, bad<EventLogOptions>({ format: "XES", write: (c: string) => chunks.push(c), replication: -1, replications: 1 }))).toThrow(
      new TypeError(`writeEventLog: unknown option "replications" (did you mean "replication"?); the options are format, replication, write; writeEventLog: format must be "csv" or "xes", got "XES" (formats are written in lower case: "xes"); the replication to log must be a whole number from 0 to ${branch.run.replications - 1}, got -1`),
    );
    expect(() => writeEventLog(branch, bad<EventLogOptions>({ format: "json" }))).toThrow(
      new RangeError('writeEventLog: format must be "csv" or "xes", got "json"; writeEventLog: write must be a function that receives the log\'s text, chunk by chunk'),
    );
    expect(chunks).toEqual([]);
  });
});

describe("the tables of known keys", () => {
  it("cannot drift from the interfaces: a missing or extra key does not compile", () => {
    // @ts-expect-error horizon is missing: an option of RunOverrides the table does not list
    const missing = { replications: true, seed: true } as const satisfies OptionKeys<RunOverrides>;
    // @ts-expect-error colour is not an option of RunOverrides
    const extra = { replications: true, seed: true, horizon: true, colour: true } as const satisfies OptionKeys<RunOverrides>;
    expect([Object.keys(missing), Object.keys(extra).length]).toEqual([["replications", "seed"], 4]);
    expect(Object.keys(RUN_OVERRIDE_KEYS).every((key) => key in SIMULATE_KEYS)).toBe(true);
    const keys: readonly (keyof SimulateOptions)[] = Object.keys(SIMULATE_KEYS) as (keyof SimulateOptions)[];
    expect(keys).toHaveLength(9);
  });
});
