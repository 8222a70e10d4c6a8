/**
 * `procsim merge PART…`: combines the part files of a sharded run or comparison.
 *
 * After a job array ran `procsim compare today.yaml rpa.yaml -r 400 --shard i/8 --json
 * part-i.json` for i = 1..8, `procsim merge part-*.json --json result.json` checks that the
 * eight parts come from the same plan and cover replications 0..399 once each, and prints
 * and writes exactly what `procsim compare today.yaml rpa.yaml -r 400` would have.
 */
import type { CommandModule } from "yargs";
import { wordIssue, type IssueDraft } from "../../model/source/issues.js";
import { readModelFile } from "../../model/source/read-file.js";
import { mergeShards, type ShardPart } from "../../experiment/shards.js";
import type { ExperimentArgs } from "../experiment-options.js";
import { EXIT } from "../output.js";
import { chooseLanguage, withReportOptions, writeComparisonReportFor, writeRunReportFor, type ReportArgs } from "../report-output.js";
import { formatComparisonTables, formatRunTable } from "../tables.js";
import { comparisonCsv, runCsv, writeFiles, writeJson } from "../experiment-output.js";
import { outputPathProblems, refuseOutputs, writeOutput } from "../output-paths.js";

interface MergeArgs extends Pick<ExperimentArgs, "json" | "csv" | "all">, ReportArgs {
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
  try {
    return JSON.parse(read.text) as ShardPart;
  } catch {
    return `cannot read part file ${path}: it is not JSON (part files are written by run or compare --shard i/n --json FILE)`;
  }
}

async function handler(args: MergeArgs): Promise<void> {
  chooseLanguage(args, undefined);
  const parts = args.parts.map(readPart);
  const unreadable = parts.filter((part): part is string => typeof part === "string");
  if (unreadable.length > 0) {
    for (const message of unreadable) process.stderr.write(`procsim: ${message}\n`);
    process.exitCode = EXIT.invalid;
    return;
  }
  let merged;
  try {
    merged = mergeShards(parts as ShardPart[]);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "PartsMismatchError") throw error;
    process.stderr.write(`procsim: cannot merge: ${error.message}\n`);
    process.exitCode = EXIT.invalid;
    return;
  }
  const csvNames = merged.kind === "run" ? ["kpis.csv"] : ["differences.csv", "kpis-current.csv", ...merged.value.proposals.map((_, i) => `kpis-proposal-${i + 1}.csv`)];
  if (refuseOutputs(outputPathProblems(args, args.parts, csvNames))) return;
  if (merged.kind === "run") {
    const run = merged.value;
    process.stdout.write(`${formatRunTable(run, args.all)}\n`);
    if (args.json) writeOutput("JSON result", () => writeJson(args.json as string, run));
    if (args.csv) writeOutput("CSV tables", () => writeFiles(args.csv as string, { "kpis.csv": runCsv(run) }));
    return writeRunReportFor(args, run, args.parts);
  }
  const result = merged.value;
  process.stdout.write(`${formatComparisonTables(result, args.all)}\n`);
  if (args.json) writeOutput("JSON result", () => writeJson(args.json as string, result));
  if (args.csv) {
    const files: Record<string, string> = { "differences.csv": comparisonCsv(result), "kpis-current.csv": runCsv(result.current) };
    result.proposals.forEach((p, i) => (files[`kpis-proposal-${i + 1}.csv`] = runCsv(p.result)));
    writeOutput("CSV tables", () => writeFiles(args.csv as string, files));
  }
  await writeComparisonReportFor(args, result, args.parts);
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
        .option("csv", { type: "string", describe: "Write KPI tables as CSV files into this folder" })
        .option("all", { type: "boolean", default: false, describe: "Show every KPI, not only the headline ones" })
        .example("$0 merge part-*.json --json result.json", "the result of all shards, as one run would give it"),
    ) as never,
  handler,
};
