/**
 * `procsim merge PART…`: combines the part files of a sharded run or comparison.
 *
 * After a job array ran `procsim compare today.yaml rpa.yaml -r 400 --shard i/8 --json
 * part-i.json` for i = 1..8, `procsim merge part-*.json --json result.json` checks that the
 * eight parts come from the same plan and cover replications 0..399 once each, and prints
 * and writes exactly what `procsim compare today.yaml rpa.yaml -r 400` would have: the same
 * summary and tables, the same warnings, the same JSON (with each replication's KPI values when
 * the parts were written with `--per-replication` or the merge is given it), the same CSV files.
 * A part file that is not one, or parts of different plans, stop the merge with what is wrong
 * ("shard 8/8 is from another plan than shard 1/8: seed 9, not 7"), exit code 2.
 */
import type { CommandModule } from "yargs";
import { wordIssue, type IssueDraft } from "../../model/source/issues.js";
import { readModelFile } from "../../model/source/read-file.js";
import { mergeShards, type ShardPart } from "../../experiment/shards.js";
import { partProblem } from "../../experiment/shard-checks.js";
import { replicationCsv } from "../../api/replications.js";
import { perReplicationProblem, type ExperimentArgs } from "../experiment-options.js";
import { EXIT } from "../output.js";
import { chooseLanguage, withReportOptions, writeComparisonReportFor, writeRunReportFor, type ReportArgs } from "../report-output.js";
import { comparisonCsv, runCsv, writeFiles, writeJson } from "../experiment-output.js";
import { outputPathProblems, refuseOutputs, reportOwnerOf, writeOutput } from "../output-paths.js";
import { inputFilesOf } from "../input-files.js";
import { printComparison, printRun } from "../result-text.js";

interface MergeArgs extends Pick<ExperimentArgs, "json" | "csv" | "all" | "perReplication">, ReportArgs {
  parts: string[];
}

/** Largest part file read (a part holds summaries, not per-case data). */
const MAX_PART_BYTES = 256 * 1024 * 1024;

/** Why a part file could not be read, without echoing its content. */
function unreadable(path: string, draft: IssueDraft): string {
  if (draft.code === "notAFile") return `cannot read part file ${path}: it is ${draft.params.kind ?? "a directory"}, not a regular file`;
  const reasons: Partial<Record<IssueDraft["code"], string>> = {
    fileNotFound: "it does not exist",
    fileTooLarge: `it is larger than ${MAX_PART_BYTES / 1024 / 1024} MB`,
    binaryFile: "it is not a text file",
  };
  return `cannot read part file ${path}: ${reasons[draft.code] ?? wordIssue(draft)}`;
}

/** A part file, read like a model file (regular files only, size cap, never blocking), or why not. */
function readPart(path: string): ShardPart | string {
  const read = readModelFile(path, MAX_PART_BYTES);
  if (!read.ok) return unreadable(path, read.draft);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    return `cannot read part file ${path}: it is not JSON (part files are written by run or compare --shard i/n --json FILE)`;
  }
  const problem = partProblem(value);
  return problem === null ? (value as ShardPart) : `cannot read part file ${path}: ${problem}`;
}

function fail(message: string): void {
  process.stderr.write(`procsim: ${message}\n`);
  process.exitCode = EXIT.invalid;
}

async function handler(args: MergeArgs): Promise<void> {
  const misused = perReplicationProblem(args);
  if (misused !== null) return fail(misused);
  const parts = args.parts.map(readPart);
  const unreadable = parts.filter((part): part is string => typeof part === "string");
  if (unreadable.length > 0) return unreadable.forEach(fail);
  let merged;
  try {
    merged = mergeShards(parts as ShardPart[]);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "PartsMismatchError") throw error;
    return fail(`cannot merge: ${error.message}`);
  }
  const models = (parts as ShardPart[])[0].models;
  chooseLanguage(args, models[0]);
  const perReplication = args.perReplication === true || merged.perReplication;
  const csvNames = merged.kind === "run" ? ["kpis.csv", "replications.csv"] : ["differences.csv", "kpis-current.csv", ...merged.value.proposals.map((_, i) => `kpis-proposal-${i + 1}.csv`), "replications.csv"];
  const owner = merged.kind === "run" ? reportOwnerOf([models[0]]) : reportOwnerOf(models);
  if (refuseOutputs(outputPathProblems(args, inputFilesOf(args.parts), csvNames, [], owner))) return;
  // The parts hold the models as they ran (overrides applied), so there are no overrides left to give.
  if (merged.kind === "run") {
    const run = merged.value;
    const context = printRun(run, models[0], {}, args.all);
    if (args.json) writeOutput("JSON result", () => writeJson(args.json as string, run, perReplication));
    if (args.csv) writeOutput("CSV tables", () => writeFiles(args.csv as string, { "kpis.csv": runCsv(run), "replications.csv": replicationCsv(run) }));
    return writeRunReportFor(args, run, args.parts, context);
  }
  const result = merged.value;
  const context = printComparison(result, models, {}, args.all);
  if (args.json) writeOutput("JSON result", () => writeJson(args.json as string, result, perReplication));
  if (args.csv) {
    const files: Record<string, string> = { "differences.csv": comparisonCsv(result), "kpis-current.csv": runCsv(result.current) };
    result.proposals.forEach((p, i) => (files[`kpis-proposal-${i + 1}.csv`] = runCsv(p.result)));
    files["replications.csv"] = replicationCsv(result);
    writeOutput("CSV tables", () => writeFiles(args.csv as string, files));
  }
  await writeComparisonReportFor(args, result, args.parts, context);
}

/** The `merge` command. */
export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: "merge <parts..>",
  describe: "Combine the part files of a sharded run or comparison (--shard i/n) into its result",
  builder: (yargs) =>
    withReportOptions(
      yargs
        .positional("parts", { type: "string", array: true, demandOption: true, describe: "Part files written by run/compare --shard i/n --json FILE" })
        .option("json", { type: "string", describe: "Write the full result as JSON to this file" })
        .option("csv", { type: "string", describe: "Write KPI tables as CSV files into this folder (with replications.csv: every KPI of every replication)" })
        .option("all", { type: "boolean", default: false, describe: "Show every KPI, not only the headline ones" })
        .option("per-replication", { type: "boolean", default: false, describe: "Add every replication's KPI values to the --json result (key replicationKpis of each run; on already when the parts were written with it)" })
        .example("$0 merge part-*.json --json result.json", "the result of all shards, as one run would give it"),
    ) as never,
  handler,
};
