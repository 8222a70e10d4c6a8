// Starting the command line must not load a chart renderer: `procsim --help` and `procsim
// validate branch.yaml` answer in a fraction of a second only if Vega, Vega-Lite and resvg
// stay unloaded until a report or a chart image is written. Checked on the built CLI bundle.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modulesLoadedBy } from "../../support/api/loaded-modules.js";

const CLI = new URL("../../../dist/bundle/cli.js", import.meta.url);
const SCENARIO = new URL("../../../scenarios/call-centre.yaml", import.meta.url).pathname;
const RENDERERS = /node_modules\/(vega|vega-lite|vega-embed|@resvg\/resvg-js)\//;
/** The CLI as separate modules (tsc's output), so that which of procsim's own modules load shows. */
const MODULES_CLI = new URL("../../../dist/cli/main.js", import.meta.url);
const ENGINE = /dist\/(experiment\/simulate|process\/simulation|stats\/summarise|cli\/run-budget)\.js$/;

/** Modules loaded by the CLI run with `args`. */
function loadedByCli(args: readonly string[]): string[] {
  return modulesLoadedBy(`const { main } = await import(${JSON.stringify(CLI.href)}); await main(${JSON.stringify(args)});`, "esm");
}

describe("starting the command line", () => {
  it("is built (npm test builds dist/ first)", () => {
    expect(existsSync(CLI), "dist/bundle is not built: run `npm run build`").toBe(true);
  });

  it.each([[["--help"]], [["validate", SCENARIO]]])("procsim %j loads no chart renderer", (args) => {
    const loaded = loadedByCli(args);
    expect(loaded.some((m) => m.endsWith("dist/bundle/cli.js"))).toBe(true);
    expect(loaded.filter((m) => RENDERERS.test(m))).toEqual([]);
  });

  it("procsim validate of a model that runs in seconds loads no simulation engine", () => {
    const loaded = modulesLoadedBy(`const { main } = await import(${JSON.stringify(MODULES_CLI.href)}); await main(${JSON.stringify(["validate", SCENARIO])});`, "esm");
    expect(loaded.some((m) => m.endsWith("dist/cli/commands/validate.js"))).toBe(true);
    expect(loaded.filter((m) => ENGINE.test(m))).toEqual([]);
  });
});
