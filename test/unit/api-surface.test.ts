/**
 * The public surface of the library, pinned: every name `procsim` exports (values and types),
 * so that an internal helper is never exported by accident and a removed name is a decision.
 * A new public name is added to src/index.ts and to the list below, in one change.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const INDEX = resolve(import.meta.dirname, "../../src/index.ts");

const VALUES = [
  "MAX_MODEL_BYTES", "ModelSchema", "SimulationError", "buildComparisonCharts", "buildHeadline", "buildJsonSchema",
  "buildRunCharts", "checkModel", "collectorLayoutOf", "compare", "compareFiles", "compileModel", "createCollector",
  "formatIssue", "formatIssues", "formatPath", "jsonSchemaText", "kpiDefsFor", "loadAnyModelFile", "loadModelFile",
  "loadModelObject", "loadModelText", "runReplication", "simulate", "simulateFile", "simulateSync", "sortIssues",
  "summariseRuns", "writeComparisonReport", "writeRunReport",
  // tables and numbers (api/tables.ts), chart images (api/render.ts)
  "comparisonKpiTable", "differencesTable", "displayWidth", "formatDifference", "formatEstimate", "formatInterval",
  "formatMean", "formatPairingGain", "formatPercentChange", "formatValue", "headlineKpis", "kpiMatrixTable", "kpiTable",
  "runKpiTable", "tableToCsv", "tableToHtml", "tableToMarkdown", "tableToText", "tableToTextLines", "unitName",
  "withoutColumns", "renderChartPng", "renderChartSvg",
  // notebooks (api/notebook.ts, api/scenarios.ts)
  "chartDisplay", "display", "resultTable", "tableDisplay", "vegaLiteMimeType", "bundledScenario", "bundledScenarios",
  // models in code (api/documents.ts)
  "readModelDocument",
  // per-replication values (api/replications.ts)
  "replicationCsv", "replicationKpis", "replicationTable",
  // progress (api/progress.ts)
  "withEta",
  // event logs (api/event-log.ts)
  "EVENT_LOG_CSV_HEADER", "EVENT_LOG_FORMATS", "writeEventLog",
  // a worker pool kept between calls, a Model object refused before a run (api/simulate.ts)
  "createWorkerPool", "InvalidModelError",
];

const TYPES = [
  "CaseNotice", "CaseOutcome", "NoticeKind", "EventLogFormat", "EventLogOptions", "EventLogSummary", "StepVisit", "VisitOutcome",
  "ArrivalSource", "Calendar", "ChartSet", "CollectorLayout", "CompareOptions", "CompiledModel", "ComparisonResult",
  "DistKind", "DistSpec", "DistributionSummary", "HalfWidthTarget", "HeadlineSentence", "IssueCode", "IssueParams",
  "IssueSeverity", "KpiDef", "KpiDifference", "KpiScope", "KpiSummary", "KpiUnit", "LoadResult", "LogHistogram", "Model",
  "ModelIssue", "ModelPath", "OneSidedKpi", "Outcome", "PairedComparison", "PairedKpiDifference", "ProfileInterval", "ProposalComparison",
  "ProposalHeadline", "RawModel", "RepResult", "ReplicationOptions", "ResourceNeed", "ResourcePool", "Result", "Route",
  "RunResult", "RunSettings", "ServiceLevel", "Shift", "SimObserver", "SimulateOptions", "Simulation", "Step", "StepKind",
  "TargetOutcome", "TimeOfDaySeries", "TimeOfDaySummary", "WeekdayFlags", "WriteReportOptions", "WriteReportResult",
  "ReportIssue", "ReportTargetOptions", "Cell", "Column", "DifferenceRow", "KpiRow", "Table", "TextLayout", "RenderedSvg",
  "RenderMessage", "ChartDisplayOptions", "DisplayBundle", "ModelDocument", "ReplicationKpis", "Progress",
  "BatchProgress", "ReplicationPool",
];

/** Every name src/index.ts exports (read from its syntax; `export *` is refused below, so this is all of them). */
function exportedNames(): string[] {
  const source = ts.createSourceFile(INDEX, readFileSync(INDEX, "utf8"), ts.ScriptTarget.ES2022, true);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.map((element) => element.name.text));
    } else if (ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      names.push(...declaredNames(statement));
    }
  }
  return names.sort();
}

/** Names declared by an exported declaration (`export const x`, `export function f`, `export type T`). */
function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.map((d) => d.name.getText());
  const name = (statement as ts.DeclarationStatement).name;
  return name ? [name.getText()] : [];
}

describe("public surface", () => {
  it("src/index.ts exports exactly the listed names", () => {
    expect(exportedNames()).toEqual([...VALUES, ...TYPES].sort());
  });

  it("src/index.ts names each export (no `export *`)", () => {
    expect(readFileSync(INDEX, "utf8")).not.toMatch(/export\s+(type\s+)?\*/);
  });

  it("the values are there at run time", async () => {
    const api: Record<string, unknown> = await import("../../src/index.js");
    expect(Object.keys(api).sort()).toEqual([...VALUES].sort());
  });
});
