/**
 * Library facade for tables and numbers, for notebooks and scripts: the same KPI and
 * paired-difference tables, number formats and headline rule as the terminal and the report.
 *
 * `tableToMarkdown(differencesTable(result))` after `compare(...)` gives the paired differences
 * as a Markdown table for a pull-request comment; `tableToText(runKpiTable(run), { width: 80 })`
 * prints them in an 80-column notebook cell; `formatEstimate(kpi, "min")` reads "4.21 ± 0.35 min".
 */
export {
  kpiTable,
  runKpiTable,
  comparisonKpiTable,
  kpiMatrixTable,
  differencesTable,
  withoutColumns,
  tableToCsv,
  tableToMarkdown,
  type Table,
  type Column,
  type Cell,
  type KpiRow,
  type DifferenceRow,
} from "../report/tables.js";
export { tableToText, tableToTextLines, displayWidth, type TextLayout } from "../report/table-text.js";
export { tableToHtml } from "../report/html.js";
export { formatValue, formatPercentChange, unitName } from "../report/format.js";
export { formatEstimate, formatInterval, formatMean, formatDifference, formatPairingGain } from "../report/format-kpi.js";
export { headlineKpis } from "../report/headline-kpis.js";
