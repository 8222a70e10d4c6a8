// Reading a recorded-arrivals CSV: cells, delimiters, and the line every row starts on, which
// stays exact after quoted cells that span several lines, blank lines and mixed line ends.
import { describe, expect, it } from "vitest";
import { parseCsv, type CsvTable } from "../../../src/model/source/csv.js";

function rowsOf(table: CsvTable): [number, readonly string[]][] {
  if (!table.ok) throw new Error(`not read: line ${table.line}: ${table.reason}`);
  return table.rows.map((row) => [row.line, row.cells]);
}

describe("parseCsv", () => {
  it("reads quoted cells, doubled quotes and a semicolon or tab delimiter", () => {
    const table = parseCsv('time,note\n09:03:12,"say ""hi"", then go"\n"09:05:40",plain\n');
    expect(table.ok && table.header).toEqual(["time", "note"]);
    expect(rowsOf(table)).toEqual([[2, ["09:03:12", 'say "hi", then go']], [3, ["09:05:40", "plain"]]]);
    expect(rowsOf(parseCsv("time;segment\n09:00;sme\n"))).toEqual([[2, ["09:00", "sme"]]]);
    expect(rowsOf(parseCsv("time\tsegment\n09:00\tsme\n"))).toEqual([[2, ["09:00", "sme"]]]);
  });

  it("gives each row the line it starts on after multi-line quoted cells, blank lines and mixed line ends", () => {
    const text = 'time,note\r\n09:00,"first\nsecond\r\nthird"\n\n09:05,x\r09:07,"a\rb"\n\r\n09:09,y';
    expect(rowsOf(parseCsv(text))).toEqual([
      [2, ["09:00", "first\nsecond\nthird"]],
      [6, ["09:05", "x"]],
      [7, ["09:07", "a\nb"]],
      [10, ["09:09", "y"]],
    ]);
  });

  it("keeps rows of the wrong width for the caller to report, and drops a byte-order mark", () => {
    const table = parseCsv("\uFEFFtime,segment\n09:00\n09:01,sme,extra\n");
    expect(table.ok && table.header).toEqual(["time", "segment"]);
    expect(rowsOf(table)).toEqual([[2, ["09:00"]], [3, ["09:01", "sme", "extra"]]]);
  });

  it("names the line where an unclosed quoted cell starts", () => {
    expect(parseCsv('time,note\n09:00,"a\nb"\n\n09:05,"open\n09:06,x\n')).toEqual({ ok: false, line: 5, reason: "a quoted cell is not closed" });
    expect(parseCsv('"time\n09:00\n')).toEqual({ ok: false, line: 1, reason: "a quoted cell is not closed" });
  });

  it("refuses an empty file", () => {
    expect(parseCsv("")).toEqual({ ok: false, line: 1, reason: "the file is empty (it needs a header line)" });
    expect(parseCsv("\n\r\n")).toEqual({ ok: false, line: 1, reason: "the file is empty (it needs a header line)" });
  });
});
