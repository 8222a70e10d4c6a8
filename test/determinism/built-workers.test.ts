// The built package (dist/, what the CLI runs) starts its worker threads from its own .js
// files, and gives the same bytes for 1 and 2 workers. `npm test` builds dist/ first; when it
// has not been built the test says so instead of passing silently.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type * as SimulateModule from "../../src/experiment/simulate.js";
import { loadAnyModelFile } from "../../src/model/overlays/load.js";

const BUILT = new URL("../../dist/experiment/simulate.js", import.meta.url);
const SCENARIO = new URL("../../scenarios/branch-counter-lunch-proposed.yaml", import.meta.url).pathname;

describe("built worker threads", () => {
  it("run from dist/ and give byte-identical JSON for 1 and 2 workers", async () => {
    expect(existsSync(BUILT), "dist/ is not built: run `npm run build` (npm test does)").toBe(true);
    const { simulate } = (await import(BUILT.href)) as typeof SimulateModule;
    const loaded = loadAnyModelFile(SCENARIO);
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
    const one = JSON.stringify(await simulate(loaded.model, { replications: 6, workers: 1 }));
    const two = JSON.stringify(await simulate(loaded.model, { replications: 6, workers: 2 }));
    expect(two).toBe(one);
    expect(JSON.parse(one).replications).toBe(6);
  });
});
