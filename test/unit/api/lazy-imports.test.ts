// Importing procsim must not load a chart renderer: a notebook kernel or a script that only
// simulates should not pay for Vega, Vega-Lite, vega-embed and resvg (nor break on them in a
// CommonJS host). They load when a chart image or a report is made. Checked on the built
// package, from ESM and from CommonJS. Vega and Vega-Lite load inside procsim's chart renderer
// bundle (render-svg.cjs, through its ES module render-svg.js), resvg from its package.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modulesLoadedBy } from "../../support/api/loaded-modules.js";

const ESM = new URL("../../../dist/bundle/index.js", import.meta.url);
const CJS = new URL("../../../dist/bundle/index.cjs", import.meta.url).pathname;
const RENDERERS = /node_modules\/(vega|vega-lite|vega-embed|@resvg\/resvg-js)\/|dist\/bundle\/(render-svg)\.js$/;

const CHART = `{ $schema: "https://vega.github.io/schema/vega-lite/v6.json", data: { values: [{ a: 1 }] }, mark: "bar", encoding: { x: { field: "a", type: "quantitative" } } }`;

function renderers(modules: readonly string[]): string[] {
  return [...new Set(modules.filter((m) => RENDERERS.test(m)).map((m) => {
    const found = RENDERERS.exec(m);
    return found?.[1] ?? found?.[2] ?? m;
  }))].sort();
}

describe("importing the library root", () => {
  it("is built (npm test builds dist/ first)", () => {
    expect(existsSync(ESM), "dist/bundle is not built: run `npm run build`").toBe(true);
  });

  it("loads no chart renderer from ESM, and loads them for a chart image", () => {
    const plain = modulesLoadedBy(`const lib = await import(${JSON.stringify(ESM.href)}); lib.buildRunCharts;`, "esm");
    expect(plain.some((m) => m.endsWith("dist/bundle/index.js"))).toBe(true);
    expect(renderers(plain)).toEqual([]);
    const drawing = modulesLoadedBy(`const lib = await import(${JSON.stringify(ESM.href)}); await lib.renderChartPng(${CHART});`, "esm");
    expect(renderers(drawing)).toEqual(["@resvg/resvg-js", "render-svg"]);
  });

  it("loads no chart renderer from CommonJS, and draws through import() there too", () => {
    const plain = modulesLoadedBy(`const lib = require(${JSON.stringify(CJS)}); lib.buildRunCharts;`, "cjs");
    expect(plain.some((m) => m.endsWith("dist/bundle/index.cjs"))).toBe(true);
    expect(renderers(plain)).toEqual([]);
    const drawing = modulesLoadedBy(`const lib = require(${JSON.stringify(CJS)}); lib.renderChartPng(${CHART}).then((png) => { if (png.length < 100) process.exit(3); });`, "cjs");
    expect(renderers(drawing)).toEqual(["@resvg/resvg-js", "render-svg"]);
  });
});
