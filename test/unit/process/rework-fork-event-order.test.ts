/**
 * Event-order tests of errors made by the parts of a fork, on tiny deterministic models
 * (rates and detection probabilities of 0 or 1): a part's error becomes its case's at the
 * join (found after it, or escaping with the case), and a detection inside a branch finds
 * the branch's own error and sends the part to a step of that branch. Visit totals count the
 * join twice (the case waits there at the fork, and its parts' merged counts reach it again).
 */
import { describe, expect, it } from "vitest";
import type { Step, StepDetects, StepErrors } from "../../../src/model/compile/model.js";
import { exit, fixed, goto, model, source, step, trace } from "./fixtures.js";
import { forkStep, joinStep } from "./fork-join-fixtures.js";

const errs = (rate: number, to: string): StepErrors => ({ rate, to, path: [] });
const detects = (from: string[], p: number): StepDetects => ({ from, p, path: [] });
const withQuality = (s: Step, quality: { errors?: StepErrors; detects?: StepDetects }): Step => ({ ...s, ...quality });

const loan = (approveDetects: boolean) => model({
  arrivals: [source("loan", fixed(10), "checks")],
  resources: [],
  steps: [
    forkStep("checks", ["credit", "valuation"], "done"),
    withQuality(step("credit", [], fixed(3), goto("done")), { errors: errs(1, "fix") }),
    step("valuation", [], fixed(5), goto("done")),
    joinStep("done", goto("approve")),
    approveDetects ? withQuality(step("approve", [], fixed(1), exit), { detects: detects(["credit"], 1) }) : step("approve", [], fixed(1), exit),
    step("fix", [], fixed(2), exit),
  ],
  run: { maxArrivals: 1 },
});

const FORKED = [
  "10 c0 arrive", "10 c0 start checks", "10 c0 finish checks", "10 c0 fork checks wait at done",
  "10 c0.1 part", "10 c0.1 start credit", "10 c0.2 part", "10 c0.2 start valuation",
  "13 c0.1 finish credit", "13 c0.1 error credit visit 0", "13 c0.1 reach done after 3",
  "15 c0.2 finish valuation", "15 c0.2 reach done after 5", "15 c0 joined done after 5 sync 2/2 critical 2",
  "15 c0 start approve", "16 c0 finish approve",
];

describe("an error made by a part of a fork", () => {
  it("is found after the join: the case goes to fix and its rework runs to its end", () => {
    const { trace: t } = trace(loan(true));
    expect(t.rows).toEqual([
      ...FORKED,
      "16 c0 found at approve error of credit", "16 c0 start fix",
      "18 c0 finish fix", "18 c0 visits 7 reworks 1 rework time 2", "18 c0 complete cycle 8 waited 0",
    ]);
  });

  it("escapes with the case when nothing after the join detects it", () => {
    const { trace: t } = trace(loan(false));
    expect(t.rows).toEqual([
      ...FORKED,
      "16 c0 escaped error of credit", "16 c0 visits 6 reworks 0 rework time 0", "16 c0 complete cycle 6 waited 0",
    ]);
  });

  it("is found inside its branch: the part is reworked there, and its rework is the case's", () => {
    const { trace: t } = trace(model({
      arrivals: [source("loan", fixed(10), "checks")],
      resources: [],
      steps: [
        forkStep("checks", ["credit", "valuation"], "done"),
        withQuality(step("credit", [], fixed(3), goto("credit review")), { errors: errs(1, "credit redo") }),
        withQuality(step("credit review", [], fixed(1), goto("done")), { detects: detects(["credit"], 1) }),
        step("credit redo", [], fixed(2), goto("credit review")),
        step("valuation", [], fixed(5), goto("done")),
        joinStep("done", goto("approve")),
        step("approve", [], fixed(1), exit),
      ],
      run: { maxArrivals: 1 },
    }));
    expect(t.rows).toEqual([
      "10 c0 arrive", "10 c0 start checks", "10 c0 finish checks", "10 c0 fork checks wait at done",
      "10 c0.1 part", "10 c0.1 start credit", "10 c0.2 part", "10 c0.2 start valuation",
      "13 c0.1 finish credit", "13 c0.1 error credit visit 0", "13 c0.1 start credit review",
      "14 c0.1 finish credit review", "14 c0.1 found at credit review error of credit", "14 c0.1 start credit redo",
      "15 c0.2 finish valuation", "15 c0.2 reach done after 5",
      "16 c0.1 finish credit redo", "16 c0.1 start credit review",
      "17 c0.1 finish credit review", "17 c0.1 reach done after 7", "17 c0 joined done after 7 sync 2/2 critical 1",
      "17 c0 start approve", "18 c0 finish approve", "18 c0 visits 9 reworks 1 rework time 2", "18 c0 complete cycle 8 waited 0",
    ]);
  });
});
