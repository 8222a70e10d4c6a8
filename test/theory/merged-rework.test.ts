/**
 * Steps merged by a proposal (`mergeSteps`) keep their errors and checks: the first-pass yield
 * of the merged model against the hand calculation. Intake errs 10% and data entry 20%, review
 * finds every error: merged into one step that errs 1 − 0.9 × 0.8 = 28%, the yield is
 * 0.9 × 0.8 = 0.72. Data entry errs 10% and a four-eyes check finds half: merged, a
 * self-check, 1 − 0.1 × 0.5 = 0.95. Two checks finding 50% and 80% of a 30% error: merged, one
 * check finding 1 − 0.5 × 0.2 = 90%, so 1 − 0.3 × 0.9 = 0.73.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { loadAnyModelFile } from "../../src/model/overlays/load.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { scratchFolder } from "../support/files/scratch-folder.js";

const { write } = scratchFolder("procsim-merged-rework-");

/** 20,000 files a replication, one a minute, through steps with no pool (1 minute each). */
const HEAD = `calendar: always
run: { horizon: 20000min, replications: 20, seed: 11, study: terminating }
arrivals:
  - { name: files, ratePerHour: 60 }
steps:
`;

/** The merged model of `steps` (the base) and `merge` (the mergeSteps change), 20 replications. */
function mergedResults(name: string, steps: string, merge: string): RepResult[] {
  write(`${name}.yaml`, `name: ${name}\n${HEAD}${steps}`);
  const loaded = loadAnyModelFile(write(`${name}-merged.yaml`, `extends: ${name}.yaml\nname: merged\nchanges:\n  - mergeSteps: ${merge}\n`));
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return replicate(loaded.model, 20);
}

const step = (text: string) => `  - { duration: { exponential: { mean: 1 } }, ${text} }\n`;

describe("two erring steps merged, a final check that finds every error", () => {
  let results: RepResult[];
  beforeAll(() => {
    const steps = [
      step("name: intake, errors: { rate: 10%, to: correction }"),
      step("name: data entry, errors: { rate: 20%, to: correction }"),
      step("name: review, detects: { from: [intake, data entry] }, next: exit"),
      step("name: correction, next: review"),
    ].join("");
    results = mergedResults("two-errors", steps, "{ steps: [intake, data entry], name: one-stop }");
  });

  it("the merged step errs 1 − (1 − 10%)(1 − 20%) = 28%, and the first-pass yield is 0.72", () => {
    checkKpi(results, "step/one-stop/errors.rate", 0.28, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, "overall/firstPassYield", 0.72, { maxRelativeHalfWidth: 0.01 });
  });
});

describe("a four-eyes check merged with the work it checks", () => {
  let results: RepResult[];
  beforeAll(() => {
    const steps = [step("name: data entry, errors: { rate: 10%, to: data entry }"), step("name: four-eyes, detects: { from: data entry, p: 50% }, next: exit")].join("");
    results = mergedResults("four-eyes", steps, "{ steps: [data entry, four-eyes], name: keyed and checked }");
  });

  it("becomes a self-check finding half: first-pass yield 1 − 0.1 × 0.5 = 0.95", () => {
    expect(results[0].kpis["step/keyed and checked/errors.rate"]).toBeDefined();
    checkKpi(results, "overall/firstPassYield", 0.95, { maxRelativeHalfWidth: 0.01 });
  });
});

describe("two checks of the same errors merged", () => {
  let results: RepResult[];
  beforeAll(() => {
    const steps = [
      step("name: entry, errors: { rate: 30%, to: entry }"),
      step("name: check 1, detects: { from: entry, p: 50% }"),
      step("name: check 2, detects: { from: entry, p: 80% }, next: exit"),
    ].join("");
    results = mergedResults("two-checks", steps, "{ steps: [check 1, check 2], name: one check }");
  });

  it("find 1 − 0.5 × 0.2 = 90% of them: first-pass yield 1 − 0.3 × 0.9 = 0.73", () => {
    checkKpi(results, "overall/firstPassYield", 0.73, { maxRelativeHalfWidth: 0.01 });
  });
});
