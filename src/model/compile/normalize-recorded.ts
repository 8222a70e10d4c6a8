/**
 * A recorded-arrivals block in normal form: the CSV file read (beside the model), its rows
 * checked and sorted, its attribute columns checked against the attributes' declarations.
 *
 * Riverside branch's `recorded: { file: tuesday.csv, columns: { segment: [retail, sme] } }`
 * with rows `09:03:12,retail` … becomes 212 arrivals on recording day 0 at 543.2 … minutes,
 * a column of segments, and the synthesised attribute `segment` with the recorded shares
 * (so route and duration checks see it like a drawn one; it is never drawn). Every problem
 * of the file is reported at once (the first 20 cells, then a count), each naming the file,
 * line and column.
 */
import type { Calendar, ModelPath } from "./model.js";
import type { AttributeSpec } from "./attribute-types.js";
import type { RecordedArrivals, RecordedColumn } from "./source-types.js";
import type { RawRecorded } from "../schema/schema-sources.js";
import type { FolderRead } from "../source/model-folder.js";
import { parseCsv, type CsvRow } from "../source/csv.js";
import { error, type IssueDraft } from "../source/issues.js";
import { formatTimeOfDay, MINUTES_PER_DAY } from "../schema/units.js";
import { dayIndexes, parseClockOrMinutes } from "./recorded-cells.js";

/** Reads a data file named in the model (relative to its folder). */
export type ReadDataFile = (file: string) => FolderRead;

/** How an attribute is declared: a number, or the categories it may take. */
export type DeclaredAttribute = { readonly categories: readonly string[] | null };

/** What a recorded block is checked against. */
export interface RecordedContext {
  readonly calendar: Calendar;
  /** Null: files are not read (the repaired copy of a model with shape errors). */
  readonly read: ReadDataFile | null;
  /** Attributes other sources declare, by name. */
  readonly declared: ReadonlyMap<string, DeclaredAttribute>;
}

/** The normalised recording and the attributes its columns give the source. */
export interface NormalizedRecording {
  readonly recorded: RecordedArrivals;
  readonly attributes: Record<string, AttributeSpec>;
}

/** Cell problems reported one by one before the rest are only counted. */
const MAX_CELL_PROBLEMS = 20;

/** One attribute column: its header position and declaration. */
interface ColumnPlan {
  readonly attribute: string;
  readonly index: number;
  readonly categories: readonly string[] | null;
}

/** Collects the cell problems of one file (the first MAX_CELL_PROBLEMS, then a count). */
class CellProblems {
  count = 0;
  constructor(private readonly file: string, private readonly header: readonly string[], private readonly path: ModelPath, private readonly issues: IssueDraft[]) {}

  add(row: CsvRow, index: number, found: string, expected: string): void {
    if (++this.count > MAX_CELL_PROBLEMS) return;
    const column = this.header[index] ?? `#${index + 1}`;
    this.issues.push(error("recordedCell", this.path, { file: this.file, line: row.line, column, columnNumber: index + 1, found, expected }));
  }

  finish(): void {
    if (this.count > MAX_CELL_PROBLEMS) this.issues.push(error("recordedMoreProblems", this.path, { file: this.file, count: this.count - MAX_CELL_PROBLEMS }));
  }
}

/** Normalises a recorded block; null when the file cannot be used (the problem is in `issues`). */
export function normalizeRecorded(raw: RawRecorded, path: ModelPath, context: RecordedContext, issues: IssueDraft[]): NormalizedRecording | null {
  const at = [...path, "file"];
  if (context.read === null) return null;
  const read = context.read(raw.file);
  if (!read.ok) {
    issues.push(error("recordedFile", at, { file: raw.file, reason: read.reason, ...(read.advice ? { advice: read.advice } : {}) }));
    return null;
  }
  const table = parseCsv(read.text);
  if (!table.ok) {
    issues.push(error("recordedFile", at, { file: raw.file, reason: `line ${table.line}: ${table.reason}` }));
    return null;
  }
  if (table.rows.length === 0) {
    issues.push(error("recordedFile", at, { file: raw.file, reason: "it has a header but no rows" }));
    return null;
  }
  const plan = planColumns(raw, table.header, context.declared, at, issues);
  if (plan === null) return null;
  const problems = new CellProblems(raw.file, table.header, at, issues);
  const rows = readRows(table.rows, table.header.length, plan, context.calendar, problems);
  const days = dayIndexes(rows.map((row) => row.dayCell), context.calendar, (k, expected) => problems.add(rows[k].row, plan.day, rows[k].dayCell, expected));
  problems.finish();
  if (problems.count > 0) return null;
  return assemble(raw, path, rows, days, plan.columns);
}

/** The positions of the time, day and attribute columns; null after a header problem. */
function planColumns(
  raw: RawRecorded, header: readonly string[], declared: ReadonlyMap<string, DeclaredAttribute>, at: ModelPath, issues: IssueDraft[],
): { time: number; day: number; columns: ColumnPlan[] } | null {
  const before = issues.length;
  const problem = (column: string, reason: string) => issues.push(error("recordedColumn", at, { file: raw.file, column, reason }));
  header.forEach((name, i) => {
    if (header.indexOf(name) !== i) problem(name, "the header names this column twice");
  });
  const time = header.indexOf(raw.time ?? "time");
  if (time < 0) problem(raw.time ?? "time", `no such column; the header has ${header.join(", ")} (name the time column with time:)`);
  const day = raw.day === undefined ? -1 : header.indexOf(raw.day);
  if (raw.day !== undefined && day < 0) problem(raw.day, `no such column; the header has ${header.join(", ")}`);
  for (const name of [...Object.keys(raw.columns ?? {}), ...(raw.ignore ?? [])]) {
    if (!header.includes(name)) problem(name, `declared in the model but not in the file's header (${header.join(", ")})`);
  }
  const columns: ColumnPlan[] = [];
  header.forEach((name, index) => {
    if (index === time || index === day || (raw.ignore ?? []).includes(name)) return;
    const own = raw.columns?.[name];
    const kind = own === undefined ? declared.get(name) : { categories: own === "number" ? null : own };
    if (kind === undefined) problem(name, "not an attribute the model declares; declare it under columns (number, or its categories) or list it under ignore");
    else columns.push({ attribute: name, index, categories: kind.categories });
  });
  return issues.length > before ? null : { time, day, columns };
}

/** One row read: its day (raw day cell), time of day and attribute values. */
interface RowValues {
  readonly row: CsvRow;
  readonly dayCell: string;
  readonly time: number;
  readonly values: (number | string | null)[];
}

function readRows(
  rows: readonly CsvRow[], width: number, plan: { time: number; day: number; columns: ColumnPlan[] }, calendar: Calendar, problems: CellProblems,
): RowValues[] {
  const open = calendar.always ? 0 : calendar.open;
  const close = calendar.always ? MINUTES_PER_DAY : calendar.close;
  const out: RowValues[] = [];
  for (const row of rows) {
    if (row.cells.length !== width) {
      problems.add(row, Math.min(row.cells.length, width) - 1, `${row.cells.length} cells`, `${width} cells, one per header column`);
      continue;
    }
    const timeCell = row.cells[plan.time].trim();
    const time = parseClockOrMinutes(timeCell);
    if (time === null) problems.add(row, plan.time, timeCell, 'a time of day such as "09:03:12" or "09:03", or minutes after midnight such as 543.2');
    else if (time < open || time >= close) problems.add(row, plan.time, timeCell, `a time inside the opening hours ${formatTimeOfDay(open)}–${formatTimeOfDay(close)}`);
    const values = plan.columns.map((column) => cellValue(row, column, problems));
    out.push({ row, dayCell: plan.day < 0 ? "1" : row.cells[plan.day].trim(), time: time ?? 0, values });
  }
  return out;
}

/** The value of an attribute cell: a number, a category, or null when empty. */
function cellValue(row: CsvRow, column: ColumnPlan, problems: CellProblems): number | string | null {
  const cell = row.cells[column.index].trim();
  if (cell === "") return null;
  if (column.categories !== null) {
    if (!column.categories.includes(cell)) problems.add(row, column.index, cell, `one of the categories of ${column.attribute}: ${column.categories.join(", ")} (or an empty cell)`);
    return cell;
  }
  const value = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell) ? Number(cell) : NaN;
  if (!Number.isFinite(value) || Math.abs(value) > 1e12) problems.add(row, column.index, cell, "a number such as 125000 or 4.5 (or an empty cell)");
  return value;
}

/** Sorts the rows by (day, time) and builds the recording and its synthesised attributes. */
function assemble(raw: RawRecorded, path: ModelPath, rows: readonly RowValues[], days: readonly number[], columns: readonly ColumnPlan[]): NormalizedRecording {
  const order = rows.map((_, k) => k).sort((a, b) => days[a] - days[b] || rows[a].time - rows[b].time || a - b);
  const recordedColumns: RecordedColumn[] = columns.map((column, j) => ({ attribute: column.attribute, values: order.map((k) => rows[k].values[j]) }));
  const attributes: Record<string, AttributeSpec> = Object.create(null);
  for (const column of recordedColumns) attributes[column.attribute] = synthesise(column, columns.find((c) => c.attribute === column.attribute)?.categories ?? null);
  const recorded: RecordedArrivals = {
    file: raw.file,
    days: days.reduce((max, d) => Math.max(max, d + 1), 1),
    day: order.map((k) => days[k]),
    time: order.map((k) => rows[k].time),
    columns: recordedColumns,
    afterRecording: raw.afterRecording ?? "stop",
    ...(raw.afterRecording === undefined ? { afterRecordingDefault: true } : {}),
    path,
  };
  return { recorded, attributes };
}

/** The attribute a column gives its source: the recorded values' distribution. */
function synthesise(column: RecordedColumn, categories: readonly string[] | null): AttributeSpec {
  const counts = new Map<number | string, number>();
  for (const value of column.values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  if (categories !== null) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return { kind: "categorical", categories, shares: categories.map((c) => (total > 0 ? (counts.get(c) ?? 0) / total : 1 / categories.length)) };
  }
  const values = ([...counts.keys()] as number[]).sort((a, b) => a - b);
  const weights = values.map((v) => counts.get(v) as number);
  return { kind: "numeric", dist: values.length === 0 ? { kind: "deterministic", value: 0 } : { kind: "empirical", values, weights } };
}
