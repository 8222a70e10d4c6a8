// Common random numbers pay off on a bundled scenario: two more tellers over lunch at the
// branch counter, compared on the same customers, gives a paired interval of the wait
// difference far narrower than two independent runs would.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compare } from "../../../src/experiment/compare.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import type { Model } from "../../../src/model/compile/model.js";

const SCENARIOS = new URL("../../../scenarios/", import.meta.url).pathname;

function load(file: string): Model {
  const loaded = loadAnyModelFile(SCENARIOS + file);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.model;
}

describe("variance reduction by pairing", () => {
  it("the paired half-width of the mean wait is at least 2x narrower than the unpaired one", async () => {
    const result = await compare(load("branch-counter.yaml"), [load("branch-counter-lunch-proposed.yaml")], { replications: 10, workers: 1 });
    const wait = result.proposals[0].differences.find((d) => d.key === "overall/waitTime.mean");
    expect(wait?.diff.halfWidth).toBeGreaterThan(0);
    const ratio = (wait?.unpairedHalfWidth as number) / (wait?.diff.halfWidth as number);
    expect(ratio).toBeGreaterThanOrEqual(2);
    expect(wait?.varianceReduction).toBeCloseTo(ratio, 12);
    expect(wait?.significant).toBe(true);
    expect(wait?.diff.mean).toBeLessThan(0);
  });

  it("arrivals are common to both: the arrival count differs by exactly 0 in every replication", async () => {
    const result = await compare(load("branch-counter.yaml"), [load("branch-counter-lunch-proposed.yaml")], { replications: 4, workers: 1 });
    const arrivals = result.proposals[0].differences.find((d) => d.key === "overall/arrivals");
    expect(arrivals?.diff.mean).toBe(0);
    expect(arrivals?.diff.sd).toBe(0);
  });
});

describe("a proposal file that changes nothing", () => {
  it("gives paired differences of exactly 0 for every KPI of a bundled scenario", async () => {
    const dir = mkdtempSync(join(tmpdir(), "procsim-same-"));
    try {
      const path = join(dir, "same.yaml");
      writeFileSync(path, `extends: ${JSON.stringify(SCENARIOS + "account-opening.yaml")}\nname: nothing changed\nchanges: []\n`);
      const loaded = loadAnyModelFile(path, { extendsRoots: [SCENARIOS] });
      if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
      const result = await compare(load("account-opening.yaml"), [loaded.model], { replications: 3, workers: 2 });
      const differences = result.proposals[0].differences;
      expect(differences.length).toBe(result.current.kpis.length);
      const observed = differences.filter((d) => d.diff.n > 0);
      expect(observed.length).toBeGreaterThan(50);
      for (const d of observed) expect([d.key, d.diff.mean, d.diff.sd]).toEqual([d.key, 0, 0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
