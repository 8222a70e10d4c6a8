/**
 * Library facade for report folders: the same standalone HTML page, JSON, CSV tables and
 * SVG/PNG charts the CLI writes, for a result computed in code.
 *
 * `await writeComparisonReport(result, { outDir: "reports/rpa" })` after `compare(...)` writes
 * reports/rpa/index.html; a refused folder comes back as `{ ok: false, issues }`. The report
 * writer (and with it Vega and the PNG renderer) is loaded on the first call, not on import.
 */
import type { ComparisonResult, RunResult } from "../stats/result-types.js";
import type { WriteReportOptions, WriteReportResult } from "../report/write.js";

export type { WriteReportOptions, WriteReportResult, ReportIssue, ReportTargetOptions } from "../report/write.js";
export { buildHeadline, type ProposalHeadline, type HeadlineSentence } from "../report/headline.js";

/**
 * Writes the report of one run into `reports/<model slug>/` (or `outDir`).
 * Never throws for a refused or failed write: returns `{ ok: false, issues }`.
 */
export async function writeRunReport(result: RunResult, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  const writer = await import("../report/write.js");
  return writer.writeRunReport(result, options);
}

/**
 * Writes the report of a comparison into `reports/<current>-vs-<proposals> slug/` (or `outDir`).
 * Never throws for a refused or failed write: returns `{ ok: false, issues }`.
 */
export async function writeComparisonReport(result: ComparisonResult, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  const writer = await import("../report/write.js");
  return writer.writeComparisonReport(result, options);
}
