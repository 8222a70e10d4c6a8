/**
 * Chart images for slides and notebooks: a Vega-Lite spec (from `buildRunCharts` or
 * `buildComparisonCharts`) to SVG text or PNG bytes, headless, with the report's font.
 *
 * `await renderChartPng(charts["utilisation"])` gives the PNG a planner pastes into the
 * staffing review. Vega, Vega-Lite and the PNG renderer load on the first call, so importing
 * procsim stays cheap for code that never draws.
 */
import type { TopLevelSpec } from "vega-lite";
import type { RenderMessage } from "../report/render-svg.js";

export type { RenderMessage } from "../report/render-svg.js";

/** An SVG chart and the warnings Vega-Lite raised while compiling it (empty for procsim's own charts). */
export interface RenderedSvg {
  readonly svg: string;
  readonly warnings: readonly RenderMessage[];
}

/** Renders a Vega-Lite spec to SVG text. Rejects only if Vega-Lite or Vega cannot draw it. */
export async function renderChartSvg(spec: TopLevelSpec): Promise<RenderedSvg> {
  const renderer = await import("../report/render-svg.js");
  return renderer.renderChartSvg(spec);
}

/** The largest zoom: a report chart at 10× is some 8,000 × 5,000 pixels (160 MB while drawn). */
const MAX_PNG_ZOOM = 10;

/** Why `zoom` cannot be used (a sentence naming what can), or null. */
function zoomProblem(zoom: unknown): string | null {
  if (typeof zoom === "number" && Number.isFinite(zoom) && zoom > 0 && zoom <= MAX_PNG_ZOOM) return null;
  const found = typeof zoom === "string" ? `the string ${JSON.stringify(zoom)}` : typeof zoom === "number" ? String(zoom) : `a value of type ${zoom === null ? "null" : typeof zoom}`;
  return `renderChartPng: zoom must be a number greater than 0 and at most ${MAX_PNG_ZOOM} (2 draws the chart at twice its size), got ${found}`;
}

/**
 * Renders a Vega-Lite spec to PNG bytes at `zoom` times the chart's size (default 2), text
 * in the bundled DejaVu Sans so the bytes are the same on every machine.
 * Rejects with a RangeError for a zoom that is not a number in (0, 10].
 */
export async function renderChartPng(spec: TopLevelSpec, zoom = 2): Promise<Uint8Array> {
  const problem = zoomProblem(zoom);
  if (problem !== null) throw new RangeError(problem);
  const { svg } = await renderChartSvg(spec);
  const { svgToPng } = await import("../report/write-png.js");
  return svgToPng(svg, zoom);
}
