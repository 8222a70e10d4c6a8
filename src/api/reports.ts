/**
 * Library facade for report folders: the same standalone HTML page, JSON, CSV tables and
 * SVG/PNG charts the CLI writes, for a result computed in code.
 *
 * `await writeComparisonReport(result, { outDir: "reports/rpa" })` after `compare(...)` writes
 * reports/rpa/index.html, with what each proposal changes, the money, the assumptions and the
 * caveats read from the models the result remembers (`result-models.ts`), in the current
 * model's `language:`; a refused folder comes back as `{ ok: false, issues }`. The report
 * writer (and with it Vega and the PNG renderer) is loaded on the first call, not on import.
 */
import type { ComparisonResult, RunResult } from "../stats/result-types.js";
import type { WriteReportOptions, WriteReportResult } from "../report/write.js";
import { currentLanguage } from "../report/i18n/language.js";
import { comparisonContextOf, runContextOf } from "./model-facts.js";
import { carriedModels } from "./result-models.js";
import { WRITE_REPORT_KEYS } from "./option-tables.js";
import { assertKnownOptions } from "./unknown-options.js";

export type { WriteReportOptions, WriteReportResult, ReportIssue, ReportTargetOptions } from "../report/write.js";
export { buildHeadline, type ProposalHeadline, type HeadlineSentence } from "../report/headline.js";

/** The options completed from the models a result remembers: their facts and the current model's language. */
function withModels(result: RunResult | ComparisonResult, options: WriteReportOptions, run: boolean): WriteReportOptions {
  const carried = carriedModels(result);
  const first = carried?.models[0];
  const language = options.language ?? first?.language ?? currentLanguage();
  if (options.context || !carried || !first) return { ...options, language };
  const context = run ? runContextOf(first, result as RunResult, carried.overrides) : comparisonContextOf(carried.models, result as ComparisonResult, carried.overrides);
  return { ...options, context, language };
}

/**
 * Writes the report of one run into `reports/<model slug>/` (or `outDir`). A result of
 * `simulate`, `simulateSync` or `simulateFile` brings its model's facts and language;
 * `options.context` and `options.language` replace them.
 * Never throws for a refused or failed write: returns `{ ok: false, issues }`; rejects with a
 * TypeError, writing nothing, for an option it does not know (`outdir` for `outDir`).
 */
export async function writeRunReport(result: RunResult, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  assertKnownOptions("writeRunReport", options, WRITE_REPORT_KEYS);
  const writer = await import("../report/write.js");
  return writer.writeRunReport(result, withModels(result, options, true));
}

/**
 * Writes the report of a comparison into `reports/<current>-vs-<proposals> slug/` (or `outDir`).
 * A result of `compare` or `compareFiles` brings the models' facts (what each proposal
 * changes, costs, assumptions) and the current model's language; `options.context` and
 * `options.language` replace them.
 * Never throws for a refused or failed write: returns `{ ok: false, issues }`; rejects with a
 * TypeError, writing nothing, for an option it does not know.
 */
export async function writeComparisonReport(result: ComparisonResult, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  assertKnownOptions("writeComparisonReport", options, WRITE_REPORT_KEYS);
  const writer = await import("../report/write.js");
  return writer.writeComparisonReport(result, withModels(result, options, false));
}
