/**
 * Charts of a business day: the through-the-day chart breaks its lines at left-out (closed)
 * slots instead of drawing across the night, and the service level per slot shows every
 * declared target with its band and 95% interval per slot.
 */
import { describe, expect, it } from "vitest";
import { buildComparisonCharts, buildRunCharts } from "../../../src/api/charts.js";
import { compileChart, renderVegaSvg } from "../../../src/report/render-svg.js";
import { serviceLevelSlotTable } from "../../../src/report/service-level-table.js";
import { tableToText } from "../../../src/report/table-text.js";
import type { RunResult } from "../../../src/stats/result-types.js";
import { accountOpeningRun } from "../../fixtures/results/account-opening.js";
import { timeOfDay } from "../../fixtures/results/synth.js";

const closedNight = (open: readonly number[]): (number | null)[] => [...Array(9).fill(null), ...open, ...Array(24 - 9 - open.length).fill(null)];

const LEVELS = [
  { name: "counter within 5 min", maxWait: 5, target: 0.8, achievedKey: "serviceLevel/counter within 5 min/achieved" },
  { name: "walk-in within 5 min", maxWait: 5, target: 0.9, achievedKey: "serviceLevel/walk-in within 5 min/achieved" },
];

const run: RunResult = {
  ...accountOpeningRun,
  serviceLevels: LEVELS,
  timeOfDay: [
    timeOfDay("overall/wip.mean", "Mean cases in process", 0, closedNight([3, 4, 6, 7, 6, 5, 4, 3, 0.5]), 0.1),
    timeOfDay(LEVELS[0].achievedKey, "Service level achieved by time slot: counter within 5 min", 0, closedNight([1, 0.95, 0.9, 0.7, 0.8, 0.92, 0.96, 0.99]), 0.05, "share"),
    timeOfDay(LEVELS[1].achievedKey, "Service level achieved by time slot: walk-in within 5 min", 0, closedNight([1, 0.93, 0.88, 0.65, 0.78, 0.9, 0.95, 0.99]), 0.2, "share"),
  ],
};

function rowsOf(spec: unknown): Record<string, unknown>[] {
  return ((spec as { data?: { values?: Record<string, unknown>[] } }).data?.values ?? []);
}

describe("through-the-day chart of a business day", () => {
  const spec = buildRunCharts(run)["time-of-day"];

  it("draws only the slots with values, on an axis from opening to the last slot", () => {
    const rows = rowsOf(spec).filter((r) => r.series === "overall/wip.mean" && !r.edge);
    expect(rows.map((r) => r.hour)).toEqual([9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5]);
    expect(JSON.stringify(spec)).toContain('"domain":[9,18]');
  });

  it("draws slot averages as steps over whole slots, never as a smoothed curve", () => {
    const edges = rowsOf(spec).filter((r) => r.series === "overall/wip.mean" && r.edge);
    expect(edges.map((r) => [r.hour, r.mean])).toEqual([[9, 3], [18, 0.5]]);
    const text = JSON.stringify(spec);
    expect(text).toContain('"interpolate":"step"');
    expect(text).not.toMatch(/"interpolate":"(monotone|basis|cardinal|natural|catmull-rom)"/);
  });

  it("puts every panel on one time axis, over the slots with a value in any series (arrivals end an hour before the last open slot)", () => {
    const twoSeries: RunResult = {
      ...run,
      timeOfDay: [
        timeOfDay("overall/wip.mean", "Mean cases in process", 0, closedNight([3, 4, 6, 7, 6, 5, 4, 3, 0.5]), 0.1),
        timeOfDay("overall/arrivals.perHour", "Arrivals per hour", 0, closedNight([30, 40, 60, 70, 60, 45, 40, 35]), 2, "perHour"),
      ],
    };
    const panels = (buildRunCharts(twoSeries)["time-of-day"] as unknown as { concat: { layer: { encoding: { x: { scale: { domain: number[] } } } }[] }[] }).concat;
    expect(panels).toHaveLength(2);
    for (const panel of panels) for (const layer of panel.layer) expect(layer.encoding.x.scale.domain).toEqual([9, 18]);
  });

  it("gives the slots on either side of a gap different segments, so lines do not bridge it", () => {
    const gappy: RunResult = { ...run, timeOfDay: [timeOfDay("overall/wip.mean", "Mean cases in process", 8, [2, 3, null, 5, 6], 0.1)] };
    const rows = rowsOf(buildRunCharts(gappy)["time-of-day"]).filter((r) => !r.edge);
    expect(rows.map((r) => r.segment)).toEqual([0, 0, 1, 1]);
    expect(JSON.stringify(buildRunCharts(gappy)["time-of-day"])).toContain('"detail":{"field":"segment"');
  });
});

describe("service level per slot", () => {
  const spec = buildRunCharts(run)["service-level-by-slot"];

  it("has one panel per declared target, each with its target line, intervals clipped to [0, 1]", () => {
    const panels = (spec as unknown as { vconcat: { title: { text: string } }[] }).vconcat;
    expect(panels.map((p) => p.title.text)).toEqual(["counter within 5 min (target 80%)", "walk-in within 5 min (target 90%)"]);
    expect(JSON.stringify(panels[1])).toContain('"target":0.9');
    const rows = rowsOf(spec);
    expect(rows).toHaveLength(16);
    expect(rows.every((r) => (r.lo as number) >= 0 && (r.hi as number) <= 1)).toBe(true);
    expect(rows.find((r) => r.level === "walk-in within 5 min" && r.slot === "12:00")?.mean).toBe(0.65);
  });

  it.each([["run", () => buildRunCharts(run)], ["comparison", () => buildComparisonCharts({ current: run, proposals: [{ name: "lunch roster", result: run, differences: [] }] })]])(
    "compiles without warnings and renders (%s)",
    async (_name, build) => {
      const { vega, warnings } = compileChart(build()["service-level-by-slot"]);
      expect(warnings).toEqual([]);
      const svg = await renderVegaSvg(vega);
      expect((svg.match(/<path|<line/g) ?? []).length).toBeGreaterThan(16);
    },
  );

  it("is left out when no service level has slot values", () => {
    expect(buildRunCharts(accountOpeningRun)["service-level-by-slot"]).toBeUndefined();
  });

  it("is also a table: one row per target and slot, with the interval and whether the target was met", () => {
    const table = serviceLevelSlotTable([{ name: "branch", result: run }]);
    expect(table.rows).toHaveLength(16);
    const text = tableToText(table);
    expect(text).toContain("12:00–13:00");
    const lunch = table.rows.find((r) => r.level === "counter within 5 min" && r.from === 720);
    expect(lunch).toMatchObject({ mean: 0.7, target: 0.8 });
  });
});

describe("through-the-day bands", () => {
  it("stop at 0: a count's 95% band does not reach below zero cases", () => {
    const near0 = timeOfDay("overall/wip.mean", "Mean cases in process", 9, [0.4, 0.1, 2], 0.1);
    const negative: RunResult = { ...run, timeOfDay: [{ ...near0, lo: [-0.3, -1.2, 1.5] }] };
    const rows = rowsOf(buildRunCharts(negative)["time-of-day"]).filter((r) => !r.edge);
    expect(rows.map((r) => r.lo)).toEqual([0, 0, 1.5]);
    expect(rows.map((r) => r.mean)).toEqual([0.4, 0.1, 2]);
  });
});

describe("service level per slot, several targets", () => {
  it("puts every target's panel on the same slots, so a callback target's 10:00 sits under the phone target's 10:00", () => {
    const callbacks = timeOfDay(LEVELS[1].achievedKey, "Service level achieved by time slot: walk-in within 5 min", 0, [...Array(10).fill(null), 1, 1, 0.95, ...Array(11).fill(null)], 0.05, "share");
    const uneven: RunResult = { ...run, timeOfDay: [run.timeOfDay[1], callbacks] };
    const panels = (buildRunCharts(uneven)["service-level-by-slot"] as unknown as { vconcat: unknown[] }).vconcat;
    const domains = panels.map((p) => JSON.stringify(p).match(/"domain":\["\d\d:\d\d"[^\]]*\]/g) ?? []);
    expect(domains[0].length).toBeGreaterThan(0);
    expect(new Set(domains.flat()).size).toBe(1);
    expect(domains.flat()[0]).toContain('"09:00"');
    expect(domains.flat()[0]).toContain('"16:00"');
  });
});
