/**
 * `--log FILE` for `run` and `compare`: the event log of one replication (`--log-replication
 * K`, default 0), as CSV or XES by the file's extension, streamed to disk and renamed into
 * place only when complete.
 *
 * `procsim compare loan-factory.yaml loan-factory-prereview-proposed.yaml --log logs/loans.xes`
 * writes logs/loans-current.xes and logs/loans-proposal-1.xes: replication 0 of each model,
 * on the same random numbers, ready for a process-mining tool to set side by side.
 */
import type { Argv } from "yargs";
import { extname } from "node:path";
import { EVENT_LOG_FORMATS, writeEventLog, type EventLogFormat } from "../api/event-log.js";
import type { Model } from "../model/compile/model.js";
import { openFileAtomic } from "../report/write-atomic.js";
import { checkLogTarget, type OutputIssue } from "../report/write-policy.js";
import { policyOf, type OutputArgs } from "./output-paths.js";
import { withRunOverrides, type RunOverrides } from "../experiment/run-overrides.js";
import { error, locateIssue, type ModelIssue } from "../model/source/issues.js";

/** The event-log options. */
export interface LogArgs {
  log?: string;
  logReplication?: number;
}

/** Adds `--log` and `--log-replication` to a command. */
export function withLogOptions<T>(yargs: Argv<T>): Argv<T & LogArgs> {
  return yargs
    .option("log", { type: "string", describe: "Write the event log of one replication to FILE.csv (a row per case and step) or FILE.xes (process mining, IEEE 1849)" })
    .option("log-replication", { type: "number", describe: "Which replication the event log replays, 0-based (default 0)" }) as Argv<T & LogArgs>;
}

/** The format of a log file name; null when its extension is neither .csv nor .xes. */
function formatOf(path: string): EventLogFormat | null {
  const extension = extname(path).slice(1).toLowerCase();
  return (EVENT_LOG_FORMATS as readonly string[]).includes(extension) ? (extension as EventLogFormat) : null;
}

/** The files a log of `models` models goes to: the name itself for one, `-current`, `-proposal-i` for a comparison. */
export function logFilesOf(path: string, models: number): string[] {
  if (models === 1) return [path];
  const extension = extname(path);
  const stem = path.slice(0, path.length - extension.length);
  return [`${stem}-current${extension}`, ...Array.from({ length: models - 1 }, (_, i) => `${stem}-proposal-${i + 1}${extension}`)];
}

/** Problems with --log and --log-replication, found before the run. */
export function logOptionProblems(args: LogArgs & OutputArgs, inputs: readonly string[], models: number): OutputIssue[] {
  if (args.log === undefined) {
    return args.logReplication === undefined ? [] : [{ code: "not-a-file", path: "", message: "--log-replication needs --log FILE.csv or FILE.xes" }];
  }
  if (formatOf(args.log) === null) return [{ code: "not-a-file", path: args.log, message: `--log needs a file ending in .csv or .xes, got "${args.log}"` }];
  const replication = args.logReplication;
  if (replication !== undefined && !(Number.isInteger(replication) && replication >= 0)) {
    return [{ code: "not-a-file", path: "", message: `--log-replication must be a whole number ≥ 0 (the first replication is 0), got ${replication}` }];
  }
  const policy = policyOf(args, inputs);
  return logFilesOf(args.log, models).flatMap((file) => {
    const checked = checkLogTarget(file, policy);
    return checked.ok ? [] : checked.issues;
  });
}

/**
 * Writes the event log of each model (already with the run's overrides, current first).
 * @throws the file-system error or the model's run-time error; no partial file is left.
 */
export function writeEventLogs(args: LogArgs, models: readonly Model[]): string[] {
  if (args.log === undefined) return [];
  const format = formatOf(args.log) ?? "csv";
  const files = logFilesOf(args.log, models.length);
  models.forEach((model, i) => {
    const file = openFileAtomic(files[i]);
    try {
      writeEventLog(model, { format, replication: args.logReplication ?? 0, write: (chunk) => file.write(chunk) });
      file.commit();
    } catch (cause) {
      file.abort();
      throw cause;
    }
  });
  return files;
}

/** A --log-replication beyond the run's replications, as an issue (checked once the models are loaded). */
export function logReplicationIssues(args: LogArgs, models: readonly Model[], overrides: RunOverrides): ModelIssue[] {
  const replication = args.logReplication ?? 0;
  if (args.log === undefined || models.length === 0) return [];
  const replications = withRunOverrides(models[0], overrides).run.replications;
  if (replication < replications) return [];
  const reason = `the run has ${replications} replications (0 to ${replications - 1}); --log-replication ${replication} is not one of them`;
  return [locateIssue(error("invalidOption", ["log-replication"], { option: "log-replication", reason }), { path: ["log-replication"], file: "(options)", line: 0, column: 0 })];
}
