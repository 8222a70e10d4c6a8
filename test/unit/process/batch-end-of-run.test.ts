/**
 * A batch step closed by size alone when the arrivals end: the partial batch is processed at
 * the end of the horizon, counted, and the run warns — never lost, never hanging.
 */
import { describe, expect, it } from "vitest";
import { simulateSync } from "../../../src/experiment/simulate.js";
import { exit, fixed, goto, model, source, step, trace } from "./fixtures.js";
import { forkStep, joinStep } from "./fork-join-fixtures.js";

describe("a partial batch at the end of the run", () => {
  const m = model({
    arrivals: [source("vouchers", fixed(2), "file")],
    steps: [{ ...step("file", [], fixed(5)), kind: "batch", batch: { size: 20, at: [], maxWait: null, durationPer: "batch", path: [] } }],
    run: { horizon: 90, replications: 2 },
  });

  it("is released at the horizon, every case completes, and the run says so", () => {
    const result = simulateSync(m);
    const kpi = (key: string) => result.kpis.find((k) => k.key === key)?.mean;
    // Arrivals at 2, 4, …, 90: two full batches (at 40 and 80) and 5 left at the end.
    expect(kpi("overall/completions")).toBe(45);
    expect(kpi("step/file/batch.atEnd")).toBe(1);
    expect(kpi("step/file/batch.size.min")).toBe(5);
    expect(result.warnings.some((w) => /2 partial batches in 2 of 2 replications were released at "file"/.test(w))).toBe(true);
  });
});

describe("a batch step inside a fork's branch", () => {
  it("batches the parts; a late part withdrawn while batched goes through its batch and is discarded", () => {
    const m = model({
      arrivals: [source("loans", fixed(1), "checks")],
      steps: [
        forkStep("checks", ["quick", "file"], "done"),
        step("quick", [], fixed(0.5), goto("done")),
        { ...step("file", [], fixed(1), goto("done")), kind: "batch", batch: { size: 3, at: [], maxWait: null, durationPer: "batch", path: [] } },
        joinStep("done", exit, 1),
      ],
      run: { maxArrivals: 7, replications: 1 },
      // The 7th case completes at 7.5 (its quick part); its late part is still collected: the
      // run has nothing else to do, so that batch is released then and the part discarded.
    });
    const { trace: t } = trace(m);
    const completes = t.rows.filter((row) => row.includes(" complete "));
    expect(completes.length).toBe(7);
    expect(t.rows.filter((row) => row.includes(" batch file "))).toEqual([
      "3 batch file size 3 waited 3 by size", "6 batch file size 3 waited 3 by size", "7.5 batch file size 1 waited 0.5 by end",
    ]);
  });
});
