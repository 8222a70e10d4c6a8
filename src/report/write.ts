/**
 * Writing a report folder: index.html (standalone page), report.json (full results), CSV
 * tables, and every chart as Vega-Lite JSON, SVG and PNG.
 *
 * `writeComparisonReport(result)` after comparing today's account opening with RPA data entry
 * writes reports/account-opening-today-vs-rpa-data-entry/ with index.html, report.json,
 * kpis.csv, differences.csv, key-figures.vl.json, key-figures.svg, key-figures.png, …
 * The folder is replaced all at once (write-atomic.ts): a failed or interrupted write leaves
 * the earlier report as it was. This module and its write-* helpers are the only report code that touches the file system.
 */
import type { ComparisonResult, RunResult } from "../stats/result-types.js";
import { renderReportHtml } from "./html.js";
import { buildComparisonPage, buildRunPage, type ReportPage } from "./page.js";
import { renderChartSvg } from "./render-svg.js";
import { comparisonKpiTable, differencesTable, runKpiTable, tableToCsv } from "./tables.js";
import { serviceLevelSlotTable } from "./service-level-table.js";
import { readReportScripts } from "./write-assets.js";
import type { ReportContext } from "./model-facts.js";
import { svgToPng } from "./write-png.js";
import { replaceFolderAtomic, type StageHook } from "./write-atomic.js";
import { REPORT_MARKER, reportMarkerText, resolveReportDir, slugOf, type ReportIssue, type ReportTargetOptions } from "./write-target.js";

export { REPORT_MARKER, slugOf, type ReportIssue, type ReportTargetOptions } from "./write-target.js";

/** Options of the report writers. */
export interface WriteReportOptions extends ReportTargetOptions {
  /** Also write each chart as PNG (default true). */
  readonly png?: boolean;
  /** The models' facts (assumptions, changes, currency); without them the summary leaves those out. */
  readonly context?: ReportContext;
  /** Called after each stage of replacing the folder (fault-injection tests). */
  readonly onStage?: StageHook;
}

/** What was written, or why nothing was. */
export type WriteReportResult =
  | { readonly ok: true; readonly dir: string; readonly files: readonly string[]; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly issues: readonly ReportIssue[] };

/** Files a report folder is made of; other files a user put there are carried over to the new report. */
const OWN_FILE = /^(index\.html|report\.json|[a-z0-9-]+\.(csv|vl\.json|svg|png)|\.procsim-report)$/;
const isOwnFile = (name: string): boolean => OWN_FILE.test(name);

/**
 * Writes the report of one run into `reports/<model slug>/` (or `outDir`).
 * Never throws for a refused or failed write: returns `{ ok: false, issues }`.
 */
export async function writeRunReport(result: RunResult, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  const tables = { "kpis.csv": tableToCsv(runKpiTable(result)), "service-level-by-slot.csv": tableToCsv(serviceLevelSlotTable([{ name: result.model, result }])) };
  return writeReport(result.model, buildRunPage(result, options.context ?? null), result, tables, options);
}

/**
 * Writes the report of a comparison into `reports/<current>-vs-<proposals> slug/` (or `outDir`).
 * Never throws for a refused or failed write: returns `{ ok: false, issues }`.
 */
export async function writeComparisonReport(result: ComparisonResult, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  const name = `${result.current.model} vs ${result.proposals.map((p) => p.name).join(" ")}`;
  const models = [{ name: result.current.model, result: result.current }, ...result.proposals.map((p) => ({ name: p.name, result: p.result }))];
  const tables = {
    "kpis.csv": tableToCsv(comparisonKpiTable(result)),
    "differences.csv": tableToCsv(differencesTable(result)),
    "service-level-by-slot.csv": tableToCsv(serviceLevelSlotTable(models)),
  };
  return writeReport(name, buildComparisonPage(result, options.context ?? null), result, tables, options);
}

/** The files of a report, in writing order: name → content. */
async function reportFiles(page: ReportPage, results: unknown, tables: Record<string, string>, png: boolean) {
  const files = new Map<string, string | Buffer>();
  const warnings: string[] = [];
  files.set("index.html", renderReportHtml(page, readReportScripts()));
  files.set("report.json", `${JSON.stringify(results, null, 2)}\n`);
  for (const [name, text] of Object.entries(tables)) files.set(name, text);
  for (const chart of page.charts) {
    files.set(`${chart.id}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
    const { svg, warnings: chartWarnings } = await renderChartSvg(chart.spec);
    warnings.push(...chartWarnings.map((w) => `chart ${chart.id}: ${w.text}`));
    files.set(`${chart.id}.svg`, svg);
    if (png) files.set(`${chart.id}.png`, svgToPng(svg));
  }
  return { files, warnings };
}

async function writeReport(
  name: string,
  page: ReportPage,
  results: unknown,
  tables: Record<string, string>,
  options: WriteReportOptions,
): Promise<WriteReportResult> {
  const target = resolveReportDir(slugOf(name), options, name);
  if (!target.ok) return target;
  const { dir } = target;
  try {
    const { files, warnings } = await reportFiles(page, results, tables, options.png ?? true);
    replaceFolderAtomic(dir, new Map([[REPORT_MARKER, reportMarkerText(name)], ...files]), isOwnFile, options.onStage);
    return { ok: true, dir, files: [...files.keys()], warnings };
  } catch (error) {
    const message = `Could not write the report to ${dir}: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, issues: [{ code: "write-failed", message, path: dir }] };
  }
}
