/**
 * `procsim compare CURRENT.yaml PROPOSED.yaml [MORE…]`: paired comparison of proposals with
 * the current process on common random numbers.
 *
 * `procsim compare account-opening.yaml account-opening-rpa-proposed.yaml` prints, per
 * proposal, each headline KPI today and proposed, the paired difference with its 95%
 * interval, the relative change, a marker when the change is significant, and how much
 * narrower pairing made the interval. `--target-halfwidth overall/cycleTime.mean=5` adds
 * replications until that difference is known to ±5 minutes. The run budget is judged on all
 * the models together: two models estimated at 13 hours each are one job of 26 hours, refused
 * without --allow-long.
 */
import type { CommandModule } from "yargs";
import { compareFiles, type PairedComparison } from "../../api/compare.js";
import { replicationCsv } from "../../api/replications.js";
import type { Model } from "../../model/compile/model.js";
import { alignModels } from "../../experiment/compare.js";
import { extendsRootsOf } from "../extends-root.js";
import { experimentArgProblems, withExperimentOptions, overridesOf, targetOf, workersOf, type ExperimentArgs } from "../experiment-options.js";

export { parseTarget } from "../experiment-options.js";
import { comparisonCsv, reportIssues, reportRunFailure, runCsv, writeFiles, writeJson } from "../experiment-output.js";
import { startProgress } from "../progress.js";
import { printComparison } from "../result-text.js";
import { EXIT } from "../output.js";
import { writeShardFor } from "../shard-output.js";
import { chooseLanguage, withReportOptions, writeComparisonReportFor, type ReportArgs } from "../report-output.js";
import { budgetedOverrides, comparisonBudgetErrors } from "../run-budget.js";
import { logFilesOf, logOptionProblems, logReplicationIssues, withLogOptions, writeEventLogs, type LogArgs } from "../event-log-output.js";
import { asOptionIssues, loadedOutputIssues, outputPathProblems, refuseOutputs, writeOutput } from "../output-paths.js";
import { inputFilesOf } from "../input-files.js";
import { onStartedPool } from "../started-pool.js";

interface CompareArgs extends ExperimentArgs, ReportArgs, LogArgs {
  current: string;
  proposals: string[];
}

function fail(message: string): void {
  process.stderr.write(`procsim: ${message}\n`);
  process.exitCode = EXIT.invalid;
}

/** Names of the CSV files a comparison of `proposals` proposals writes. */
function csvNames(proposals: number): string[] {
  return ["differences.csv", "kpis-current.csv", ...Array.from({ length: proposals }, (_, i) => `kpis-proposal-${i + 1}.csv`), "replications.csv"];
}

function writeOutputs(args: CompareArgs, result: PairedComparison): void {
  const { json, csv } = args;
  if (json) writeOutput("JSON result", () => writeJson(json, result, args.perReplication));
  if (!csv) return;
  const [differences, current, ...proposals] = csvNames(result.proposals.length);
  const files: Record<string, string> = { [differences]: comparisonCsv(result), [current]: runCsv(result.current), "replications.csv": replicationCsv(result) };
  result.proposals.forEach((p, i) => (files[proposals[i]] = runCsv(p.result)));
  writeOutput("CSV tables", () => writeFiles(csv, files));
}

async function handler(args: CompareArgs): Promise<void> {
  if (args.proposals.length === 0) return fail("name at least one proposal file after the current model, e.g. procsim compare current.yaml proposed.yaml");
  const problems = experimentArgProblems(args);
  if (problems.length > 0) return problems.forEach(fail);
  const workers = workersOf(args);
  if (typeof workers === "string") return fail(workers);
  const target = targetOf(args);
  if (typeof target === "string") return fail(target);
  if (args.shard !== undefined && target !== undefined) return fail("--shard runs a fixed block of replications; it cannot be combined with --target-halfwidth");
  if (args.shard !== undefined) return writeShardFor("compare", [args.current, ...args.proposals], { ...args, shard: args.shard }, workers).catch(rethrowUnlessRunFailure);
  let inputs = inputFilesOf([args.current, ...args.proposals]);
  const logFiles = args.log === undefined ? [] : logFilesOf(args.log, args.proposals.length + 1);
  const csvFiles = csvNames(args.proposals.length);
  if (refuseOutputs([...logOptionProblems(args, inputs, args.proposals.length + 1), ...outputPathProblems(args, inputs, csvFiles, logFiles)])) return;
  const progress = startProgress("Comparing", true);
  try {
    const budget = { allowLong: args.allowLong === true, workers };
    let loaded: readonly Model[] = [];
    const beforeRun = (models: readonly Model[]) => {
      loaded = models;
      // The models are loaded: their libraries and recorded arrivals are inputs too.
      inputs = inputFilesOf([args.current, ...args.proposals]);
      return [...asOptionIssues(logOptionProblems(args, inputs, args.proposals.length + 1)), ...loadedOutputIssues(args, inputs, models, csvFiles, logFiles), ...comparisonBudgetErrors(models, budgetedOverrides(models[0], overridesOf(args), target && { maxReplications: args.maxReplications }), budget), ...logReplicationIssues(args, models, overridesOf(args))];
    };
    const options = { ...overridesOf(args), ...extendsRootsOf(args), workers, target, maxReplications: args.maxReplications, onProgress: progress.update, beforeRun };
    const outcome = await onStartedPool(workers, (pool) => compareFiles(args.current, args.proposals, { ...options, pool }));
    progress.stop();
    if (!outcome.ok) return reportIssues(outcome.issues);
    chooseLanguage(args, loaded[0]);
    reportIssues(outcome.warnings);
    const context = printComparison(outcome.value, loaded, overridesOf(args), args.all);
    writeOutputs(args, outcome.value);
    if (args.log !== undefined) writeOutput("Event log", () => writeEventLogs(args, alignModels(loaded[0], loaded.slice(1), overridesOf(args))));
    await writeComparisonReportFor(args, outcome.value, inputs, context);
  } catch (error) {
    progress.stop();
    if (!reportRunFailure(error)) throw error;
  }
}

/** The `compare` command. */
export const compareCommand: CommandModule<object, CompareArgs> = {
  command: "compare <current> <proposals..>",
  describe: "Compare proposals with the current model: paired differences on common random numbers",
  builder: (yargs) =>
    withLogOptions(withReportOptions(withExperimentOptions(
      yargs
        .positional("current", { type: "string", demandOption: true, describe: "Current model YAML file" })
        .positional("proposals", { type: "string", array: true, demandOption: true, describe: "Proposal files (extends: or full models)" })
        .example("$0 compare scenarios/account-opening.yaml scenarios/account-opening-rpa-proposed.yaml", "RPA data entry vs today")
        .example("$0 compare today.yaml proposed.yaml --target-halfwidth overall/cycleTime.mean=5", "replicate until the cycle-time difference is known to ±5 min"),
    ))) as never,
  handler,
};

/** A run-time model failure is reported (exit 2); anything else is an internal error. */
function rethrowUnlessRunFailure(error: unknown): void {
  if (!reportRunFailure(error)) throw error;
}
