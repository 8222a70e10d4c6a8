/**
 * What `run` and `compare` write besides the table: located issues, run-time failures,
 * and the JSON and CSV result files (the CSV files are the report's tables).
 *
 * A model with a misspelt pool prints `account-opening.yaml:31:15  steps[1].resource
 * resource "clerk" is not defined; did you mean "clerks"?` and exits with code 2.
 */
import { join } from "node:path";
import { writeFileAtomic } from "../report/write-atomic.js";
import { sortIssues, type ModelIssue } from "../model/source/issues.js";
import { issueLine } from "./issue-line.js";
import type { ComparisonResult, RepResult, RunResult } from "../stats/result-types.js";
import { differencesTable, runKpiTable, tableToCsv } from "../report/tables.js";
import { EXIT } from "./output.js";

/** Prints issues to stderr (errors first; warnings in the language in use) and sets exit code 2 when any is an error. */
export function reportIssues(issues: readonly ModelIssue[]): void {
  for (const issue of sortIssues(issues)) process.stderr.write(`${issueLine(issue)}\n`);
  if (issues.some((issue) => issue.severity === "error")) process.exitCode = EXIT.invalid;
}

/** Prints a run-time failure of a model (unstable queue, endless loop) and sets exit code 2. */
export function reportRunFailure(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== "SimulationError") return false;
  process.stderr.write(`procsim: the simulation failed: ${error.message}\n`);
  process.exitCode = EXIT.invalid;
  return true;
}

/** JSON.stringify replacer that leaves out per-replication results (for pairing, not reports). */
const withoutRepResults = (key: string, value: unknown): unknown => (key === "repResults" ? undefined : value);

/**
 * JSON.stringify replacer that turns each run's per-replication records into its KPI values
 * per replication (`replicationKpis`, the rows of replications.csv), for estimators of one's own.
 */
const withReplicationKpis = (key: string, value: unknown): unknown => {
  if (key === "repResults") return undefined;
  if (typeof value !== "object" || value === null || !("repResults" in value)) return value;
  const records = (value as { repResults: readonly RepResult[] }).repResults;
  return { ...value, replicationKpis: records.map(({ replication, kpis }) => ({ replication, kpis })) };
};

/** JSON of a value with per-replication results left out, or reduced to their KPI values with `perReplication`. */
export function resultJson(value: unknown, perReplication = false): string {
  return `${JSON.stringify(value, perReplication ? withReplicationKpis : withoutRepResults, 2)}\n`;
}

/** A copy of a result without the per-replication records. */
export function withoutReplications<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, withoutRepResults)) as T;
}

/** CSV of a run's KPIs: the report's KPI table (one row per KPI, raw values at full precision). */
export function runCsv(run: RunResult): string {
  return tableToCsv(runKpiTable(run));
}

/** CSV of a comparison's differences: the report's paired-difference table, one row per proposal and KPI. */
export function comparisonCsv(comparison: ComparisonResult): string {
  return tableToCsv(differencesTable(comparison));
}

/** Writes `files` (name → text) into `dir`, creating it, each file atomically; returns the written paths. */
export function writeFiles(dir: string, files: Record<string, string>): string[] {
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileAtomic(path, text);
    return path;
  });
}

/** Writes a JSON result file atomically (an earlier file survives a failure). */
export function writeJson(path: string, value: unknown, perReplication = false): void {
  writeFileAtomic(path, resultJson(value, perReplication));
}


