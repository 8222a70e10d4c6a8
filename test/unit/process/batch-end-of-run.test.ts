/**
 * A batch step closed by size alone when the arrivals end: the partial batch is processed at
 * the end of the horizon, counted, and the run warns — never lost, never hanging.
 */
import { describe, expect, it } from "vitest";
import { simulateSync } from "../../../src/experiment/simulate.js";
import { fixed, model, source, step } from "./fixtures.js";

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
