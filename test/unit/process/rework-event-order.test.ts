/**
 * Event-order tests of errors and rework on tiny deterministic models (error rates and
 * detection probabilities of 0 or 1): when an error is made, when it is found, where the case
 * goes, when its rework time ends, and what leaves undetected.
 */
import { describe, expect, it } from "vitest";
import type { Step, StepDetects, StepErrors } from "../../../src/model/compile/model.js";
import { exit, fixed, goto, model, pool, source, step, trace } from "./fixtures.js";

const errs = (rate: number, to: string): StepErrors => ({ rate, to, path: [] });
const detects = (from: string[], p: number): StepDetects => ({ from, p, path: [] });
const withQuality = (s: Step, quality: { errors?: StepErrors; detects?: StepDetects }): Step => ({ ...s, ...quality });

describe("an error made at entry, found at check, corrected", () => {
  it("goes to correction at the end of check, and its rework ends when it is back at check", () => {
    const { trace: t } = trace(model({
      arrivals: [source("files", fixed(1), "entry")],
      resources: [pool("checker", 1)],
      steps: [
        withQuality(step("entry", [], fixed(1), goto("check")), { errors: errs(1, "correction") }),
        withQuality(step("check", [["checker", 1]], fixed(2), exit), { detects: detects(["entry"], 1) }),
        step("correction", [], fixed(3), goto("check")),
      ],
      run: { maxArrivals: 2 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start entry",
      "2 c0 finish entry", "2 c0 error entry visit 0", "2 c0 start check",
      "2 c1 arrive", "2 c1 start entry",
      "3 c1 finish entry", "3 c1 error entry visit 0", "3 c1 enqueue check",
      // c0's check finds the entry error: it goes to correction; the freed checker takes c1 first.
      "4 c0 finish check", "4 c0 found at check error of entry", "4 c1 start check waited 1", "4 c0 start correction",
      "6 c1 finish check", "6 c1 found at check error of entry", "6 c1 start correction",
      "7 c0 finish correction", "7 c0 start check",
      // c1's correction was scheduled before c0's check end: it runs first and finds the checker busy.
      "9 c1 finish correction", "9 c1 enqueue check",
      "9 c0 finish check", "9 c1 start check", "9 c0 visits 4 reworks 1 rework time 3", "9 c0 complete cycle 8 waited 0",
      "11 c1 finish check", "11 c1 visits 4 reworks 1 rework time 3", "11 c1 complete cycle 9 waited 1",
    ]);
  });

  it("an error no step detects leaves with the case (escaped); detection p = 0 finds nothing", () => {
    const { trace: t } = trace(model({
      arrivals: [source("files", fixed(1), "entry")],
      steps: [
        withQuality(step("entry", [], fixed(1), goto("check")), { errors: errs(1, "entry") }),
        withQuality(step("check", [], fixed(0), exit), { detects: detects(["entry"], 0) }),
      ],
      run: { maxArrivals: 1 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start entry",
      "2 c0 finish entry", "2 c0 error entry visit 0", "2 c0 start check", "2 c0 finish check",
      "2 c0 escaped error of entry", "2 c0 visits 2 reworks 0 rework time 0", "2 c0 complete cycle 1 waited 0",
    ]);
  });

  it("a self-check sends the case on from the step itself; its rework time runs to completion when it never comes back", () => {
    // "key in" checks its own work (p = 1) and sends the error to "fix", which goes on to
    // "verify" (p = 0): the case never re-enters "key in", so its rework lasts until it leaves.
    const { trace: t } = trace(model({
      arrivals: [source("files", fixed(1), "key in")],
      steps: [
        withQuality(step("key in", [], fixed(1), goto("verify")), { errors: errs(1, "fix"), detects: detects(["key in"], 1) }),
        step("fix", [], fixed(2), goto("verify")),
        withQuality(step("verify", [], fixed(1), exit), { detects: detects(["key in"], 0) }),
      ],
      run: { maxArrivals: 1 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start key in",
      "2 c0 finish key in", "2 c0 error key in visit 0", "2 c0 found at key in error of key in", "2 c0 start fix",
      "4 c0 finish fix", "4 c0 start verify",
      "5 c0 finish verify", "5 c0 visits 3 reworks 1 rework time 3", "5 c0 complete cycle 4 waited 0",
    ]);
  });
});

describe("common random numbers for errors", () => {
  it("adding another erring step leaves every case's errors and detections at entry unchanged", () => {
    const steps = (extra: boolean): Step[] => [
      withQuality(step("entry", [], fixed(1), goto("check")), { errors: errs(0.3, "entry") }),
      withQuality(step("check", [], fixed(1), extra ? goto("sign") : exit), { detects: detects(["entry"], 0.5) }),
      ...(extra ? [withQuality(step("sign", [], fixed(1), exit), { errors: errs(0.5, "sign") })] : []),
    ];
    const entryRows = (extra: boolean): string[] =>
      trace(model({ arrivals: [source("files", fixed(10), "entry")], steps: steps(extra), run: { maxArrivals: 200 } }))
        .trace.rows.filter((row) => / error entry | found at check /.test(row));
    const before = entryRows(false);
    expect(before.length).toBeGreaterThan(50);
    expect(entryRows(true)).toEqual(before);
  });
});
