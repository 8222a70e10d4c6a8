/**
 * The report renderers alone: a process that only lays out a report's charts in Vega (SVG)
 * and draws them with resvg (PNG), one after the other, freeing each picture as the PNG thread
 * does. Its CPU time and peak memory are what any report with these charts costs, whatever
 * procsim does around them: the floor under the report figures (report-figures.ts).
 *
 * `node --expose-gc renderers-alone.mjs dist/bundle reports/account-opening-rpa` draws the
 * ten charts of the account-opening comparison and writes nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

type RenderChartSvg = (spec: unknown) => Promise<{ svg: string }>;
type SvgToPng = (svg: string) => Uint8Array;

const [bundleDir, reportDir] = process.argv.slice(2);
const load = (name: string) => import(pathToFileURL(join(bundleDir, name)).href);
const { renderChartSvg } = (await load("render-svg.js")) as { renderChartSvg: RenderChartSvg };
const { svgToPng } = (await load("write-png.js")) as { svgToPng: SvgToPng };
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
let bytes = 0;
for (const name of readdirSync(reportDir).filter((n) => n.endsWith(".vl.json")).sort()) {
  const { svg } = await renderChartSvg(JSON.parse(readFileSync(join(reportDir, name), "utf8")));
  bytes += svgToPng(svg).length;
  collect();
}
process.stdout.write(`${bytes}\n`);
