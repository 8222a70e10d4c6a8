// The fork-join example (examples/parallel-checks.yaml: nested forks, a 1-of-2 join) loads
// without issues and gives byte-identical JSON on a repeated run and for 1 and 2 workers.
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/experiment/simulate.js";
import { loadAnyModelFile } from "../../src/model/overlays/load.js";

const EXAMPLE = new URL("../../examples/parallel-checks.yaml", import.meta.url).pathname;
const OPTIONS = { replications: 3, horizon: 8 * 1440 };

describe("fork-join determinism", () => {
  const loaded = loadAnyModelFile(EXAMPLE);

  it("the example model loads without errors or warnings", () => {
    expect(loaded.ok ? loaded.warnings : loaded.issues).toEqual([]);
  });

  it("a repeated run and 1 or 2 workers give byte-identical JSON", async () => {
    if (!loaded.ok) throw new Error("example does not load");
    const one = JSON.stringify(await simulate(loaded.model, { ...OPTIONS, workers: 1 }));
    const again = JSON.stringify(await simulate(loaded.model, { ...OPTIONS, workers: 1 }));
    const two = JSON.stringify(await simulate(loaded.model, { ...OPTIONS, workers: 2 }));
    expect(again).toBe(one);
    expect(two).toBe(one);
    expect(one).toContain("step/checks done/join.syncDelay");
  });
});
