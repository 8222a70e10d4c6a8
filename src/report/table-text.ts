/**
 * Tables as terminal text, measured by display width (a CJK character is two columns) and
 * fitted to the terminal: never wider than the width asked for.
 *
 * The KPI table of a branch with a step named "营业部柜台" lines up under its header in a
 * 100-column terminal; in 60 columns the table first drops its least important columns
 * (pairing gain, then the relative change, …), then wraps the KPI labels, and only then
 * cuts what is left with "…". A dropped column is named under the table ("Not shown at this
 * width: Total cost"), so no figure a user asked for goes missing without a word.
 */
import stringWidth from "string-width";
import { headerText } from "./i18n/headers.js";
import { t } from "./i18n/translate.js";
import type { Column, Table } from "./tables.js";

/** How to lay a table out as text. */
export interface TextLayout {
  /** The widest a line may be, in display columns. */
  readonly width: number;
  /** Put before every line (e.g. two spaces under a section title). */
  readonly indent?: string;
  /** Print the table's title above it (default true). */
  readonly title?: boolean;
  /** Name the columns left out for width under the table (default true). */
  readonly noteDropped?: boolean;
}

/** Narrowest a wrapped column is made. */
const MIN_WRAP = 12;
/** Columns are dropped before a wrapped column is made narrower than this. */
const PREFERRED_WRAP = 28;
const GAP = "  ";

/** The display width of a text (CJK = 2, combining marks = 0). */
export const displayWidth = (text: string): number => stringWidth(text);

/** Pads a text with spaces to a display width, on the right or on the left. */
export function padTo(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/** Cuts a text to at most `width` display columns, ending in "…" when it was cut. */
export function truncateTo(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** Splits a text into lines of at most `width` display columns, at spaces where it can. */
export function wrapTo(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (displayWidth(candidate) <= width) line = candidate;
    else {
      if (line) lines.push(line);
      line = word;
      while (displayWidth(line) > width) {
        const head = truncateTo(line, width + 1).slice(0, -1) || [...line][0];
        lines.push(head);
        line = line.slice(head.length);
      }
    }
  }
  lines.push(line);
  return lines;
}

const totalWidth = (widths: readonly number[], indent: string) =>
  displayWidth(indent) + widths.reduce((sum, w) => sum + w, 0) + GAP.length * Math.max(0, widths.length - 1);

/**
 * The display columns that fit: drops the highest dropOrder first until the rest fits with
 * wrapped columns at PREFERRED_WRAP (they may then wrap narrower, down to MIN_WRAP).
 */
function fittingColumns<R>(columns: Column<R>[], widthOf: (c: Column<R>) => number, layout: TextLayout): Column<R>[] {
  const indent = layout.indent ?? "";
  const kept = [...columns];
  const wrapped = (c: Column<R>) => (c.wrap ? Math.min(widthOf(c), PREFERRED_WRAP) : widthOf(c));
  while (totalWidth(kept.map(wrapped), indent) > layout.width) {
    const droppable = kept.filter((c) => (c.dropOrder ?? 0) > 0);
    if (droppable.length === 0) break;
    const drop = droppable.reduce((a, b) => ((b.dropOrder ?? 0) >= (a.dropOrder ?? 0) ? b : a));
    kept.splice(kept.indexOf(drop), 1);
  }
  return kept;
}

/** A table as text lines: header, a rule, one or more lines per row; each line ≤ layout.width. */
export function tableToTextLines<R>(table: Table<R>, layout: TextLayout): string[] {
  const indent = layout.indent ?? "";
  const all = table.columns.filter((c) => !c.csvOnly);
  const cellsOf = (c: Column<R>) => [headerText(c.header), ...table.rows.map((r) => c.text(r))];
  const natural = new Map(all.map((c) => [c, Math.max(...cellsOf(c).map(displayWidth))]));
  const columns = fittingColumns(all, (c) => natural.get(c) ?? 0, layout);
  const widths = columns.map((c) => natural.get(c) ?? 0);
  const excess = totalWidth(widths, indent) - layout.width;
  const wrapAt = columns.findIndex((c) => c.wrap);
  if (excess > 0 && wrapAt >= 0) widths[wrapAt] = Math.max(MIN_WRAP, widths[wrapAt] - excess);
  const render = (cells: readonly string[]): string[] => {
    const split = cells.map((cell, i) => (i === wrapAt ? wrapTo(cell, widths[i]) : [cell]));
    const height = Math.max(...split.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) => {
      const text = indent + split.map((lines, i) => padTo(truncateTo(lines[line] ?? "", widths[i]), widths[i], columns[i].align)).join(GAP);
      return truncateTo(text.trimEnd(), layout.width);
    });
  };
  const rule = truncateTo(indent + widths.map((w) => "─".repeat(w)).join(GAP), layout.width);
  const head = render(columns.map((c) => headerText(c.header)));
  const body = table.rows.flatMap((r) => render(columns.map((c) => c.text(r))));
  const title = layout.title === false ? [] : [truncateTo(table.title, layout.width)];
  const dropped = all.filter((c) => !columns.includes(c)).map((c) => headerText(c.header).replace(/\s+/g, " "));
  const notShown = dropped.length > 0 && layout.noteDropped !== false ? t("table.notShown", { columns: dropped.join(t("decision.listSeparator")) }) : undefined;
  const noteWidth = Math.max(1, layout.width - displayWidth(indent));
  const note = [table.note, notShown].flatMap((text) => (text ? wrapTo(text, noteWidth).map((line) => truncateTo(indent + line, layout.width)) : []));
  return [...title, ...head, rule, ...body, ...note];
}

/** A table as text ending in a newline (see tableToTextLines); 100 columns unless given. */
export function tableToText<R>(table: Table<R>, layout: TextLayout = { width: 100 }): string {
  return `${tableToTextLines(table, layout).join("\n")}\n`;
}
