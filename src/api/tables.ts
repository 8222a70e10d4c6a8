/**
 * Library facade for tables and numbers, for notebooks and scripts: the same KPI and
 * paired-difference tables, number formats and headline rule as the terminal and the report.
 *
 * `tableToMarkdown(differencesTable(result))` after `compare(...)` gives the paired differences
 * as a Markdown table for a pull-request comment; `tableToText(runKpiTable(run), { width: 80 })`
 * prints them in an 80-column notebook cell; `formatEstimate(kpi, "min")` reads "4.21 ± 0.35 min".
 */
import { tableToText as toText, tableToTextLines as toTextLines, type TextLayout } from "../report/table-text.js";
import type { Table } from "../report/tables.js";
import { TEXT_LAYOUT_KEYS } from "./option-tables.js";
import { assertKnownOptions } from "./unknown-options.js";

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
export { displayWidth, type TextLayout } from "../report/table-text.js";
export { tableToHtml } from "../report/html.js";
export { formatValue, formatPercentChange, unitName } from "../report/format.js";
export { formatEstimate, formatInterval, formatMean, formatDifference, formatPairingGain } from "../report/format-kpi.js";
export { headlineKpis } from "../report/headline-kpis.js";

/**
 * A table as text lines no wider than `layout.width` display columns (see `report/table-text.ts`).
 * @throws TypeError for a layout key other than width, indent, title and noteDropped.
 */
export function tableToTextLines<R>(table: Table<R>, layout: TextLayout): string[] {
  assertKnownOptions("tableToTextLines", layout, TEXT_LAYOUT_KEYS);
  return toTextLines(table, layout);
}

/**
 * A table as text no wider than `layout.width` display columns (default 100).
 * @throws TypeError for a layout key other than width, indent, title and noteDropped.
 */
export function tableToText<R>(table: Table<R>, layout: TextLayout = { width: 100 }): string {
  assertKnownOptions("tableToText", layout, TEXT_LAYOUT_KEYS);
  return toText(table, layout);
}
