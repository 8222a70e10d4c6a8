/**
 * Library facade for report folders: the same standalone HTML page, JSON, CSV tables and
 * SVG/PNG charts the CLI writes, for a result computed in code.
 *
 * `await writeComparisonReport(result, { outDir: "reports/rpa" })` after `compare(...)` writes
 * reports/rpa/index.html; a refused folder comes back as `{ ok: false, issues }`.
 */
export { writeRunReport, writeComparisonReport, type WriteReportOptions, type WriteReportResult } from "../report/write.js";
export { buildHeadline, type ProposalHeadline, type HeadlineSentence } from "../report/headline.js";
