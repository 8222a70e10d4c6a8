/**
 * `--shard i/n` of `run` and `compare`: run one block of the replications and write it to a
 * part file for `procsim merge`.
 *
 * On a job array of 8 tasks, task 3 runs `procsim compare today.yaml rpa.yaml -r 400
 * --shard 3/8 --json part-3.json`: replications 100..149 of both models, no tables; the
 * merge of all eight parts prints and writes what one run of 400 replications would.
 * `--per-replication` travels in the part file (the merged JSON then holds each
 * replication's KPI values); the options only a whole result can honour (`--csv`, `--out`,
 * `--all`, `--log`) are refused here and given to `procsim merge` instead. The run budget
 * is judged on the shard's block of replications of every model.
 */
import { loadModels, overrideIssues } from "../api/simulate.js";
import { plannedModels, runShard, type ShardKind, type ShardPart } from "../experiment/shards.js";
import { planOf, shardOf } from "../experiment/plan.js";
import { createReplicationPool, defaultWorkerCount } from "../experiment/workers.js";
import { overridesOf, type ExperimentArgs } from "./experiment-options.js";
import { reportIssues } from "./experiment-output.js";
import { EXIT } from "./output.js";
import { startProgress } from "./progress.js";
import { writeFileAtomic } from "../report/write-atomic.js";
import { outputPathProblems, refuseOutputs } from "./output-paths.js";
import { inputFilesOf } from "./input-files.js";
import { extendsRootsOf } from "./extends-root.js";
import type { LogArgs } from "./event-log-output.js";
import type { ReportArgs } from "./report-output.js";
import { totalBudgetErrors } from "./run-budget.js";

/** The options of run and compare that a shard sees. */
type ShardArgs = ExperimentArgs & ReportArgs & LogArgs & { shard: string };

/** `i/n` → the shard; a message when malformed. */
export function parseShard(text: string): { index: number; count: number } | string {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!(index >= 1 && count >= 1 && index <= count)) return `--shard expects i/n with 1 ≤ i ≤ n, e.g. --shard 3/8; got "${text}"`;
  return { index, count };
}

function fail(message: string): void {
  process.stderr.write(`procsim: ${message}\n`);
  process.exitCode = EXIT.invalid;
}

/**
 * The options a shard would have to ignore, each with where it belongs: a part holds a block
 * of replications, so tables, the report folder and the full table come from the merge, and
 * an event log from a run without --shard.
 */
export function shardOptionProblems(args: Omit<ShardArgs, "shard">): string[] {
  const merge = (option: string) => `--shard writes only a part file, not ${option}: give ${option.split(" ")[0]} to procsim merge (procsim merge part-*.json ${option})`;
  return [
    ...(args.csv !== undefined ? [merge("--csv DIR")] : []),
    ...(args.out !== undefined ? [merge("--out DIR")] : []),
    ...(args.all === true ? [merge("--all")] : []),
    ...(args.log !== undefined || args.logReplication !== undefined ? ["--shard writes only a part file, not an event log: write it with --log in a run without --shard"] : []),
  ];
}

/** Runs one shard of a run or comparison and writes the part file named by `--json`. */
export async function writeShardFor(kind: ShardKind, paths: readonly string[], args: ShardArgs, workers: number | undefined): Promise<void> {
  const shard = parseShard(args.shard);
  if (typeof shard === "string") return fail(shard);
  if (!args.json) return fail("--shard writes a part file: name it with --json, e.g. --shard 3/8 --json part-3.json");
  const ignored = shardOptionProblems(args);
  if (ignored.length > 0) return ignored.forEach(fail);
  if (refuseOutputs(outputPathProblems({ ...args, csv: undefined, report: false }, inputFilesOf(paths), []))) return;
  const overrides = overridesOf(args);
  const invalid = overrideIssues(overrides);
  if (invalid.length > 0) return reportIssues(invalid);
  const loaded = loadModels(paths, extendsRootsOf(args));
  if (!loaded.ok) return reportIssues(loaded.issues);
  reportIssues(loaded.warnings);
  // The models are loaded: their libraries and recorded arrivals are inputs too.
  if (refuseOutputs(outputPathProblems({ ...args, csv: undefined, report: false }, inputFilesOf(paths), []))) return;
  const models = plannedModels(kind, loaded.value, overrides);
  if (shard.count > models[0].run.replications) return fail(`--shard ${args.shard}: ${shard.count} shards need at least ${shard.count} replications, the plan has ${models[0].run.replications}`);
  const block = shardOf(planOf(models, 0, models[0].run.replications), shard.index, shard.count).replications.count;
  const overBudget = totalBudgetErrors(models, { replications: block }, { allowLong: args.allowLong === true, workers });
  if (overBudget.length > 0) return reportIssues(overBudget);
  const pool = createReplicationPool({ workers: workers ?? defaultWorkerCount() });
  const progress = startProgress(`Shard ${shard.index}/${shard.count}`, true);
  try {
    const ran = await runShard(kind, models, shard, pool, progress.update);
    const part: ShardPart = args.perReplication === true ? { ...ran, perReplication: true } : ran;
    progress.stop();
    writeFileAtomic(args.json, `${JSON.stringify(part)}\n`);
    const { from, count } = part.part.replications;
    process.stdout.write(`Shard ${shard.index}/${shard.count}: replications ${from}..${from + count - 1} of ${models.length} model${models.length === 1 ? "" : "s"} written to ${args.json}; combine the parts with procsim merge.\n`);
  } finally {
    progress.stop();
    await pool.close();
  }
}
