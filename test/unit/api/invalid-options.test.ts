/**
 * Options the library cannot use are refused with a sentence naming what it can use, never
 * silently replaced: a PNG zoom that is not a number in (0, 10], an event-log format other
 * than "csv" or "xes".
 */
import { describe, expect, it } from "vitest";
import { bundledScenario, loadModelFile, renderChartPng, writeEventLog, type EventLogFormat } from "../../../src/index.js";
import type { TopLevelSpec } from "vega-lite";

const SPEC = { data: { values: [{ x: 1 }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" } } } as TopLevelSpec;

describe("renderChartPng", () => {
  it.each([
    ["2", 'got the string "2"'],
    [Number.NaN, "got NaN"],
    [0, "got 0"],
    [-1, "got -1"],
    [11, "got 11"],
    [Number.POSITIVE_INFINITY, "got Infinity"],
  ])("refuses zoom %s", async (zoom, found) => {
    await expect(renderChartPng(SPEC, zoom as number)).rejects.toThrow(new RangeError(`renderChartPng: zoom must be a number greater than 0 and at most 10 (2 draws the chart at twice its size), ${found}`));
  });

  it("draws at the zoom asked: 1 gives half the width of the default 2", async () => {
    const width = (png: Uint8Array) => Buffer.from(png).readUInt32BE(16);
    expect(width(await renderChartPng(SPEC))).toBe(2 * width(await renderChartPng(SPEC, 1)));
  });
});

describe("writeEventLog", () => {
  const loaded = loadModelFile(bundledScenario("branch-counter"));
  if (!loaded.ok) throw new Error("branch-counter did not load");

  it("refuses a format other than csv or xes, writing nothing", () => {
    const chunks: string[] = [];
    const write = (chunk: string) => chunks.push(chunk);
    expect(() => writeEventLog(loaded.model, { format: "XES" as EventLogFormat, write })).toThrow(new RangeError('writeEventLog: format must be "csv" or "xes", got "XES" (formats are written in lower case: "xes")'));
    expect(() => writeEventLog(loaded.model, { format: "json" as EventLogFormat, write })).toThrow('writeEventLog: format must be "csv" or "xes", got "json"');
    expect(() => writeEventLog(loaded.model, { format: undefined as unknown as EventLogFormat, write })).toThrow('got undefined');
    expect(chunks).toEqual([]);
  });
});
