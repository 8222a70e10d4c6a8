// Byte-identical results: the same model, seed and options give the same JSON on a repeated
// run and whatever the number of worker threads (results are merged by replication index).
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/experiment/simulate.js";
import { compare } from "../../src/experiment/compare.js";
import { loadAnyModelFile } from "../../src/model/overlays/load.js";
import type { Model } from "../../src/model/compile/model.js";

const SCENARIOS = new URL("../../scenarios/", import.meta.url).pathname;

function load(file: string): Model {
  const loaded = loadAnyModelFile(SCENARIOS + file);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.model;
}

/** Short runs: the point is identity of bytes, not precision. */
const OPTIONS = { replications: 4, horizon: 18 * 1440 }; // 4 days observed after the 14-day warm-up

describe("determinism", () => {
  const current = load("account-opening.yaml");
  const proposal = load("account-opening-rpa-proposed.yaml");

  it("a repeated run gives byte-identical JSON", async () => {
    const first = JSON.stringify(await simulate(current, { ...OPTIONS, workers: 1 }));
    const second = JSON.stringify(await simulate(current, { ...OPTIONS, workers: 1 }));
    expect(second).toBe(first);
    expect(first.length).toBeGreaterThan(1000);
  });

  it("1 and 2 workers give byte-identical JSON", async () => {
    const one = JSON.stringify(await simulate(current, { ...OPTIONS, workers: 1 }));
    const two = JSON.stringify(await simulate(current, { ...OPTIONS, workers: 2 }));
    expect(two).toBe(one);
  });

  it("a comparison is byte-identical for 1 and 2 workers", async () => {
    const one = JSON.stringify(await compare(current, [proposal], { ...OPTIONS, workers: 1 }));
    const two = JSON.stringify(await compare(current, [proposal], { ...OPTIONS, workers: 2 }));
    expect(two).toBe(one);
  });

  it("a different seed gives different results (the seed is used)", async () => {
    const a = await simulate(current, { ...OPTIONS, workers: 1 });
    const b = await simulate(current, { ...OPTIONS, workers: 1, seed: 7 });
    expect(JSON.stringify(b.kpis)).not.toBe(JSON.stringify(a.kpis));
  });

  it("running does not modify the loaded model", async () => {
    const before = JSON.stringify(current);
    await simulate(current, { ...OPTIONS, workers: 2 });
    expect(JSON.stringify(current)).toBe(before);
  });
});
