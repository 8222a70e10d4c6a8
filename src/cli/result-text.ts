/**
 * What `run`, `compare` and `merge` print once a result is in: the decision summary and
 * tables (compact, or every KPI with `--all`), the warm-up and target lines, and the run's
 * warnings on stderr; the report context is returned for the report folder.
 *
 * `procsim run branch-counter.yaml -r 400` and `procsim merge part-*.json` of the same run
 * split in eight shards print the same text: "Decision summary … counter wait within 5 min:
 * met 98.6% …", and under it any warning such as "warning: Only 1 replication: …".
 */
import type { Model } from "../model/compile/model.js";
import type { RunOverrides } from "../experiment/run-overrides.js";
import type { PairedComparison } from "../experiment/compare.js";
import type { Simulation } from "../experiment/simulate.js";
import type { ReportContext } from "../report/model-facts.js";
import { comparisonContextOf, runContextOf } from "../api/model-facts.js";
import { comparisonDecisionSummary, runDecisionSummary } from "../report/decision-summary.js";
import { warmupLine } from "../report/warmup-text.js";
import { t } from "../report/i18n/translate.js";
import { warningText } from "../report/i18n/warnings.js";
import { formatDecisionSummary } from "./decision-text.js";
import { formatComparisonTables, formatRunTable } from "./tables.js";
import { formatCompactComparison, formatCompactRun } from "./compact-text.js";
import { targetLine } from "./experiment-options.js";

/** Prints a run's summary and tables, then its warnings; returns its report context. `model` is the model as loaded, `overrides` the options applied to it. */
export function printRun(run: Simulation, model: Model, overrides: RunOverrides, all: boolean | undefined): ReportContext {
  const context = runContextOf(model, run, overrides);
  const summary = runDecisionSummary(run, context);
  const tables = all ? `${formatDecisionSummary(summary)}${formatRunTable(run, true, undefined, summary.currency)}\n` : formatCompactRun(summary, run);
  process.stdout.write(`${tables}${warmupLine(run)}${targetLine(run.target)}`);
  for (const warning of run.warnings) process.stderr.write(`${t("terminal.warning", { text: warningText(warning) })}\n`);
  return context;
}

/** Prints a comparison's summary and tables, then each model's warnings named by model; returns its report context. */
export function printComparison(comparison: PairedComparison, models: readonly Model[], overrides: RunOverrides, all: boolean | undefined): ReportContext {
  const context = comparisonContextOf(models, comparison, overrides);
  const summary = comparisonDecisionSummary(comparison, context);
  const tables = all ? `${formatDecisionSummary(summary)}${formatComparisonTables(comparison, true, undefined, summary.currency)}\n` : formatCompactComparison(summary, comparison);
  process.stdout.write(`${tables}${targetLine(comparison.target)}`);
  for (const run of [comparison.current, ...comparison.proposals.map((p) => p.result)]) {
    for (const warning of run.warnings) process.stderr.write(`${t("terminal.warning", { text: `${run.model}: ${warningText(warning)}` })}\n`);
  }
  return context;
}
