/**
 * Writing a report folder: index.html (standalone page), report.json (full results), CSV
 * tables, and every chart as Vega-Lite JSON, SVG and PNG.
 *
 * `writeComparisonReport(result)` after comparing today's account opening with RPA data entry
 * writes reports/account-opening-today-vs-rpa-data-entry/ with index.html, report.json,
 * kpis.csv, differences.csv, key-figures.vl.json, key-figures.svg, key-figures.png, …
 * The folder is replaced all at once (write-atomic.ts): a failed or interrupted write leaves
 * the earlier report as it was. Each file is written into the new folder as soon as it is
 * made and then dropped, so memory holds one file at a time, not the whole report. This module and its write-* helpers are the only report code that touches the file system.
 */
import type { ComparisonResult, RunResult } from "../stats/result-types.js";
import { renderReportHtml } from "./html.js";
import { buildComparisonPage, buildRunPage, type ReportPage } from "./page.js";
import { comparisonKpiTable, differencesTable, runKpiTable, tableToCsv } from "./tables.js";
import { serviceLevelSlotTable } from "./service-level-table.js";
import { readReportScripts } from "./write-assets.js";
import type { ReportContext } from "./model-facts.js";
import { currentLanguage, inLanguage, type Language } from "./i18n/language.js";
import { jsonPieces } from "./json-pieces.js";
import { openFolderAtomic, type AtomicFolderWriter, type StageHook } from "./write-atomic.js";
import { chartFileNames, writeChartFiles } from "./write-chart-files.js";
import { resolveReportDir, slugOf, type ReportIssue, type ReportTargetOptions } from "./write-target.js";
import { REPORT_MARKER, isProcsimFile, ownerMarkerText, type FolderOwner } from "./folder-owner.js";

export { REPORT_MARKER, slugOf, type ReportIssue, type ReportTargetOptions } from "./write-target.js";

/** Options of the report writers. */
export interface WriteReportOptions extends ReportTargetOptions {
  /** Also write each chart as PNG (default true). */
  readonly png?: boolean;
  /** The models' facts (assumptions, changes, currency); without them the summary leaves those out. */
  readonly context?: ReportContext;
  /** Language of the page and tables (default: the one in use, English unless set). */
  readonly language?: Language;
  /** Called after each stage of replacing the folder (fault-injection tests). */
  readonly onStage?: StageHook;
}

/** What was written, or why nothing was. */
export type WriteReportResult =
  | { readonly ok: true; readonly dir: string; readonly files: readonly string[]; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly issues: readonly ReportIssue[] };

/**
 * Writes the report of one run into `reports/<model slug>/` (or `outDir`).
 * Never throws for a refused or failed write: returns `{ ok: false, issues }`.
 */
export async function writeRunReport(result: RunResult, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  const tables = { "kpis.csv": () => tableToCsv(runKpiTable(result)), "service-level-by-slot.csv": () => tableToCsv(serviceLevelSlotTable([{ name: result.model, result }])) };
  const page = inLanguage(languageOf(options), () => buildRunPage(result, options.context ?? null));
  return writeReport({ command: "run", name: result.model }, page, withoutRepResults(result), tables, options);
}

/**
 * Writes the report of a comparison into `reports/<current>-vs-<proposals> slug/` (or `outDir`).
 * Never throws for a refused or failed write: returns `{ ok: false, issues }`.
 */
export async function writeComparisonReport(result: ComparisonResult, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  const name = `${result.current.model} vs ${result.proposals.map((p) => p.name).join(" ")}`;
  const models = [{ name: result.current.model, result: result.current }, ...result.proposals.map((p) => ({ name: p.name, result: p.result }))];
  const tables = {
    "kpis.csv": () => tableToCsv(comparisonKpiTable(result)),
    "differences.csv": () => tableToCsv(differencesTable(result)),
    "service-level-by-slot.csv": () => tableToCsv(serviceLevelSlotTable(models)),
  };
  const page = inLanguage(languageOf(options), () => buildComparisonPage(result, options.context ?? null));
  const json = { ...result, current: withoutRepResults(result.current), proposals: result.proposals.map((p) => ({ ...p, result: withoutRepResults(p.result) })) };
  return writeReport({ command: "compare", name }, page, json, tables, options);
}

/** A run without its per-replication records (a library `Simulation` has them): report.json is the CLI's. */
function withoutRepResults(run: RunResult): RunResult {
  if (!("repResults" in run)) return run;
  const { repResults: _left, ...rest } = run as RunResult & { readonly repResults: unknown };
  return rest;
}

const languageOf = (options: WriteReportOptions): Language => options.language ?? currentLanguage();

/** CSV tables of a report, made when written: file name → text. */
type Tables = Record<string, () => string>;

/** Writes the files of a report into `folder` (charts first, the rest while PNGs are drawn); returns their names (in order) and the chart warnings. */
async function writeReportFiles(folder: AtomicFolderWriter, page: ReportPage, results: unknown, tables: Tables, png: boolean, language: Language) {
  // Worded in the report's language while written (synchronously: no other write interleaves).
  const writeOthers = () =>
    inLanguage(language, () => {
      folder.write("index.html", renderReportHtml(page, readReportScripts()));
      folder.writePieces("report.json", jsonPieces(results));
      for (const [name, table] of Object.entries(tables)) folder.write(name, table());
    });
  const warnings = await writeChartFiles(page.charts, (name, content) => folder.write(name, content), png, writeOthers);
  return { files: ["index.html", "report.json", ...Object.keys(tables), ...chartFileNames(page.charts, png)], warnings };
}

/**
 * Writes a report into its folder, replacing the folder whole: every file procsim wrote there
 * (a report, or charts of staff or sweep written with `force`) is gone, a user's own files stay.
 */
async function writeReport(owner: FolderOwner & { readonly name: string }, page: ReportPage, results: unknown, tables: Tables, options: WriteReportOptions): Promise<WriteReportResult> {
  const target = resolveReportDir(slugOf(owner.name), options, owner);
  if (!target.ok) return target;
  const { dir } = target;
  try {
    const folder = openFolderAtomic(dir, isProcsimFile, options.onStage);
    folder.write(REPORT_MARKER, ownerMarkerText(owner));
    const written = await writeReportFiles(folder, page, results, tables, options.png ?? true, languageOf(options)).catch((error: unknown) => {
      folder.abort();
      throw error;
    });
    folder.commit();
    return { ok: true, dir, ...written };
  } catch (error) {
    const message = `Could not write the report to ${dir}: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, issues: [{ code: "write-failed", message, path: dir }] };
  }
}
