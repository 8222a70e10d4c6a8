/**
 * Axis labels stay apart: on every chart of a run and of a comparison, the labels along each
 * horizontal axis, measured as drawn (DejaVu Sans advances at their font size), leave a gap
 * between neighbours. A right-aligned last label on a narrow panel once read "350400".
 */
import { describe, expect, it } from "vitest";
import { buildComparisonCharts, buildRunCharts } from "../../../src/api/charts.js";
import { chartTextWidth } from "../../../src/report/chart-text-width.js";
import { compileChart, renderVegaSvg } from "../../../src/report/render-svg.js";
import { accountOpeningComparison, accountOpeningRun } from "../../fixtures/results/account-opening.js";

/** Least space between two labels of one axis, pixels. */
const MIN_GAP = 3;

interface Label {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
}

/** The labels of each axis-label group of an SVG, with their horizontal extent as drawn. */
function axisLabelGroups(svg: string): Label[][] {
  const groups = svg.split('<g class="mark-text role-axis-label"').slice(1).map((rest) => rest.slice(0, rest.indexOf("</g>")));
  return groups.map((group) =>
    [...group.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, text]) => {
      const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(attributes) ?? ["", "0", "0"];
      const anchor = /text-anchor="(\w+)"/.exec(attributes)?.[1] ?? "start";
      const size = Number(/font-size="([\d.]+)px"/.exec(attributes)?.[1] ?? 11);
      const width = chartTextWidth(text, size);
      const left = anchor === "middle" ? Number(x) - width / 2 : anchor === "end" ? Number(x) - width : Number(x);
      return { text, left, right: left + width, y: Number(y) };
    }),
  );
}

/** Pairs of neighbouring labels on one line (a horizontal axis) closer than MIN_GAP. */
function crowded(labels: readonly Label[]): string[] {
  const rows = new Map<number, Label[]>();
  for (const label of labels) rows.set(label.y, [...(rows.get(label.y) ?? []), label]);
  const close: string[] = [];
  for (const row of rows.values()) {
    const sorted = [...row].sort((a, b) => a.left - b.left);
    for (let i = 1; i < sorted.length; i++) if (sorted[i].left - sorted[i - 1].right < MIN_GAP) close.push(`${sorted[i - 1].text}|${sorted[i].text}`);
  }
  return close;
}

describe.each([
  ["run", buildRunCharts(accountOpeningRun)],
  ["comparison", buildComparisonCharts(accountOpeningComparison)],
])("%s charts", (_name, charts) => {
  it.each(Object.keys(charts))("%s: labels along each axis keep a gap", async (id) => {
    const svg = await renderVegaSvg(compileChart(charts[id]).vega);
    const groups = axisLabelGroups(svg);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.flatMap(crowded)).toEqual([]);
  });
});
