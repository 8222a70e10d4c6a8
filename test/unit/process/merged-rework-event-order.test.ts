/**
 * Event order of errors and checks at a step merged by a proposal (`mergeSteps`), on tiny
 * deterministic models (error rates and detection probabilities of 0 or 1): the merged step
 * makes the errors its parts made and finds what they found, at the end of its one visit.
 */
import { describe, expect, it } from "vitest";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import type { Model } from "../../../src/model/compile/model.js";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { trace } from "./fixtures.js";

const { write } = scratchFolder("procsim-merged-order-");

/** The merged model of base `steps` with one `mergeSteps` change, one file arriving at minute 1. */
function merged(name: string, steps: string, merge: string): Model {
  write(`${name}.yaml`, `name: ${name}\ncalendar: always\nrun: { maxArrivals: 1, replications: 1, seed: 1 }\narrivals:\n  - { name: files, interarrival: 1min }\nsteps:\n${steps}`);
  const loaded = loadAnyModelFile(write(`${name}-merged.yaml`, `extends: ${name}.yaml\nname: merged\nchanges:\n  - mergeSteps: ${merge}\n`));
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.model;
}

describe("a step merged with the check of its work", () => {
  it("makes the error at the end of its visit and finds it at once (a self-check), then goes to correction", () => {
    const steps = [
      "  - { name: entry, duration: 1min, errors: { rate: 100%, to: fix } }",
      "  - { name: check, duration: 2min, detects: { from: entry }, next: exit }",
      "  - { name: fix, duration: 3min, next: exit }",
      "",
    ].join("\n");
    const { trace: t } = trace(merged("self", steps, "{ steps: [entry, check], name: one-stop }"));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start one-stop",
      "4 c0 finish one-stop", "4 c0 error one-stop visit 0", "4 c0 found at one-stop error of one-stop", "4 c0 start fix",
      "7 c0 finish fix", "7 c0 visits 2 reworks 1 rework time 3", "7 c0 complete cycle 6 waited 0",
    ]);
  });
});

describe("two parts, one of which errs, checked later", () => {
  it("the merged step carries the error to the check, which finds it as the merged step's", () => {
    const steps = [
      "  - { name: keying, duration: 1min, errors: { rate: 100%, to: fix } }",
      "  - { name: filing, duration: 1min, errors: { rate: 0%, to: fix } }",
      "  - { name: check, duration: 1min, detects: { from: [keying, filing] }, next: exit }",
      "  - { name: fix, duration: 2min, next: exit }",
      "",
    ].join("\n");
    const { trace: t } = trace(merged("later", steps, "{ steps: [keying, filing], name: one-stop }"));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start one-stop",
      "3 c0 finish one-stop", "3 c0 error one-stop visit 0", "3 c0 start check",
      "4 c0 finish check", "4 c0 found at check error of one-stop", "4 c0 start fix",
      "6 c0 finish fix", "6 c0 visits 3 reworks 1 rework time 2", "6 c0 complete cycle 5 waited 0",
    ]);
  });
});
