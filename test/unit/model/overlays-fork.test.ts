/**
 * Proposals on a model with forks: route surgery keeps a fork without `next`, sends a
 * branch that started at a removed or preceded step to its replacement, and refuses to
 * remove a fork or join step.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";

const dir = mkdtempSync(join(tmpdir(), "procsim-fork-"));
writeFileSync(join(dir, "base.yaml"), readFileSync(new URL("../../../examples/parallel-checks.yaml", import.meta.url), "utf8"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let written = 0;
function proposal(changes: string) {
  const file = join(dir, `proposal-${written++}.yaml`);
  writeFileSync(file, `name: proposal\nextends: base.yaml\nchanges:\n${changes}`);
  return loadAnyModelFile(file);
}

describe("proposals on a model with forks", () => {
  it("removing a step and inserting steps leave the forks intact; branches follow the new steps", () => {
    const loaded = proposal("  - removeStep: { step: registration }\n  - insertStep: { before: credit check, step: { name: triage, duration: 3 } }\n  - insertStep: { before: checks done, step: { name: qa, duration: 2 } }\n");
    expect(loaded.ok ? [] : loaded.issues.map((i) => i.message)).toEqual([]);
    if (!loaded.ok) return;
    const checks = loaded.model.steps.find((s) => s.name === "checks");
    expect(checks?.fork).toEqual({ branches: ["triage", "collateral valuation"], join: "checks done" });
    expect(loaded.model.steps.find((s) => s.name === "credit check")?.next).toEqual({ kind: "goto", to: "qa" });
  });

  it("removing the first step of a branch leaves an empty branch (straight to the join)", () => {
    const loaded = proposal("  - removeStep: { step: credit check }\n");
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.model.steps.find((s) => s.name === "checks")?.fork?.branches).toEqual(["checks done", "collateral valuation"]);
  });

  it("removing a fork or a join step is refused at the change", () => {
    for (const name of ["checks", "checks done"]) {
      const loaded = proposal(`  - removeStep: { step: ${name} }\n`);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.issues[0].message).toMatch(/is a (fork|join) step/);
    }
  });
});
