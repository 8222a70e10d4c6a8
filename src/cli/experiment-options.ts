/**
 * Command-line options shared by `run` and `compare`: replications, seed, horizon, workers
 * and the output files.
 *
 * `procsim run branch-counter.yaml --replications 50 --horizon 5d --workers 4 --json out.json`
 * overrides the model's run block for this run only; the horizon takes a duration with
 * its unit ("5d", "8h", "90min"; a bare number is minutes). Every option is checked with the
 * ranges of the model language (limits.ts) before anything runs: `--replications 1e9`,
 * `--seed -1`, `--horizon 100000000d` or `--workers 999` stop with exit code 2.
 */
import type { Argv } from "yargs";
import { DURATION_PATTERN, toMinutes } from "../model/schema/units.js";
import { checkRunOverrides, wholeNumberProblem, type RunOverrides } from "../experiment/run-overrides.js";
import type { HalfWidthTarget, TargetOutcome } from "../experiment/target-halfwidth.js";
import { LIMITS } from "../model/schema/limits.js";
import { workersProblem } from "../experiment/run-options.js";
import { withExtendsRoot } from "./extends-root.js";

/** Parsed shared options. */
export interface ExperimentArgs {
  replications?: number;
  seed?: number;
  horizon?: string;
  workers?: number;
  json?: string;
  csv?: string;
  perReplication?: boolean;
  all?: boolean;
  targetHalfwidth?: string;
  maxReplications?: number;
  allowLong?: boolean;
  shard?: string;
  extendsRoot?: string[];
}

/** `--allow-long`: run even when the run budget (run-budget.ts) refuses the estimate; for run, compare, sweep and staff. */
export const ALLOW_LONG_OPTION = { type: "boolean", default: false, describe: "Run even when the estimate says it takes more than a day on this machine" } as const;

/** Adds the shared options to a command's builder. */
export function withExperimentOptions<T>(yargs: Argv<T>): Argv<T & ExperimentArgs> {
  return withExtendsRoot(yargs)
    .option("replications", { alias: "r", type: "number", describe: "Replications (overrides run.replications)" })
    .option("seed", { alias: "s", type: "number", describe: "Master seed (overrides run.seed)" })
    .option("horizon", { type: "string", describe: 'Simulated time, e.g. 5d, 8h, 90min (overrides run.horizon)' })
    .option("workers", { alias: "w", type: "number", describe: "Worker threads (default: available cores; 1 = in-process)" })
    .option("json", { type: "string", describe: "Write the full result as JSON to this file" })
    .option("csv", { type: "string", describe: "Write KPI tables as CSV files into this folder (with replications.csv: every KPI of every replication)" })
    .option("per-replication", { type: "boolean", default: false, describe: "Add every replication's KPI values to the --json result (key replicationKpis of each run)" })
    .option("all", { type: "boolean", default: false, describe: "Show every KPI, not only the headline ones" })
    .option("target-halfwidth", { type: "string", describe: "KPI=VALUE: add replications until the half-width of KPI (paired, for compare) is ≤ VALUE" })
    .option("max-replications", { type: "number", describe: "Limit for --target-halfwidth (default 10 × replications)" })
    .option("allow-long", ALLOW_LONG_OPTION)
    .option("shard", { type: "string", describe: "i/n: run only the i-th of n blocks of replications and write a part file to --json (combine with procsim merge)" }) as Argv<T & ExperimentArgs>;
}

/** A horizon argument in minutes; NaN when it is not a duration. */
export function parseHorizon(text: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return DURATION_PATTERN.test(trimmed) ? toMinutes(trimmed, "min") : Number.NaN;
}

/** The run overrides the options ask for (validated by the API). */
export function overridesOf(args: ExperimentArgs): RunOverrides {
  return {
    ...(args.replications !== undefined ? { replications: args.replications } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    ...(args.horizon !== undefined ? { horizon: parseHorizon(args.horizon) } : {}),
  };
}

/** A worker count option, validated: undefined = default; a message when invalid. */
export function workersOf(args: ExperimentArgs): number | string | undefined {
  if (args.workers === undefined) return undefined;
  const problem = workersProblem(args.workers, "--workers");
  return problem === null ? args.workers : problem;
}

/**
 * Every problem with the shared options, as messages (empty when all are valid): the run
 * overrides with the model's ranges, the horizon's syntax, the worker count.
 */
export function experimentArgProblems(args: ExperimentArgs): string[] {
  const problems: string[] = [];
  if (args.horizon !== undefined && Number.isNaN(parseHorizon(args.horizon))) {
    problems.push(`--horizon expects a duration such as 5d, 8h or 90min; got ${JSON.stringify(args.horizon)}`);
  }
  const { horizon, ...rest } = overridesOf(args);
  const overrides = Number.isNaN(horizon) ? rest : { ...rest, horizon };
  problems.push(...checkRunOverrides(overrides, "cli").map((problem) => `--${problem.message}`));
  const workers = workersOf(args);
  if (typeof workers === "string") problems.push(workers);
  const maxReplications = args.maxReplications === undefined ? null : wholeNumberProblem("--max-replications", args.maxReplications, 1, LIMITS.replications);
  if (maxReplications) problems.push(maxReplications);
  const perReplication = perReplicationProblem(args);
  if (perReplication) problems.push(perReplication);
  if (args.maxReplications !== undefined && args.targetHalfwidth === undefined) {
    problems.push("--max-replications only limits a --target-halfwidth run; add --target-halfwidth KPI=VALUE or set the count with --replications");
  }
  return problems;
}

/** `--per-replication` without `--json`: it has no file to add the values to (null when fine). */
export function perReplicationProblem(args: Pick<ExperimentArgs, "perReplication" | "json">): string | null {
  if (args.perReplication !== true || args.json !== undefined) return null;
  return "--per-replication adds each replication's KPI values to the --json result: name the file with --json FILE (--csv DIR writes them as replications.csv)";
}

/** `KEY=VALUE` → a half-width target; a message when malformed. */
export function parseTarget(text: string): HalfWidthTarget | string {
  const at = text.lastIndexOf("=");
  const key = text.slice(0, at).trim();
  const halfWidth = Number(text.slice(at + 1));
  if (at <= 0 || !(halfWidth > 0 && Number.isFinite(halfWidth))) return `--target-halfwidth expects KPI=VALUE with VALUE > 0, e.g. overall/cycleTime.mean=5; got "${text}"`;
  return { key, halfWidth };
}

/** The target option, parsed: undefined when absent; a message when malformed. */
export function targetOf(args: ExperimentArgs): HalfWidthTarget | string | undefined {
  return args.targetHalfwidth === undefined ? undefined : parseTarget(args.targetHalfwidth);
}

/** "Target met: half-width of KEY is 0.48 ≤ 0.5 after 23 replications." ("" without a target). */
export function targetLine(t: TargetOutcome | null | undefined): string {
  if (!t) return "";
  const achieved = t.achieved === null ? "undefined" : t.achieved.toPrecision(3);
  return t.met
    ? `Target met: half-width of ${t.key} is ${achieved} ≤ ${t.halfWidth} after ${t.replications} replications.\n`
    : `Target NOT met: half-width of ${t.key} is ${achieved} > ${t.halfWidth} at the limit of ${t.replications} replications (raise --max-replications).\n`;
}
