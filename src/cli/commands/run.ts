/**
 * `procsim run MODEL.yaml`: runs a model (or a proposal file) for R replications and prints
 * the KPI table with 95% intervals.
 *
 * `procsim run scenarios/branch-counter.yaml --replications 50 --json out.json` prints, by
 * scope, every headline KPI as mean ± half-width with its interval and n; an invalid model
 * prints its located issues and exits with code 2.
 */
import type { CommandModule } from "yargs";
import { simulateFile } from "../../api/simulate.js";
import { replicationCsv } from "../../api/replications.js";
import type { Model } from "../../model/compile/model.js";
import { withRunOverrides } from "../../experiment/run-overrides.js";
import { extendsRootsOf } from "../extends-root.js";
import { experimentArgProblems, withExperimentOptions, overridesOf, targetOf, workersOf, type ExperimentArgs } from "../experiment-options.js";
import { reportIssues, reportRunFailure, runCsv, writeFiles, writeJson } from "../experiment-output.js";
import { startProgress } from "../progress.js";
import { printRun } from "../result-text.js";
import { EXIT } from "../output.js";
import { writeShardFor } from "../shard-output.js";
import { chooseLanguage, withReportOptions, writeRunReportFor, type ReportArgs } from "../report-output.js";
import { budgetedOverrides, budgetErrors } from "../run-budget.js";
import { logFilesOf, logOptionProblems, logReplicationIssues, withLogOptions, writeEventLogs, type LogArgs } from "../event-log-output.js";
import { asOptionIssues, loadedOutputIssues, outputPathProblems, refuseOutputs, writeOutput } from "../output-paths.js";
import { inputFilesOf } from "../input-files.js";
import { onStartedPool } from "../started-pool.js";

/** The files --csv writes: the KPI table and every KPI of every replication. */
const CSV_NAMES = ["kpis.csv", "replications.csv"] as const;

interface RunArgs extends ExperimentArgs, ReportArgs, LogArgs {
  model: string;
}

async function handler(args: RunArgs): Promise<void> {
  const problems = experimentArgProblems(args);
  for (const problem of problems) process.stderr.write(`procsim: ${problem}\n`);
  const workers = workersOf(args);
  if (problems.length > 0 || typeof workers === "string") {
    process.exitCode = EXIT.invalid;
    return;
  }
  const target = targetOf(args);
  if (typeof target === "string") {
    process.stderr.write(`procsim: ${target}\n`);
    process.exitCode = EXIT.invalid;
    return;
  }
  if (args.shard !== undefined && target !== undefined) return void failWith("--shard runs a fixed block of replications; it cannot be combined with --target-halfwidth");
  if (args.shard !== undefined) return writeShardFor("run", [args.model], { ...args, shard: args.shard }, workers).catch(rethrowUnlessRunFailure);
  let inputs = inputFilesOf([args.model]);
  const logFiles = args.log === undefined ? [] : logFilesOf(args.log, 1);
  if (refuseOutputs([...logOptionProblems(args, inputs, 1), ...outputPathProblems(args, inputs, CSV_NAMES, logFiles)])) return;
  const progress = startProgress("Simulating", true);
  try {
    const budget = { allowLong: args.allowLong === true, workers };
    let loaded: readonly Model[] = [];
    const beforeRun = (models: readonly Model[]) => {
      loaded = models;
      // The models are loaded: their libraries and recorded arrivals are inputs too.
      inputs = inputFilesOf([args.model]);
      return [...asOptionIssues(logOptionProblems(args, inputs, 1)), ...loadedOutputIssues(args, inputs, models, CSV_NAMES, logFiles), ...budgetErrors(models, budgetedOverrides(models[0], overridesOf(args), target && { maxReplications: args.maxReplications }), budget), ...logReplicationIssues(args, models, overridesOf(args))];
    };
    const options = { ...overridesOf(args), ...extendsRootsOf(args), workers, target, maxReplications: args.maxReplications, onProgress: progress.update, beforeRun };
    const outcome = await onStartedPool(workers, (pool) => simulateFile(args.model, { ...options, pool }));
    progress.stop();
    if (!outcome.ok) return reportIssues(outcome.issues);
    chooseLanguage(args, loaded[0]);
    reportIssues(outcome.warnings);
    const context = printRun(outcome.value, loaded[0], overridesOf(args), args.all);
    const { json, csv } = args;
    if (json) writeOutput("JSON result", () => writeJson(json, outcome.value, args.perReplication));
    if (csv) writeOutput("CSV tables", () => writeFiles(csv, { [CSV_NAMES[0]]: runCsv(outcome.value), [CSV_NAMES[1]]: replicationCsv(outcome.value) }));
    if (args.log !== undefined) writeOutput("Event log", () => writeEventLogs(args, [withRunOverrides(loaded[0], overridesOf(args))]));
    await writeRunReportFor(args, outcome.value, inputs, context);
  } catch (error) {
    progress.stop();
    if (!reportRunFailure(error)) throw error;
  }
}

/** The `run` command. */
export const runCommand: CommandModule<object, RunArgs> = {
  command: "run <model>",
  describe: "Run a model or proposal for R replications and print KPIs with 95% intervals",
  builder: (yargs) =>
    withLogOptions(withReportOptions(withExperimentOptions(
      yargs
        .positional("model", { type: "string", demandOption: true, describe: "Model or proposal YAML file" })
        .example("$0 run scenarios/branch-counter.yaml --replications 50 --json out.json", "50 replications, result as JSON")
        .example("$0 run scenarios/branch-counter.yaml --target-halfwidth overall/waitTime.mean=0.2", "replicate until the mean wait is known to ±0.2 min"),
    ))) as never,
  handler,
};

/** A run-time model failure is reported (exit 2); anything else is an internal error. */
function rethrowUnlessRunFailure(error: unknown): void {
  if (!reportRunFailure(error)) throw error;
}

function failWith(message: string): void {
  process.stderr.write(`procsim: ${message}\n`);
  process.exitCode = EXIT.invalid;
}
