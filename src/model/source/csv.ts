/**
 * Reading a CSV file (RFC 4180) with csv-parse: quoted cells with "" for a quote, CRLF, LF or
 * CR line ends (mixed too; inside a quoted cell each reads as LF), blank lines skipped, a
 * leading byte-order mark dropped. The delimiter is a comma, or a semicolon or tab when the
 * header line has none of the others (spreadsheets in many locales export semicolons).
 *
 * The branch's export `time,segment\n09:03:12,retail\n"09:05:40","sme"` gives the header
 * [time, segment] and two rows, each with the line it starts on, so a problem in a cell is
 * reported as "tuesday.csv line 3" even after a quoted note that spans several lines.
 */
import { parse } from "csv-parse/sync";
import type { CsvError, InfoRecord } from "csv-parse/sync";

/** One data row: its cells and the 1-based line it starts on. */
export interface CsvRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/** A parsed file: the header cells and the data rows, or why it cannot be read. */
export type CsvTable = { readonly ok: true; readonly header: readonly string[]; readonly rows: readonly CsvRow[] } | { readonly ok: false; readonly line: number; readonly reason: string };

/** The line ends that are not LF (CRLF, a lone CR): each is read as one LF. */
const LINE_END = /\r\n|\r/g;

/** The delimiter of a file, from its first line. */
function delimiterOf(text: string): string {
  const end = text.indexOf("\n");
  const first = end < 0 ? text : text.slice(0, end);
  if (first.includes(",")) return ",";
  if (first.includes(";")) return ";";
  return first.includes("\t") ? "\t" : ",";
}

/** How many line breaks a (normalised) cell holds. */
function lineBreaksIn(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** True for csv-parse's own errors (anything else is a bug, not a bad file). */
function isCsvError(e: unknown): e is CsvError {
  return e instanceof Error && typeof (e as Partial<CsvError>).code === "string" && typeof (e as Partial<CsvError>).lines === "number";
}

/** Why csv-parse stopped, in the model's words. */
function reasonOf(e: CsvError): string {
  if (e.code === "CSV_QUOTE_NOT_CLOSED") return "a quoted cell is not closed";
  return e.message.replace(/\s*(at|on) line \d+.*$/, "");
}

/** Parses CSV text; see the module comment. */
export function parseCsv(source: string): CsvTable {
  // One line end everywhere, so csv-parse's line count is an editor's line number.
  const text = source.replace(LINE_END, "\n");
  // csv-parse counts the line a record ends on; the line breaks inside its quoted cells say where it starts.
  const starts: number[] = [];
  const last = { line: 0, emptyLines: 0 };
  const onRecord = (cells: string[], info: InfoRecord): string[] => {
    last.line = info.lines;
    last.emptyLines = info.empty_lines;
    starts.push(info.lines - cells.reduce((n, cell) => n + lineBreaksIn(cell), 0));
    return cells;
  };
  let cells: string[][];
  try {
    cells = parse(text, { delimiter: delimiterOf(text), record_delimiter: "\n", bom: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, on_record: onRecord });
  } catch (e) {
    if (!isCsvError(e)) throw e;
    // The record that failed starts after the last one read and the blank lines skipped since.
    const skipped = typeof e.empty_lines === "number" ? e.empty_lines - last.emptyLines : 0;
    return { ok: false, line: last.line + 1 + skipped, reason: reasonOf(e) };
  }
  if (cells.length === 0) return { ok: false, line: 1, reason: "the file is empty (it needs a header line)" };
  const [header, ...rows] = cells.map((row, k): CsvRow => ({ cells: row, line: starts[k] }));
  return { ok: true, header: header.cells.map((name) => name.trim()), rows };
}
