/**
 * The files of a report's charts, one chart at a time: `<id>.vl.json`, `<id>.svg` and
 * `<id>.png`, each handed to a sink as soon as it is made and then dropped.
 *
 * While the utilisation chart of the account-opening comparison is drawn as PNG on the PNG
 * thread (png-drawer.ts), the next chart (time breakdown) is laid out as SVG on the main
 * thread: writing the charts costs about the longer of the two stages, not their sum. The
 * thread starts while Vega loads, and the report's other files (page, JSON, CSV) are written
 * while it draws the last pictures.
 */
import type { TopLevelSpec } from "vega-lite";
import { PngDrawer } from "./png-drawer.js";

/** A chart to write under `<id>.vl.json`, `.svg` and `.png`. */
export interface ChartToWrite {
  readonly id: string;
  readonly spec: TopLevelSpec;
}

/** Receives one finished file: it writes it (or keeps it) before returning. */
export type FileSink = (name: string, content: string | Uint8Array) => void;

/** The names of the files `writeChartFiles` writes, in order. */
export function chartFileNames(charts: readonly ChartToWrite[], png: boolean): string[] {
  return charts.flatMap((c) => [`${c.id}.vl.json`, `${c.id}.svg`, ...(png ? [`${c.id}.png`] : [])]);
}

/** Draws one chart's PNG and hands it to the sink; resolves to the error instead of rejecting. */
async function drawPng(chart: ChartToWrite, svg: string, sink: FileSink, drawer: PngDrawer): Promise<unknown> {
  try {
    sink(`${chart.id}.png`, await drawer.draw(svg));
    return null;
  } catch (error) {
    return error ?? new Error("PNG export failed");
  }
}

/**
 * Writes every chart's Vega-Lite spec, SVG and (with `png`) PNG to `sink`, then calls
 * `writeOthers` (the report's other files) while the last PNGs are drawn; returns the
 * warnings Vega-Lite raised, as "chart <id>: <text>".
 * @throws the first rendering, sink or `writeOthers` error, after the PNGs in flight have finished.
 */
export async function writeChartFiles(charts: readonly ChartToWrite[], sink: FileSink, png: boolean, writeOthers: () => void = () => {}): Promise<string[]> {
  const warnings: string[] = [];
  const drawer = png ? new PngDrawer().start() : null;
  const drawn: Promise<unknown>[] = [];
  let failure: unknown = null;
  try {
    const { renderChartSvg } = await import("./render-svg.js");
    for (const chart of charts) {
      sink(`${chart.id}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
      const { svg, warnings: chartWarnings } = await renderChartSvg(chart.spec);
      warnings.push(...chartWarnings.map((w) => `chart ${chart.id}: ${w.text}`));
      sink(`${chart.id}.svg`, svg);
      if (drawer) drawn.push(drawPng(chart, svg, sink, drawer));
    }
    writeOthers();
  } catch (error) {
    failure = error ?? new Error("chart export failed");
  }
  const drawFailures = await Promise.all(drawn);
  await drawer?.close();
  failure ??= drawFailures.find((f) => f !== null) ?? null;
  if (failure !== null) throw failure;
  return warnings;
}
