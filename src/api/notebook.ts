/**
 * Notebook output: Jupyter display bundles (MIME type → data) for charts and result tables.
 *
 * In a TypeScript notebook an analyst compares today's branch roster with two extra tellers
 * at lunch and shows `await chartDisplay(charts["waiting-distribution"])`: JupyterLab draws
 * the interactive Vega-Lite chart, and a viewer without Vega (GitHub, nbviewer, a PDF export)
 * falls back to the SVG or PNG in the same bundle. `resultTable(result)` shows the KPIs as an
 * HTML table. `display(bundle)` hands a bundle to the running tslab kernel.
 */
import { createRequire } from "node:module";
import type { TopLevelSpec } from "vega-lite";
import { tableToHtml } from "../report/html.js";
import { comparisonKpiTable, differencesTable, runKpiTable, type Table } from "../report/tables.js";
import { tableToText } from "../report/table-text.js";
import type { ComparisonResult, RunResult } from "../stats/result-types.js";
import { renderChartPng, renderChartSvg } from "./render.js";
import { CHART_DISPLAY_KEYS } from "./option-tables.js";
import { assertKnownOptions } from "./unknown-options.js";

/** A Jupyter MIME bundle: MIME type → data (JSON for `+json` types, text or base64 otherwise). */
export type DisplayBundle = Readonly<Record<string, unknown>>;

/** Which image fallbacks a chart bundle carries (both by default). */
export interface ChartDisplayOptions {
  readonly svg?: boolean;
  readonly png?: boolean;
}

/**
 * The MIME type a Vega-Lite spec travels under in Jupyter, from the major version in its
 * `$schema` (procsim's specs: `application/vnd.vegalite.v6+json`).
 * @throws Error when the spec names no Vega-Lite schema version.
 */
export function vegaLiteMimeType(spec: TopLevelSpec): string {
  const major = /vega-lite\/v(\d+)/.exec(String(spec.$schema ?? ""))?.[1];
  if (major === undefined) throw new Error(`the spec's $schema (${String(spec.$schema)}) names no Vega-Lite version`);
  return `application/vnd.vegalite.v${major}+json`;
}

/** A chart's plain-text stand-in: its title, or "Vega-Lite chart". */
function chartText(spec: TopLevelSpec): string {
  const title = (spec as { title?: unknown }).title;
  const text = typeof title === "string" ? title : typeof (title as { text?: unknown })?.text === "string" ? String((title as { text: string }).text) : "";
  return text ? `Chart: ${text}` : "Vega-Lite chart";
}

/**
 * A display bundle for one chart: the Vega-Lite spec (interactive in JupyterLab), an SVG and a
 * PNG fallback (base64), and a text line. Rejects if Vega cannot draw the spec, or with a
 * TypeError for an option other than `svg` and `png`.
 */
export async function chartDisplay(spec: TopLevelSpec, options: ChartDisplayOptions = {}): Promise<DisplayBundle> {
  assertKnownOptions("chartDisplay", options, CHART_DISPLAY_KEYS);
  const bundle: Record<string, unknown> = { [vegaLiteMimeType(spec)]: spec, "text/plain": chartText(spec) };
  if (options.svg !== false) bundle["image/svg+xml"] = (await renderChartSvg(spec)).svg;
  if (options.png !== false) bundle["image/png"] = Buffer.from(await renderChartPng(spec)).toString("base64");
  return bundle;
}

/** A display bundle for a report table (HTML and aligned text). */
export function tableDisplay<R>(table: Table<R>): DisplayBundle {
  return { "text/html": tableToHtml(table), "text/plain": tableToText(table) };
}

function isComparison(result: RunResult | ComparisonResult): result is ComparisonResult {
  return "proposals" in result && "current" in result;
}

/**
 * A display bundle for a result's KPI table: each KPI's mean with its 95% interval (a run), or
 * current and proposals side by side followed by the paired differences (a comparison). Money
 * is labelled with `currency` (the model's `currency`, e.g. "CNY") when given, else "cost".
 */
export function resultTable(result: RunResult | ComparisonResult, currency: string | null = null): DisplayBundle {
  if (!isComparison(result)) return tableDisplay(runKpiTable(result, currency));
  const kpis = tableDisplay(comparisonKpiTable(result, currency));
  const differences = tableDisplay(differencesTable(result, currency));
  return {
    "text/html": `${String(kpis["text/html"])}\n${String(differences["text/html"])}`,
    "text/plain": `${String(kpis["text/plain"])}\n\n${String(differences["text/plain"])}`,
  };
}

/** tslab's kernel-side writer of display messages (set while a cell runs). */
type DisplayWriter = (message: { data: DisplayBundle; metadata: object; transient: object }, update: boolean) => void;

function tslabWriter(): DisplayWriter | null {
  const cache = createRequire(import.meta.url).cache;
  const key = Object.keys(cache).find((path) => /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(path));
  const writer = key ? (cache[key]?.exports as { lastWriteDisplayData?: unknown } | undefined)?.lastWriteDisplayData : undefined;
  return typeof writer === "function" ? (writer as DisplayWriter) : null;
}

/**
 * Shows a bundle as the output of the running notebook cell, all MIME types at once (tslab's
 * own `display.raw` sends only one). In another kernel, pass the bundle to its display call.
 * @throws Error outside a running tslab cell.
 */
export function display(bundle: DisplayBundle): void {
  const write = tslabWriter();
  if (!write) throw new Error("display() needs a running tslab notebook cell; elsewhere pass the bundle to your kernel's display function");
  write({ data: bundle, metadata: {}, transient: {} }, false);
}
