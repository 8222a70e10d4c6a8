/**
 * The report folder that `run` and `compare` write after printing their tables, and the
 * report options every command that writes a folder shares (`staff` and `sweep` write a
 * chart folder without an HTML page, and their help says so).
 *
 * `procsim compare account-opening.yaml account-opening-rpa-proposed.yaml` ends with the path
 * of the standalone index.html under reports/; `--out DIR` chooses the folder, `--no-report` skips it.
 */
import type { Argv } from "yargs";
import { isAbsolute, relative, resolve } from "node:path";
import type { WriteReportResult } from "../report/write.js";
import type { ComparisonResult, RunResult } from "../stats/result-types.js";
import { withoutReplications } from "./experiment-output.js";
import { EXIT } from "./output.js";
import type { ReportContext } from "../report/model-facts.js";
import type { Model } from "../model/compile/model.js";
import { LANGUAGES, setLanguage, type Language } from "../report/i18n/language.js";
import { t } from "../report/i18n/translate.js";

/** Parsed report options. */
export interface ReportArgs {
  report?: boolean;
  out?: string;
  png?: boolean;
  allowOutside?: boolean;
  force?: boolean;
  lang?: Language;
}

/** What a command's `--report` and `--out` say it writes: the help texts of the two options. */
export interface ReportWrites {
  readonly report: string;
  readonly out: string;
}

/** The report of `run`, `compare` and `merge`: the HTML page with its data and charts. */
export const REPORT_FOLDER: ReportWrites = {
  report: "Write the report folder: index.html, report.json, the CSV tables and the charts (--no-report to skip)",
  out: "Report folder (default reports/<model name>)",
};

/** The chart folder of `staff`: the plan as JSON and its charts, no HTML page and no CSV. */
export const STAFF_FOLDER: ReportWrites = {
  report: "Write the chart folder: staff.json and the staffing and service-level charts (.vl.json, .svg, .png); no HTML page, no CSV (--no-report to skip)",
  out: "Chart folder (default reports/<model name>-staff)",
};

/** The chart folder of `sweep`: the result as JSON and CSV and its charts, no HTML page. */
export const SWEEP_FOLDER: ReportWrites = {
  report: "Write the chart folder: sweep.json and sweep.csv (tornado.json and tornado.csv with --tornado) and the charts (.vl.json, .svg, .png); no HTML page (--no-report to skip)",
  out: "Chart folder (default reports/<model name>-sweep, or -tornado with --tornado)",
};

/** Adds the report options to a command's builder; `writes` words what its folder holds. */
export function withReportOptions<T>(yargs: Argv<T>, writes: ReportWrites = REPORT_FOLDER): Argv<T & ReportArgs> {
  return yargs
    .option("report", { type: "boolean", default: true, describe: writes.report })
    .option("out", { type: "string", describe: writes.out })
    .option("png", { type: "boolean", default: true, describe: "Also render each chart as PNG (--no-png is faster)" })
    .option("allow-outside", { type: "boolean", default: false, describe: "Allow --out, --json and --csv outside the working directory (symlinks resolved)" })
    .option("force", { type: "boolean", default: false, describe: "Replace a --json, --csv or --log file that procsim did not write, or a report folder another command or model wrote (replaced whole); never a file the run reads" })
    .option("lang", { choices: LANGUAGES, describe: "Language of the report and terminal text: en or zh (Simplified Chinese); default: the model's language field, else en" }) as Argv<T & ReportArgs>;
}

/** Sets the language of the output: --lang, else the (current) model's `language:`, else English. */
export function chooseLanguage(args: ReportArgs, model: Model | undefined): void {
  setLanguage(args.lang ?? model?.language ?? "en");
}

/**
 * The report page's path as printed: relative inside the working directory
 * ("reports/account-opening/index.html"), absolute outside it (`--allow-outside`:
 * "/tmp/w/index.html", not "../../tmp/w/index.html").
 */
export function reportPathText(dir: string, cwd: string): string {
  const page = resolve(cwd, dir, "index.html");
  const near = relative(cwd, page);
  return near.startsWith("..") || isAbsolute(near) ? page : near;
}

function announce(outcome: WriteReportResult): void {
  if (!outcome.ok) {
    for (const issue of outcome.issues) process.stderr.write(`procsim: report not written: ${issue.message}\n`);
    process.exitCode = EXIT.invalid;
    return;
  }
  for (const warning of outcome.warnings) process.stderr.write(`procsim: report warning: ${warning}\n`);
  const path = reportPathText(outcome.dir, process.cwd());
  process.stdout.write(`\n${t("terminal.report", { path })}\n`);
}

function reportTarget(args: ReportArgs, inputs: readonly string[], context?: ReportContext) {
  return { outDir: args.out, allowOutside: args.allowOutside, force: args.force, caller: "cli" as const, png: args.png, inputs, ...(context ? { context } : {}) };
}

/** Writes the report of a run, unless --no-report. */
export async function writeRunReportFor(args: ReportArgs, result: RunResult, inputs: readonly string[], context?: ReportContext): Promise<void> {
  if (args.report === false) return;
  const { writeRunReport } = await import("../report/write.js");
  announce(await writeRunReport(withoutReplications(result), reportTarget(args, inputs, context)));
}

/** Writes the report of a comparison, unless --no-report. */
export async function writeComparisonReportFor(args: ReportArgs, result: ComparisonResult, inputs: readonly string[], context?: ReportContext): Promise<void> {
  if (args.report === false) return;
  const { writeComparisonReport } = await import("../report/write.js");
  announce(await writeComparisonReport(withoutReplications(result), reportTarget(args, inputs, context)));
}
