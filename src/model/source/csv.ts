/**
 * A small CSV reader (RFC 4180): quoted cells with "" for a quote, CRLF or LF line ends,
 * blank lines skipped. The delimiter is a comma, or a semicolon or tab when the header line
 * has none of the others (spreadsheets in many locales export semicolons).
 *
 * The branch's export `time,segment\n09:03:12,retail\n"09:05:40","sme"` gives the header
 * [time, segment] and two rows, each with the line it started on, so a problem in a cell is
 * reported as "tuesday.csv line 3".
 */

/** One data row: its cells and the 1-based line it starts on. */
export interface CsvRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/** A parsed file: the header cells and the data rows, or why it cannot be read. */
export type CsvTable = { readonly ok: true; readonly header: readonly string[]; readonly rows: readonly CsvRow[] } | { readonly ok: false; readonly line: number; readonly reason: string };

/** The delimiter of a file, from its first line. */
function delimiterOf(text: string): string {
  const end = text.indexOf("\n");
  const first = end < 0 ? text : text.slice(0, end);
  if (first.includes(",")) return ",";
  if (first.includes(";")) return ";";
  return first.includes("\t") ? "\t" : ",";
}

/** Parses CSV text; see the module comment. */
export function parseCsv(text: string): CsvTable {
  const delimiter = delimiterOf(text);
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = touched = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
      touched = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      if (touched || cell !== "") records.push({ cells: [...cells, cell], line: start });
      cells = [];
      cell = "";
      touched = false;
      start = ++line;
    } else {
      cell += ch;
      touched = true;
    }
  }
  if (quoted) return { ok: false, line: start, reason: "a quoted cell is not closed" };
  if (touched || cell !== "") records.push({ cells: [...cells, cell], line: start });
  if (records.length === 0) return { ok: false, line: 1, reason: "the file is empty (it needs a header line)" };
  const [header, ...rows] = records;
  return { ok: true, header: header.cells.map((name) => name.trim()), rows };
}
