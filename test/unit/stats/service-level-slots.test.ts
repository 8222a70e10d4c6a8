/**
 * Service levels by time slot: a step's target counts each case in the slot in which it
 * reached the step (joined its line), a total-wait target in the slot in which it arrived.
 * An application that arrives at 09:10, spends 40 minutes in intake and reaches the approvers
 * at 09:50 is judged in the approvers' 09:30 slot, where its wait happened, and in the
 * process's 09:00 slot for its total waiting.
 */
import { describe, expect, it } from "vitest";
import { createCollector } from "../../../src/stats/collectors.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";

const LAYOUT: CollectorLayout = {
  warmup: 0,
  classes: ["application"],
  steps: ["intake", "approval"],
  pools: [{ name: "approvers", costPerHour: 0 }],
  serviceLevels: [
    { name: "approval 5 min", cls: -1, step: 1, maxWait: 5, target: 0.8 },
    { name: "total 5 min", cls: -1, step: -1, maxWait: 5, target: 0.8 },
  ],
  timeOfDayBinMinutes: 30,
  fixedCostPerDay: 0,
};

/** The values of one time-of-day series in its first four 30-minute slots. */
function slots(run: ReturnType<ReturnType<typeof createCollector>["result"]>, key: string): (number | null)[] {
  return (run.timeOfDay.find((s) => s.key === key)?.values ?? []).slice(0, 4);
}

describe("service levels by time slot", () => {
  it("puts a step's target in the slot the case reached the step, a total target in its arrival slot", () => {
    const c = createCollector(LAYOUT);
    c.onPoolLevel(0, 0, 0, 1);
    // Case 0 arrives at 10 (slot 0), intake 10-50, reaches approval at 50 (slot 1), waits 12, served 62-70.
    c.onArrival(10, 0, 0);
    c.onStart(10, 0, 0, 0, 0);
    c.onFinish(50, 0, 0, 0, 40);
    c.onEnqueue(50, 0, 0, 1);
    c.onStart(62, 0, 0, 1, 12);
    c.onFinish(70, 0, 0, 1, 8);
    c.onComplete(70, 0, 0, 60, 12);
    // Case 1 arrives at 20 (slot 0), reaches approval at 95 (slot 3) and gives up there at 100 after 5 minutes.
    c.onArrival(20, 1, 0);
    c.onStart(20, 1, 0, 0, 0);
    c.onFinish(95, 1, 0, 0, 75);
    c.onEnqueue(95, 1, 0, 1);
    c.onAbandon(100, 1, 0, 1, 5);
    c.onEnd(120);
    const run = c.result(0, 0, 120);
    expect(slots(run, "serviceLevel/approval 5 min/achieved")).toEqual([null, 0, null, 0]);
    // Both arrived in slot 0: one waited 12 in total, one gave up.
    expect(slots(run, "serviceLevel/total 5 min/achieved")).toEqual([0, null, null, null]);
  });

  it("counts a case that started at once in the slot it reached the step", () => {
    const c = createCollector(LAYOUT);
    c.onPoolLevel(0, 0, 0, 1);
    c.onArrival(5, 0, 0);
    c.onStart(5, 0, 0, 0, 0);
    c.onFinish(40, 0, 0, 0, 35);
    c.onStart(40, 0, 0, 1, 0);
    c.onFinish(45, 0, 0, 1, 5);
    c.onComplete(45, 0, 0, 40, 0);
    c.onEnd(60);
    const run = c.result(0, 0, 60);
    expect(slots(run, "serviceLevel/approval 5 min/achieved")).toEqual([null, 1, null, null]);
    expect(slots(run, "serviceLevel/total 5 min/achieved")).toEqual([1, null, null, null]);
  });
});

describe("service levels by time slot, on the business clock", () => {
  const DAY = 1440;
  const CLOSES = 17 * 60;
  const HOURLY: CollectorLayout = {
    ...LAYOUT,
    timeOfDayBinMinutes: 60,
    calendar: { always: false, open: 9 * 60, close: CLOSES, days: [true, true, true, true, true, false, false] },
    study: "terminating",
    horizon: DAY,
  };

  it("counts a case that reaches the step after closing in no slot, but in the day's share met", () => {
    const c = createCollector(HOURLY);
    c.onPoolLevel(9 * 60, 0, 0, 1);
    // Arrives at 16:59:30 (slot 16), intake 30 s, reaches approval at 17:00:00 in overtime, served at once.
    const arrives = CLOSES - 0.5;
    c.onArrival(arrives, 0, 0);
    c.onStart(arrives, 0, 0, 0, 0);
    c.onFinish(CLOSES, 0, 0, 0, 0.5);
    c.onStart(CLOSES, 0, 0, 1, 0);
    c.onFinish(CLOSES + 5, 0, 0, 1, 5);
    c.onComplete(CLOSES + 5, 0, 0, 5.5, 0);
    c.onEnd(CLOSES + 5);
    const run = c.result(0, 0, CLOSES + 5);
    const slot = (key: string) => run.timeOfDay.find((s) => s.key === key)?.values ?? [];
    expect(slot("serviceLevel/approval 5 min/achieved").every((v) => v === null)).toBe(true);
    expect(slot("serviceLevel/total 5 min/achieved").slice(16)).toEqual([1, null, null, null, null, null, null, null]);
    expect(run.kpis["serviceLevel/approval 5 min/achieved"]).toBe(1);
    expect(run.kpis["serviceLevel/total 5 min/achieved"]).toBe(1);
  });
});

describe("service levels by time slot, for cases sent home that come back", () => {
  const DAY = 1440;
  const OPENS = 9 * 60;
  const CLOSES = 17 * 60;
  const COME_BACK: CollectorLayout = {
    ...LAYOUT,
    timeOfDayBinMinutes: 60,
    calendar: { always: false, open: OPENS, close: CLOSES, days: [true, true, true, true, true, true, true] },
    study: "terminating",
    horizon: 2 * DAY,
    comeBackSteps: [1],
  };
  const slots = (run: ReturnType<ReturnType<typeof createCollector>["result"]>) =>
    run.timeOfDay.find((s) => s.key === "serviceLevel/approval 5 min/achieved")?.values ?? [];

  it("files a come-back visit by when it first reached the step: after closing in no slot, before it in its own", () => {
    const c = createCollector(COME_BACK);
    c.onPoolLevel(OPENS, 0, 0, 1);
    // c0 reaches approval at 17:20, after closing: sent home at once, back at 09:00 (940 min away), served at 09:03.
    c.onArrival(CLOSES - 20, 0, 0);
    c.onEnqueue(CLOSES + 20, 0, 0, 1);
    c.onSendAway(CLOSES + 20, 0, 0, 1, 0, true);
    // c1 reaches approval at 16:50 and waits 10 minutes: sent home at 17:00, back at 09:00 (960 min away), served at 09:02 after 12 in all.
    c.onArrival(CLOSES - 30, 1, 0);
    c.onEnqueue(CLOSES - 10, 1, 0, 1);
    c.onSendAway(CLOSES, 1, 0, 1, 10, true);
    const back = DAY + OPENS;
    c.onComeBack(back, 0, 0, 1, back - (CLOSES + 20));
    c.onComeBack(back, 1, 0, 1, back - CLOSES);
    c.onStart(back + 2, 1, 0, 1, 12);
    c.onStart(back + 3, 0, 0, 1, 3);
    // c2 arrives at 09:10 the second day, reaches approval at once and waits 6 minutes.
    c.onArrival(back + 10, 2, 0);
    c.onEnqueue(back + 10, 2, 0, 1);
    c.onStart(back + 16, 2, 0, 1, 6);
    c.onEnd(back + 30);
    const run = c.result(0, 0, back + 30);
    // 09:00-10:00 holds c2 alone (missed), not c0's morning start (met): 0, not 0.5.
    expect(slots(run)[9]).toBe(0);
    // 16:00-17:00 holds c1 (12 minutes > 5).
    expect(slots(run)[16]).toBe(0);
    // The day's share counts all three visits: c0 met.
    expect(run.kpis["serviceLevel/approval 5 min/achieved"]).toBeCloseTo(1 / 3, 12);
  });
});
