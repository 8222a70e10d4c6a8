/**
 * What `run` and `compare` write besides the table: located issues, run-time failures,
 * and the JSON and CSV result files.
 *
 * A model with a misspelt pool prints `account-opening.yaml:31:15  steps[1].resource
 * resource "clerk" is not defined; did you mean "clerks"?` and exits with code 2.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue, sortIssues, type ModelIssue } from "../model/source/issues.js";
import type { KpiDef, KpiSummary, RunResult } from "../stats/result-types.js";
import type { PairedComparison } from "../api/compare.js";
import { EXIT } from "./output.js";

/** Prints issues to stderr (errors first) and sets exit code 2 when any is an error. */
export function reportIssues(issues: readonly ModelIssue[]): void {
  for (const issue of sortIssues(issues)) process.stderr.write(`${formatIssue(issue)}\n`);
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

/** JSON of a value with per-replication results left out. */
export function resultJson(value: unknown): string {
  return `${JSON.stringify(value, withoutRepResults, 2)}\n`;
}

/** A copy of a result without the per-replication records. */
export function withoutReplications<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, withoutRepResults)) as T;
}

const csvCell = (value: string | number | boolean | null): string => {
  const text = value === null ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csvLine = (cells: readonly (string | number | boolean | null)[]) => cells.map(csvCell).join(",");

function summaryCells(summary: KpiSummary | undefined): (number | null)[] {
  return [summary?.n ?? 0, summary?.mean ?? null, summary?.sd ?? null, summary?.halfWidth ?? null, summary?.lo ?? null, summary?.hi ?? null];
}

/** CSV of a run's KPIs: one row per KPI with its definition and summary. */
export function runCsv(run: RunResult): string {
  const byKey = new Map(run.kpis.map((k) => [k.key, k]));
  const head = ["key", "scope", "subject", "metric", "label", "unit", "n", "mean", "sd", "halfWidth", "lo", "hi"];
  const rows = run.kpiDefs.map((d: KpiDef) => csvLine([d.key, d.scope, d.subject, d.metric, d.label, d.unit, ...summaryCells(byKey.get(d.key))]));
  return [csvLine(head), ...rows].join("\n") + "\n";
}

/** CSV of a comparison's differences: one row per proposal and KPI. */
export function comparisonCsv(comparison: PairedComparison): string {
  const head = ["proposal", "key", "currentMean", "currentHalfWidth", "proposedMean", "proposedHalfWidth", "diffMean", "diffHalfWidth", "diffLo", "diffHi", "relativeChange", "significant", "unpairedHalfWidth", "varianceReduction"];
  const rows = comparison.proposals.flatMap((p) =>
    p.differences.map((d) =>
      csvLine([p.name, d.key, d.current.mean, d.current.halfWidth, d.proposed.mean, d.proposed.halfWidth, d.diff.mean, d.diff.halfWidth, d.diff.lo, d.diff.hi, d.relativeChange, d.significant, d.unpairedHalfWidth, d.varianceReduction]),
    ),
  );
  return [csvLine(head), ...rows].join("\n") + "\n";
}

/** Writes `files` (name → text) into `dir`, creating it; returns the written paths. */
export function writeFiles(dir: string, files: Record<string, string>): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

/** Writes a JSON result file. */
export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, resultJson(value));
}
