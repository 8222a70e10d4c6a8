/**
 * procsim as a library: load a bank process model, run it, compare it with a proposal, and
 * get plain result objects and Vega-Lite specs back.
 *
 * ```ts
 * import { loadAnyModelFile, compare, buildComparisonCharts } from "procsim";
 * const today = loadAnyModelFile("scenarios/account-opening.yaml");
 * const rpa = loadAnyModelFile("scenarios/account-opening-rpa-proposed.yaml");
 * if (today.ok && rpa.ok) {
 *   const result = await compare(today.model, [rpa.model]);
 *   const charts = buildComparisonCharts(result); // id → Vega-Lite spec
 * }
 * ```
 */
// The public surface, name by name (test/unit/api-surface.test.ts pins it): nothing internal
// is exported by accident.
export {
  buildJsonSchema,
  checkModel,
  formatIssue,
  formatIssues,
  formatPath,
  jsonSchemaText,
  loadAnyModelFile,
  loadModelFile,
  loadModelObject,
  loadModelText,
  MAX_MODEL_BYTES,
  readModelDocument,
  ModelSchema,
  sortIssues,
  type IssueCode,
  type IssueParams,
  type IssueSeverity,
  type LoadResult,
  type ModelDocument,
  type ModelIssue,
  type RawModel,
  type Result,
} from "./api/load.js";
// simulate and compare from result-models.ts: their results remember the models, for the report.
export { compare, compareFiles, simulate, simulateFile, simulateSync } from "./api/result-models.js";
export type { Outcome, SimulateOptions, Simulation } from "./api/simulate.js";
export { createWorkerPool, InvalidModelError, type BatchProgress, type ReplicationPool } from "./api/simulate.js";
export type {
  CompareOptions,
  HalfWidthTarget,
  PairedComparison,
  PairedKpiDifference,
  TargetOutcome,
} from "./api/compare.js";
export {
  collectorLayoutOf,
  compileModel,
  createCollector,
  kpiDefsFor,
  runReplication,
  SimulationError,
  summariseRuns,
  type CollectorLayout,
  type CompiledModel,
  type ReplicationOptions,
  type SimObserver,
} from "./api/engine.js";
export { buildComparisonCharts, buildRunCharts, type ChartSet } from "./api/charts.js";
export {
  buildHeadline,
  writeComparisonReport,
  writeRunReport,
  type HeadlineSentence,
  type ProposalHeadline,
  type ReportIssue,
  type ReportTargetOptions,
  type WriteReportOptions,
  type WriteReportResult,
} from "./api/reports.js";
export {
  comparisonKpiTable,
  differencesTable,
  displayWidth,
  formatDifference,
  formatEstimate,
  formatInterval,
  formatMean,
  formatPairingGain,
  formatPercentChange,
  formatValue,
  headlineKpis,
  kpiMatrixTable,
  kpiTable,
  runKpiTable,
  tableToCsv,
  tableToHtml,
  tableToMarkdown,
  tableToText,
  tableToTextLines,
  unitName,
  withoutColumns,
  type Cell,
  type Column,
  type DifferenceRow,
  type KpiRow,
  type Table,
  type TextLayout,
} from "./api/tables.js";
export { renderChartPng, renderChartSvg, type RenderedSvg, type RenderMessage } from "./api/render.js";
export type {
  ArrivalSource,
  Calendar,
  ComparisonResult,
  DistKind,
  DistributionSummary,
  DistSpec,
  KpiDef,
  KpiDifference,
  KpiScope,
  KpiSummary,
  KpiUnit,
  LogHistogram,
  Model,
  ModelPath,
  OneSidedKpi,
  ProfileInterval,
  ProposalComparison,
  RepResult,
  ResourceNeed,
  ResourcePool,
  Route,
  RunResult,
  RunSettings,
  ServiceLevel,
  Shift,
  Step,
  StepKind,
  TimeOfDaySeries,
  TimeOfDaySummary,
  WeekdayFlags,
} from "./api/types.js";
export { chartDisplay, display, resultTable, tableDisplay, vegaLiteMimeType, type ChartDisplayOptions, type DisplayBundle } from "./api/notebook.js";
export { bundledScenario, bundledScenarios } from "./api/scenarios.js";
export { replicationCsv, replicationKpis, replicationTable, type ReplicationKpis } from "./api/replications.js";
export { withEta, type Progress } from "./api/progress.js";
export {
  EVENT_LOG_CSV_HEADER, EVENT_LOG_FORMATS, writeEventLog,
  type CaseNotice, type CaseOutcome, type NoticeKind, type EventLogFormat, type EventLogOptions, type EventLogSummary, type StepVisit, type VisitOutcome,
} from "./api/event-log.js";
