// Progress with an ETA: a linear estimate from the pace so far, and the runners' own callback
// shape, so it plugs into simulate and compare.
import { describe, expect, it } from "vitest";
import { loadAnyModelFile, simulate, withEta, type Progress } from "../../../src/index.js";

describe("withEta", () => {
  it("estimates the time left from the pace so far", () => {
    const clock = [1000, 1000, 3000, 5000];
    const seen: Progress[] = [];
    const onProgress = withEta((p) => seen.push(p), () => clock.shift() ?? 0);
    onProgress(0, 10);
    onProgress(2, 10);
    onProgress(10, 10);
    expect(seen).toEqual([
      { done: 0, total: 10, elapsedMs: 0, etaMs: null },
      { done: 2, total: 10, elapsedMs: 2000, etaMs: 8000 },
      { done: 10, total: 10, elapsedMs: 4000, etaMs: 0 },
    ]);
  });

  it("is called by simulate for every replication, ending at the total", async () => {
    const loaded = loadAnyModelFile(new URL("../../../scenarios/call-centre.yaml", import.meta.url).pathname);
    if (!loaded.ok) throw new Error("scenario did not load");
    const seen: Progress[] = [];
    await simulate(loaded.model, { replications: 3, workers: 1, onProgress: withEta((p) => seen.push(p)) });
    expect(seen.map((p) => [p.done, p.total])).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(seen.at(-1)?.etaMs).toBe(0);
  });
});
