// Run settings given as options are held to the checks the same settings get in a model file:
// a horizon that ends before the branch opens warns, placed where validate would place it,
// once for a comparison's models, naming the option that causes it.
import { describe, expect, it } from "vitest";
import type { Model } from "../../../src/model/compile/model.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { overrideChecks } from "../../../src/experiment/override-checks.js";
import { formatIssue } from "../../../src/model/source/issues.js";
import { simulateFile } from "../../../src/api/simulate.js";

function load(path: string): Model {
  const loaded = loadAnyModelFile(path);
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join("\n"));
  return loaded.model;
}

describe("checks of run options", () => {
  const branch = load("scenarios/branch-counter.yaml");
  const lunch = load("scenarios/branch-counter-lunch-proposed.yaml");

  it("warn of a horizon that ends before the branch opens, where validate would point", () => {
    const { errors, warnings } = overrideChecks([branch], { horizon: 3, replications: 3, seed: 9 });
    expect(errors).toEqual([]);
    expect(warnings.map((w) => [w.code, w.path.join("."), w.line])).toEqual([
      ["withOptions", "run.horizon", 14],
      ["withOptions", "steps.1.duration", 43],
    ]);
    expect(formatIssue(warnings[0])).toContain("run.horizon  warning: with horizon 3min given as an option: the run ends at 3min but the calendar first opens on mon at 09:00");
  });

  it("say each problem once for a comparison's models, in the current model's file", () => {
    const { warnings } = overrideChecks([branch, lunch], { horizon: 3 });
    expect(warnings.map((w) => [w.file, w.path.join(".")])).toEqual([
      ["scenarios/branch-counter.yaml", "run.horizon"],
      ["scenarios/branch-counter.yaml", "steps.1.duration"],
    ]);
  });

  it("say nothing for options that change no check, or settings the file already has", () => {
    expect(overrideChecks([branch], { seed: 3, replications: 5 })).toEqual({ errors: [], warnings: [] });
    expect(overrideChecks([branch], { horizon: 1440 })).toEqual({ errors: [], warnings: [] });
  });

  it("reach the caller of the library with the run's other warnings", async () => {
    const outcome = await simulateFile("scenarios/branch-counter.yaml", { horizon: 3, replications: 2, workers: 1 });
    expect(outcome.ok && outcome.warnings.filter((w) => w.code === "withOptions").length).toBe(2);
  });
});
