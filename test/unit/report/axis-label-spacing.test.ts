/**
 * Axis labels stay apart: on every chart of a run and of a comparison, the labels along each
 * horizontal axis, measured as drawn (DejaVu Sans advances at their font size), leave a gap
 * between neighbours. A right-aligned last label on a narrow panel once read "350400", and a
 * call centre's 08:00-22:00 on a half-width panel "08:0009:0010:00".
 */
import { describe, expect, it } from "vitest";
import { buildComparisonCharts, buildRunCharts } from "../../../src/api/charts.js";
import { chartTextWidth } from "../../../src/report/chart-text-width.js";
import { compileChart, renderVegaSvg } from "../../../src/report/render-svg.js";
import type { RunResult } from "../../../src/stats/result-types.js";
import { accountOpeningComparison, accountOpeningRun } from "../../fixtures/results/account-opening.js";
import { timeOfDay } from "../../fixtures/results/synth.js";

/** Least space between two labels of one axis, pixels. */
const MIN_GAP = 3;

interface Label {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
}

/** The labels of each axis-label group of an SVG, with their horizontal extent as drawn (labels Vega thinned out are invisible). */
function axisLabelGroups(svg: string): Label[][] {
  const groups = svg.split('<g class="mark-text role-axis-label"').slice(1).map((rest) => rest.slice(0, rest.indexOf("</g>")));
  const visible = ([, attributes]: RegExpMatchArray) => !/opacity="0"/.test(attributes);
  return groups.map((group) =>
    [...group.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].filter(visible).map(([, attributes, text]) => {
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

/** A call centre's long day: four series from 08:00 to 22:00, one value per hour. */
const longDay: RunResult = {
  ...accountOpeningRun,
  timeOfDay: [
    timeOfDay("overall/wip.mean", "Mean cases in process", 8, [8, 9, 15, 15, 13, 12, 14, 14, 14, 10, 9, 6, 0.4, 0], 0.05),
    timeOfDay("step/agent/queue.mean", "Mean queue at agent", 8, [0, 0, 0.4, 0.35, 0.05, 0.03, 0.12, 0.12, 0.36, 0.03, 0.01, 0, 0, 0], 0.2),
    timeOfDay("overall/arrivals.perHour", "Arrivals per hour", 8, [99, 103, 178, 173, 137, 131, 159, 160, 164, 106, 105, 58, null, null], 0.03, "perHour"),
  ],
};

describe.each([
  ["long-day run", { "time-of-day": buildRunCharts(longDay)["time-of-day"] }],
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
