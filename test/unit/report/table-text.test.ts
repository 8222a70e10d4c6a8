/**
 * Text tables by display width: Chinese names (two columns per character) line up under their
 * headers, and a table never runs past the width it is given: it drops its least important
 * columns, then wraps the KPI labels, then cuts with "…".
 */
import { describe, expect, it } from "vitest";
import { displayWidth, padTo, tableToTextLines, truncateTo, wrapTo } from "../../../src/report/table-text.js";
import type { Column, Table } from "../../../src/report/tables.js";

interface Row {
  readonly name: string;
  readonly mean: string;
  readonly note: string;
}

const COLUMNS: Column<Row>[] = [
  { header: "KPI", align: "left", raw: (r) => r.name, text: (r) => r.name, wrap: true },
  { header: "mean", align: "right", raw: (r) => r.mean, text: (r) => r.mean },
  { header: "note", align: "left", raw: (r) => r.note, text: (r) => r.note, dropOrder: 1 },
];

const table = (rows: Row[]): Table<Row> => ({ title: "Headline KPIs", columns: COLUMNS, rows });

const ROWS: Row[] = [
  { name: "营业部柜台平均等候时间", mean: "4.21", note: "counter" },
  { name: "Mean wait at the identity check desk", mean: "12.0", note: "desk" },
];

/** The display column where `needle` starts in `line`. */
const columnOf = (line: string, needle: string) => displayWidth(line.slice(0, line.indexOf(needle)));

describe("display width", () => {
  it("counts a CJK character as two columns and pads by display width", () => {
    expect(displayWidth("营业部")).toBe(6);
    expect(displayWidth("−12.0 ±")).toBe(7);
    expect(padTo("柜台", 6, "left")).toBe("柜台  ");
    expect(padTo("柜台", 6, "right")).toBe("  柜台");
  });

  it("cuts and wraps by display width", () => {
    expect(truncateTo("营业部柜台", 7)).toBe("营业部…");
    expect(displayWidth(truncateTo("营业部柜台", 7))).toBeLessThanOrEqual(7);
    expect(wrapTo("Mean wait at the identity check", 12)).toEqual(["Mean wait at", "the identity", "check"]);
    expect(wrapTo("营业部柜台平均等候时间", 12).map(displayWidth).every((w) => w <= 12)).toBe(true);
  });
});

describe("text tables", () => {
  it("lines up rows with Chinese names under their headers", () => {
    const lines = tableToTextLines(table(ROWS), { width: 100 });
    const [, header, , chinese, latin] = lines;
    expect(columnOf(chinese, "4.21") + displayWidth("4.21")).toBe(columnOf(header, "mean") + displayWidth("mean"));
    expect(columnOf(latin, "12.0") + displayWidth("12.0")).toBe(columnOf(header, "mean") + displayWidth("mean"));
    expect(columnOf(chinese, "counter")).toBe(columnOf(header, "note"));
  });

  it("names the columns it leaves out for width under the table, unless told not to", () => {
    const narrow = tableToTextLines(table(ROWS), { width: 20, indent: "  " });
    expect(narrow.join(" ").replace(/\s+/g, " ")).toContain("Not shown at this width: note");
    expect(tableToTextLines(table(ROWS), { width: 20, indent: "  ", noteDropped: false }).join(" ")).not.toContain("Not shown");
    expect(tableToTextLines(table(ROWS), { width: 100, indent: "  " }).join(" ")).not.toContain("Not shown");
  });

  it.each([100, 60, 40, 30, 20])("never runs past %s columns", (width) => {
    const lines = tableToTextLines(table(ROWS), { width, indent: "  " });
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(width);
  });

  it("wraps names down to 28 columns before it drops the least important column", () => {
    const natural = Math.max(...tableToTextLines(table(ROWS), { width: 200 }).map(displayWidth));
    const longest = displayWidth("Mean wait at the identity check desk");
    const wrapped = tableToTextLines(table(ROWS), { width: natural - 1 });
    expect(wrapped[1]).toContain("note");
    const dropped = tableToTextLines(table(ROWS), { width: natural - (longest - 28) - 1 });
    expect(dropped[1]).not.toContain("note");
  });

  it("wraps a long name onto the next line when dropping is not enough", () => {
    const lines = tableToTextLines(table(ROWS), { width: 24, title: false });
    expect(lines.length).toBeGreaterThan(2 + ROWS.length);
    expect(lines.join("\n")).toContain("4.21");
  });
});
