/**
 * The batch step in the model language: `batch:` makes a step a batch step (kind batch,
 * inferred or written), its rules are normalised to minutes, and every mistake is a located
 * issue, all reported at once.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { BASE, expectLocated, issueFor, issuesOf } from "./helpers.js";

const FILING = `${BASE}  - name: file
    resource: clerks
    duration: 10min
    batch: { size: 20, at: ["16:00", "11:30"], maxWait: 2h, durationPer: item }
`;

describe("batch step in the model", () => {
  it("is inferred from batch:, with its rules in minutes and its times sorted", () => {
    const result = loadModelText(FILING, "model.yaml");
    expect(issuesOf(result).filter((i) => i.severity === "error")).toEqual([]);
    if (!result.ok) return;
    const step = result.model.steps[2];
    expect(step.kind).toBe("batch");
    expect(step.resources).toEqual([{ resource: "clerks", units: 1 }]);
    expect(step.batch).toEqual({ size: 20, at: [690, 960], maxWait: 120, durationPer: "item", path: ["steps", 2, "batch"] });
  });

  it("kind: batch without batch: is located at the kind", () => {
    const text = `${BASE}  - name: file\n    kind: batch\n    duration: 10min\n`;
    expectLocated(issueFor(text, "batchWithoutRule"), { path: ["steps", 2, "kind"], text, needle: "batch\n    duration" });
  });

  it("batch: on a service step is located at batch:", () => {
    const text = FILING.replace("    resource: clerks\n    duration: 10min\n", "    kind: service\n    resource: clerks\n    duration: 10min\n");
    expectLocated(issueFor(text, "batchRuleOnKind"), { path: ["steps", 2, "batch"], text, needle: "{ size: 20" });
  });

  it("a batch without any rule, a time given twice and a maxWait of 0 are all reported", () => {
    const none = FILING.replace('{ size: 20, at: ["16:00", "11:30"], maxWait: 2h, durationPer: item }', "{ durationPer: batch }");
    expectLocated(issueFor(none, "batchNoRule"), { path: ["steps", 2, "batch"], text: none, needle: "{ durationPer" });
    const twice = FILING.replace('["16:00", "11:30"], maxWait: 2h', '["16:00", "16:00"], maxWait: 0');
    expectLocated(issueFor(twice, "batchAtDuplicate"), { path: ["steps", 2, "batch", "at", 1], text: twice, needle: '"16:00"]' });
    expectLocated(issueFor(twice, "tooSmall"), { path: ["steps", 2, "batch", "maxWait"], text: twice, needle: "0, durationPer" });
  });

  it("an unknown key, a bad time and an end-of-day rule on a batch step are located", () => {
    const typo = FILING.replace("size: 20", "sise: 20");
    expect(issuesOf(loadModelText(typo, "model.yaml")).some((i) => i.path.join(".") === "steps.2.batch.sise" && /did you mean "size"/.test(i.message))).toBe(true);
    const badTime = FILING.replace('"11:30"', '"25:00"');
    expect(issuesOf(loadModelText(badTime, "model.yaml")).some((i) => i.path.join(".") === "steps.2.batch.at.1")).toBe(true);
    const eod = FILING.replace("    duration: 10min\n    batch:", "    duration: 10min\n    endOfDay: carryOver\n    batch:");
    expectLocated(issueFor(eod, "endOfDayOnBatch"), { path: ["steps", 2, "endOfDay"], text: eod, needle: "carryOver" });
  });

  it("rules for a single case's wait or activity, on the batch step or its pool, are errors at their keys", () => {
    const patience = FILING.replace("    duration: 10min\n    batch:", "    duration: 10min\n    patience: 30min\n    batch:");
    expectLocated(issueFor(patience, "batchCombination"), { path: ["steps", 2, "patience"], text: patience, needle: "30min" });
    const errors = FILING.replace("    duration: 10min\n    batch:", "    duration: 10min\n    errors: { rate: 2%, to: intake }\n    batch:");
    expectLocated(issueFor(errors, "batchCombination"), { path: ["steps", 2, "errors"], text: errors, needle: "{ rate" });
    const limited = FILING.replace("clerks: { capacity: 2, costPerHour: 30 }", "clerks: { capacity: 2, costPerHour: 30, maxWaiting: 5 }");
    expectLocated(issueFor(limited, "batchPoolCombination"), { path: ["resources", "clerks", "maxWaiting"], text: limited, needle: "5 }" });
  });
});
