/**
 * Event-order tests of the batch step kind on tiny deterministic models: the full (time,
 * case, event) trace against the list worked out by hand — closing by size, by maxWait, by a
 * time of day (and which cases of that very minute are in it), a closed batch waiting for its
 * clerk, durations per item, and a partial batch released at the end of the run.
 */
import { describe, expect, it } from "vitest";
import type { BatchRule, Step } from "../../../src/model/compile/model.js";
import type { DistSpec } from "../../../src/random/dist-spec.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { BatchState, TRIGGER_AT, TRIGGER_MAX_WAIT } from "../../../src/process/batches.js";
import { exit, fixed, goto, model, pool, source, step, trace } from "./fixtures.js";

/** A batch step with the given rules (the others absent). */
function batchStep(name: string, needs: [string, number][], duration: DistSpec, rule: Partial<BatchRule>, next = exit): Step {
  return {
    ...step(name, needs, duration, next),
    kind: "batch",
    batch: { size: null, at: [], maxWait: null, durationPer: "batch", path: ["steps", 0, "batch"], ...rule },
  };
}

describe("batch step, closed by size", () => {
  it("closes at the N-th case, processes the batch at once, and releases a partial batch at the end", () => {
    const { trace: t, outcome } = trace(model({
      arrivals: [source("vouchers", fixed(1), "file")],
      steps: [batchStep("file", [], fixed(0.5), { size: 2 })],
      run: { maxArrivals: 5 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 enqueue file",
      "2 c1 arrive", "2 c1 enqueue file", "2 batch file size 2 waited 1 by size",
      "2 c0 start file waited 1", "2 c1 start file",
      "2.5 c0 finish file", "2.5 c1 finish file",
      "2.5 c0 complete cycle 1.5 waited 1", "2.5 c1 complete cycle 0.5 waited 0",
      "3 c2 arrive", "3 c2 enqueue file",
      "4 c3 arrive", "4 c3 enqueue file", "4 batch file size 2 waited 1 by size",
      "4 c2 start file waited 1", "4 c3 start file",
      "4.5 c2 finish file", "4.5 c3 finish file",
      "4.5 c2 complete cycle 1.5 waited 1", "4.5 c3 complete cycle 0.5 waited 0",
      "5 c4 arrive", "5 c4 enqueue file",
      // Arrivals are over and nothing else can close the batch: released at the end.
      "5 batch file size 1 waited 0 by end", "5 c4 start file",
      "5.5 c4 finish file", "5.5 c4 complete cycle 0.5 waited 0",
    ]);
    expect(t.queues).toEqual(["1 file 1", "2 file 2", "2 file 0", "3 file 1", "4 file 2", "4 file 0", "5 file 1", "5 file 0"]);
    expect(outcome).toEqual({ events: 9, endTime: 5.5 });
  });
});

describe("batch step with a clerk, closed by maxWait or a time of day", () => {
  it("closes by the oldest case's maxWait, then by the clock, holding one clerk per batch", () => {
    const { trace: t } = trace(model({
      arrivals: [source("vouchers", fixed(2), "file")],
      resources: [pool("clerk", 1)],
      steps: [batchStep("file", [["clerk", 1]], fixed(3), { at: [10], maxWait: 4 })],
      run: { maxArrivals: 4 },
    }));
    expect(t.rows).toEqual([
      "2 c0 arrive", "2 c0 enqueue file",
      "4 c1 arrive", "4 c1 enqueue file",
      // Due at min(00:10, 2 + 4) = 6; the release runs before the arrival at 6.
      "6 batch file size 2 waited 6 by maxWait", "6 c0 start file waited 4", "6 c1 start file waited 2",
      "6 c2 arrive", "6 c2 enqueue file",
      "8 c3 arrive", "8 c3 enqueue file",
      "9 c0 finish file", "9 c1 finish file",
      "9 c0 complete cycle 7 waited 4", "9 c1 complete cycle 5 waited 2",
      // Opened at 6: due at min(00:10, 6 + 4 = 10): the clock (the earlier on a tie).
      "10 batch file size 2 waited 6 by at", "10 c2 start file waited 4", "10 c3 start file waited 2",
      "13 c2 finish file", "13 c3 finish file",
      "13 c2 complete cycle 7 waited 4", "13 c3 complete cycle 5 waited 2",
    ]);
    expect(t.levels).toEqual(["0 clerk 0/1", "6 clerk 1/1", "9 clerk 0/1", "10 clerk 1/1", "13 clerk 0/1"]);
  });

  it("a closed batch waits in line for the clerk; durations per item add up", () => {
    const { trace: t } = trace(model({
      arrivals: [source("vouchers", fixed(1), "check")],
      resources: [pool("clerk", 1)],
      steps: [
        step("check", [], fixed(1), goto("file")),
        batchStep("file", [["clerk", 1]], fixed(2), { size: 2, durationPer: "item" }),
      ],
      run: { maxArrivals: 4 },
    }));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start check",
      "2 c0 finish check", "2 c0 enqueue file", "2 c1 arrive", "2 c1 start check",
      "3 c1 finish check", "3 c1 enqueue file", "3 batch file size 2 waited 1 by size",
      "3 c0 start file waited 1", "3 c1 start file",
      "3 c2 arrive", "3 c2 start check",
      "4 c2 finish check", "4 c2 enqueue file", "4 c3 arrive", "4 c3 start check",
      "5 c3 finish check", "5 c3 enqueue file", "5 batch file size 2 waited 1 by size",
      // 2 + 2 minutes per item: the clerk is busy until 7; the freed clerk starts the waiting batch.
      "7 c0 finish file", "7 c1 finish file",
      "7 c2 start file waited 3", "7 c3 start file waited 2",
      "7 c0 complete cycle 6 waited 1", "7 c1 complete cycle 5 waited 0",
      "11 c2 finish file", "11 c3 finish file",
      "11 c2 complete cycle 8 waited 3", "11 c3 complete cycle 7 waited 2",
    ]);
    expect(t.durations.get("c0/file")).toBe(4);
    expect(t.queues).toEqual(["2 file 1", "3 file 2", "3 file 0", "4 file 1", "5 file 2", "7 file 0"]);
  });

  it("a time-of-day release takes cases finishing their step that minute, not arrivals of that minute", () => {
    const { trace: t } = trace(model({
      arrivals: [source("mail", fixed(2), "check"), source("walk-in", fixed(3), "file")],
      steps: [step("check", [], fixed(1), goto("file")), batchStep("file", [], fixed(1), { at: [3] })],
      run: { horizon: 3 },
    }));
    expect(t.rows).toEqual([
      "2 c0 arrive", "2 c0 start check",
      "3 c0 finish check", "3 c0 enqueue file",
      "3 batch file size 1 waited 0 by at", "3 c0 start file",
      "3 c1 arrive", "3 c1 enqueue file",
      "4 c0 finish file", "4 c0 complete cycle 2 waited 0",
      "1443 batch file size 1 waited 1440 by at", "1443 c1 start file waited 1440",
      "1444 c1 finish file", "1444 c1 complete cycle 1441 waited 1440",
    ]);
  });
});

describe("batch release times", () => {
  const weekdays = { always: false, open: 540, close: 1020, days: [true, true, true, true, true, false, false] };
  const compiled = compileModel({
    ...model({
      arrivals: [source("vouchers", fixed(60), "file")],
      steps: [batchStep("file", [], fixed(1), { at: [720, 960], maxWait: 3000 })],
      run: { horizon: 10_080 },
    }),
    calendar: weekdays,
  });
  const state = BatchState.forModel(compiled, 0) as BatchState;
  const friday = 4 * 1440;

  it("are the next time of day on a working day, or the oldest case's maxWait if earlier", () => {
    expect(state.dueTime(0, friday + 600, false)).toBe(friday + 720);
    expect(state.dueTrigger).toBe(TRIGGER_AT);
    expect(state.dueTime(0, friday + 720, false)).toBe(friday + 960);
    expect(state.dueTime(0, friday + 720, true)).toBe(friday + 720);
    // Friday 16:30: Saturday and Sunday are not working days; Monday 12:00 is 3,810 min on,
    // later than maxWait.
    expect(state.dueTime(0, friday + 990, false)).toBe(friday + 990 + 3000);
    expect(state.dueTrigger).toBe(TRIGGER_MAX_WAIT);
  });

  it("exist only for models with a batch step", () => {
    expect(BatchState.forModel(compileModel(model({ arrivals: [source("a", fixed(1), "x")], steps: [step("x", [], fixed(1))], run: { maxArrivals: 1 } })), 0)).toBeNull();
  });
});

describe("batch common random numbers", () => {
  /** Durations of the batches of "file", in the order they closed (their ordinal k). */
  function batchDurations(withCourier: boolean): number[] {
    const arrivals = [source("mail", { kind: "exponential", mean: 1 }, "file")];
    if (withCourier) arrivals.push(source("courier", { kind: "exponential", mean: 3 }, "file"));
    const { trace: t } = trace(model({
      arrivals,
      steps: [batchStep("file", [], { kind: "exponential", mean: 2 }, { size: 3 })],
      run: { maxArrivals: 60 },
    }));
    const durations: number[] = [];
    t.rows.forEach((row, i) => {
      if (!row.includes(" batch file ")) return;
      const first = /^\S+ (c\d+) start file/.exec(t.rows[i + 1]) as RegExpExecArray;
      durations.push(t.durations.get(`${first[1]}/file`) as number);
    });
    return durations;
  }

  it("batch k takes the same time whichever cases it holds (its own stream, counter k)", () => {
    const alone = batchDurations(false);
    const mixed = batchDurations(true);
    expect(alone.length).toBe(20);
    expect(mixed.slice(0, 15)).toEqual(alone.slice(0, 15));
    expect(new Set(alone).size).toBe(alone.length);
  });
});
