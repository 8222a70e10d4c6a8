// Display bundles for notebooks: a chart travels under the Vega-Lite MIME type of its own
// $schema version, with SVG and PNG stand-ins; a result table as HTML and text.
import { describe, expect, it } from "vitest";
import { buildRunCharts, chartDisplay, display, resultTable, simulateSync, vegaLiteMimeType } from "../../../src/index.js";
import { loadAnyModelFile } from "../../../src/api/load.js";

const SCENARIO = new URL("../../../scenarios/call-centre.yaml", import.meta.url).pathname;

function smallRun() {
  const loaded = loadAnyModelFile(SCENARIO);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return simulateSync(loaded.model, { replications: 2 });
}

describe("notebook display bundles", () => {
  it("name the Vega-Lite MIME type after the spec's schema version", () => {
    expect(vegaLiteMimeType({ $schema: "https://vega.github.io/schema/vega-lite/v6.json", data: { values: [] }, mark: "bar" })).toBe("application/vnd.vegalite.v6+json");
    expect(vegaLiteMimeType({ $schema: "https://vega.github.io/schema/vega-lite/v5.2.json", data: { values: [] }, mark: "bar" })).toBe("application/vnd.vegalite.v5+json");
    expect(() => vegaLiteMimeType({ data: { values: [] }, mark: "bar" })).toThrow(/names no Vega-Lite version/);
  });

  it("carry a chart as its spec, an SVG and a PNG", async () => {
    const charts = buildRunCharts(smallRun());
    const spec = Object.values(charts)[0];
    const bundle = await chartDisplay(spec);
    expect(Object.keys(bundle).sort()).toEqual(["application/vnd.vegalite.v6+json", "image/png", "image/svg+xml", "text/plain"]);
    expect(bundle["application/vnd.vegalite.v6+json"]).toBe(spec);
    expect(String(bundle["image/svg+xml"])).toMatch(/^<svg/);
    expect(Buffer.from(String(bundle["image/png"]), "base64").subarray(1, 4).toString("latin1")).toBe("PNG");
    const light = await chartDisplay(spec, { png: false, svg: false });
    expect(Object.keys(light).sort()).toEqual(["application/vnd.vegalite.v6+json", "text/plain"]);
  });

  it("carry a result's KPI table as HTML and text", () => {
    const bundle = resultTable(smallRun());
    expect(String(bundle["text/html"])).toMatch(/^<table>.*<\/table>$/s);
    expect(String(bundle["text/html"])).toContain("Service level");
    expect(String(bundle["text/plain"])).toContain("Service level");
  });

  it("label money in the table with the model's currency when given, else as cost", () => {
    const run = smallRun();
    const moneyRows = (currency?: string) => String(resultTable(run, currency)["text/html"]).split("</tr>").filter((row) => row.includes("Total cost"));
    expect(moneyRows("CNY").length).toBeGreaterThan(0);
    for (const row of moneyRows("CNY")) expect(row).toMatch(/>CNY</);
    for (const row of moneyRows()) expect(row).toMatch(/>cost</);
  });

  it("refuse to display outside a tslab cell, saying what to do instead", () => {
    expect(() => display({ "text/plain": "x" })).toThrow(/tslab/);
  });
});

describe("bundled scenarios", () => {
  it("are found by name and listed when the name is unknown", async () => {
    const { bundledScenario, bundledScenarios } = await import("../../../src/index.js");
    expect(bundledScenarios()).toContain("account-opening");
    expect(loadAnyModelFile(bundledScenario("branch-counter")).ok).toBe(true);
    expect(() => bundledScenario("branch")).toThrow(/there are: .*branch-counter/);
  });
});
