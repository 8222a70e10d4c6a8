/**
 * `procsim merge PART…`: combines the part files of a sharded run or comparison.
 *
 * After a job array ran `procsim compare today.yaml rpa.yaml -r 400 --shard i/8 --json
 * part-i.json` for i = 1..8, `procsim merge part-*.json --json result.json` checks that the
 * eight parts come from the same plan and cover replications 0..399 once each, and prints
 * and writes exactly what `procsim compare today.yaml rpa.yaml -r 400` would have.
 */
import { readFileSync } from "node:fs";
import type { CommandModule } from "yargs";
import { mergeShards, type ShardPart } from "../../experiment/shards.js";
import type { ExperimentArgs } from "../experiment-options.js";
import { EXIT } from "../output.js";
import { chooseLanguage, withReportOptions, writeComparisonReportFor, writeRunReportFor, type ReportArgs } from "../report-output.js";
import { formatComparisonTables, formatRunTable } from "../tables.js";
import { comparisonCsv, runCsv, writeFiles, writeJson } from "../experiment-output.js";

interface MergeArgs extends Pick<ExperimentArgs, "json" | "csv" | "all">, ReportArgs {
  parts: string[];
}

function readPart(path: string): ShardPart | string {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as ShardPart;
  } catch (error) {
    return `cannot read part file ${path}: ${error instanceof Error ? error.message : String(error)}`;
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
  if (merged.kind === "run") {
    process.stdout.write(`${formatRunTable(merged.value, args.all)}\n`);
    if (args.json) writeJson(args.json, merged.value);
    if (args.csv) writeFiles(args.csv, { "kpis.csv": runCsv(merged.value) });
    return writeRunReportFor(args, merged.value, args.parts);
  }
  const result = merged.value;
  process.stdout.write(`${formatComparisonTables(result, args.all)}\n`);
  if (args.json) writeJson(args.json, result);
  if (args.csv) {
    const files: Record<string, string> = { "differences.csv": comparisonCsv(result), "kpis-current.csv": runCsv(result.current) };
    result.proposals.forEach((p, i) => (files[`kpis-proposal-${i + 1}.csv`] = runCsv(p.result)));
    writeFiles(args.csv, files);
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
