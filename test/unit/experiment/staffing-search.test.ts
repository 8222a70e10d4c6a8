// The planner's search and scoring: `required` is only ever staff the simulation showed
// enough (never a number the shift cover over-covered untested), a class-specific target is
// judged on that class, and a search the round limit cut short says so.
import { describe, expect, it } from "vitest";
import { ShownEnough } from "../../../src/experiment/staffing/shown-enough.js";
import { evaluateRoster, planStaff, type StaffRequest } from "../../../src/experiment/staffing/planner.js";
import { erlangCServiceLevel } from "../../../src/experiment/staffing/erlang.js";
import { scoreRosters, rosteredModel, withStaffingLevel, STAFFING_LEVEL } from "../../../src/experiment/staffing/verify.js";
import { formatStaffTable } from "../../../src/cli/staff-output.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { buildModel, exponential, goTo, pool, poissonSource, profileSource, serviceStep } from "../../support/theory/model-builder.js";

const WEEKDAYS = [true, true, true, true, true, false, false];
const at = (mean: number) => ({ mean, lo: mean, hi: mean });

describe("ShownEnough", () => {
  it("reports the fewest staff that met; null where none met", () => {
    const shown = new ShownEnough(3);
    shown.note([14, 14, 14], [at(0.9), at(0.9), at(0.7)], 0.8);
    expect([0, 1, 2].map((i) => shown.required(i))).toEqual([14, 14, null]);
    shown.note([13, 13, 15], [at(0.85), at(0.75), at(0.7)], 0.8);
    expect([0, 1, 2].map((i) => shown.required(i))).toEqual([13, 14, null]);
    // A later miss with as many staff (breaks elsewhere) does not withdraw a level that met:
    // required never exceeds the staff of a roster that met (night.yaml read required 4, scheduled 3, met).
    shown.note([13, 15, 16], [at(0.79), at(0.9), at(0.81)], 0.8);
    expect([0, 1, 2].map((i) => shown.required(i))).toEqual([13, 14, 16]);
  });

  it("gives no requirement to an interval no case reached, whatever its staff", () => {
    const shown = new ShownEnough(2);
    const none = { mean: null, lo: null, hi: null };
    shown.note([5, 6], [none, at(0.9)], 0.8);
    shown.note([4, 6], [none, at(0.9)], 0.8);
    expect([shown.required(0), shown.required(1)]).toEqual([null, 6]);
  });
});

/** 120 calls an hour, 5 minutes each (10 erlangs), 09:00-13:00: Erlang C needs 14 agents for 80% within 20 s. */
function flat() {
  return buildModel({
    name: "flat calls",
    arrivals: [poissonSource("calls", 2, "agent")],
    resources: [pool("agents", 12)],
    steps: [serviceStep("agent", "agents", exponential(5))],
    calendar: { always: false, open: 540, close: 780, days: WEEKDAYS },
    run: { horizon: 1440, warmup: 0, replications: 20, seed: 3, study: "terminating" },
  });
}

const allDay: StaffRequest = {
  pool: "agents",
  target: { share: 0.8, maxWait: 1 / 3 },
  width: 60,
  rounds: 8,
  // Only whole-day shifts: the cover can roster one number all day, whatever it is asked.
  rules: { lengths: [240], startEvery: 60, costPerHour: 1, minStaff: 1, maxStaff: 30 },
};

describe("planStaff: required is staff the simulation showed enough", () => {
  it("never reports a lowered requirement the cover over-covered untested", async () => {
    const outcome = await planStaff(flat(), allDay, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    const { plan } = outcome;
    // Erlang C at 10 erlangs: 13 agents give 76.6% within 20 s, 14 give over 80%.
    expect(erlangCServiceLevel(13, 10, 5, 1 / 3)).toBeCloseTo(0.766, 3);
    expect(erlangCServiceLevel(14, 10, 5, 1 / 3)).toBeGreaterThan(0.8);
    expect(plan.roster).toHaveLength(1);
    const staffed = plan.roster[0].count;
    // Every search round rostered one number all day; scored alone, that roster met each interval with its reported requirement.
    for (const count of new Set(plan.intervals.map((row) => row.required as number))) {
      const scored = await evaluateRoster(flat(), allDay, [{ start: 540, length: 240, count }], { workers: 1 });
      if (!scored.ok) throw new Error(scored.message);
      plan.intervals.forEach((row, i) => {
        if (row.required === count) expect(scored.plan.intervals[i].misses).toBe(false);
      });
    }
    plan.intervals.forEach((row, i) => {
      expect(row.required).not.toBeNull();
      expect(row.required as number).toBeLessThanOrEqual(staffed);
      // After the first hour (which starts empty) 13 agents give Erlang C's 76.6%: never shown enough.
      if (i > 0) expect(row.required as number).toBeGreaterThanOrEqual(14);
    });
    const over = plan.intervals.reduce((sum, row) => sum + (row.scheduled - (row.required as number)), 0);
    expect(plan.overCoverageHours).toBe(over);
    expect(plan.untried).toEqual([]);
  });

  it("scores a given roster without a requirement column or the refinement note", async () => {
    const scored = await evaluateRoster(flat(), allDay, [{ start: 540, length: 240, count: 14 }], { workers: 1 });
    if (!scored.ok) throw new Error(scored.message);
    expect(scored.plan.intervals.every((row) => row.required === null)).toBe(true);
    const text = formatStaffTable(scored.plan, true, 400);
    expect(text).not.toMatch(/required/);
    expect(text).toContain("occupancy = busy staff-time over the staff-time at work");
  });
});

describe("planStaff: the round limit", () => {
  /** Demand rising in the afternoon: the search lowers the morning one interval a round. */
  function rising() {
    return buildModel({
      name: "rising day",
      arrivals: [profileSource("walk-in", [{ from: 540, ratePerHour: 10 }, { from: 720, ratePerHour: 60 }], "counter")],
      resources: [pool("tellers", 8)],
      steps: [serviceStep("counter", "tellers", exponential(5))],
      calendar: { always: false, open: 540, close: 900, days: WEEKDAYS },
      run: { horizon: 1440, warmup: 0, replications: 10, seed: 5, study: "terminating" },
    });
  }
  const request: StaffRequest = { pool: "tellers", target: { share: 0.8, maxWait: 5 }, width: 60, rounds: 3, rules: { lengths: [60], startEvery: 60, costPerHour: 1, minStaff: 1, maxStaff: 12 } };

  it("names the intervals still to try when --rounds stopped the search, and none when it ended by itself", async () => {
    const cut = await planStaff(rising(), request, { workers: 1 });
    const whole = await planStaff(rising(), { ...request, rounds: 40 }, { workers: 1 });
    if (!cut.ok || !whole.ok) throw new Error("no plan");
    expect(cut.plan.rounds).toBe(3);
    expect(cut.plan.settled).toBe(true);
    expect(cut.plan.untried.length).toBeGreaterThan(0);
    const text = formatStaffTable(cut.plan, false, 400);
    expect(text).toContain(`The search stopped at its limit (--rounds 3) with ${cut.plan.untried.length} interval(s) still to try (`);
    expect(text).toContain("a cheaper roster may meet the target; raise --rounds.");
    expect(inLanguage("zh", () => formatStaffTable(cut.plan, false, 400))).toContain("搜索在轮数上限（--rounds 3）处停止");
    expect(whole.plan.untried).toEqual([]);
    expect(whole.plan.rounds).toBeLessThan(40);
    expect(whole.plan.cost).toBeLessThanOrEqual(cut.plan.cost);
    expect(formatStaffTable(whole.plan, false, 400)).not.toContain("The search stopped");
  });
});

describe("a class-specific target", () => {
  /** Walk-ins and premier customers (priority 5) at one counter; the target is the walk-ins'. */
  function twoClasses() {
    return buildModel({
      name: "priority branch",
      arrivals: [poissonSource("walk-in", 0.5, "counter"), poissonSource("premier", 0.5, "counter", { priority: 5 })],
      resources: [pool("tellers", 6)],
      steps: [serviceStep("counter", "tellers", exponential(5))],
      calendar: { always: false, open: 540, close: 780, days: WEEKDAYS },
      run: { horizon: 1440, warmup: 0, replications: 10, seed: 4, study: "terminating" },
    });
  }
  const request: StaffRequest = { pool: "tellers", target: { share: 0.8, maxWait: 5, class: "walk-in" }, width: 60, rounds: 1, rules: { lengths: [240], startEvery: 60, costPerHour: 1, minStaff: 1, maxStaff: 30 } };

  it("is judged on that class's cases, and the header names the class", async () => {
    const scored = await evaluateRoster(twoClasses(), request, [{ start: 540, length: 240, count: 6 }], { workers: 1 });
    if (!scored.ok) throw new Error(scored.message);
    const starts = [540, 600, 660, 720];
    const measure = async (cls: string | null) => {
      const model = withStaffingLevel({ ...twoClasses(), run: { ...twoClasses().run, slot: 60 } }, "tellers", { share: 0.8, maxWait: 5, class: cls });
      expect(model.serviceLevels.find((l) => l.name === STAFFING_LEVEL)?.class).toBe(cls);
      const [score] = await scoreRosters([rosteredModel(model, "tellers", starts, 60, [6, 6, 6, 6])], "tellers", starts, { workers: 1 });
      return score.serviceLevel;
    };
    const [walkIn, everyone] = [await measure("walk-in"), await measure(null)];
    expect(scored.plan.intervals.map((row) => row.serviceLevel)).toEqual(walkIn);
    // Premier customers jump the queue: the walk-ins' share is below everyone's.
    walkIn.forEach((sl, i) => expect(sl.mean as number).toBeLessThan(everyone[i].mean as number));
    expect(formatStaffTable(scored.plan, true, 400)).toContain("target 80.0% within 5 min for class walk-in in every 60-minute interval");
    expect(inLanguage("zh", () => formatStaffTable(scored.plan, true, 400))).toContain("类别 walk-in 5 分钟内 80.0%");
  });
});

describe("planStaff: required against the roster shown", () => {
  it("reads no requirement where no case reached the interval, and never more than a roster that met had", async () => {
    // Files take 90 minutes of intake before review: 09:00-10:00 at review sees no case reach
    // it (the files of 15:30-17:00 reach it after closing and are carried over: no interval).
    const m = buildModel({
      name: "downstream review",
      arrivals: [poissonSource("files", 0.5, "intake")],
      resources: [pool("officers", 5)],
      steps: [serviceStep("intake", null, { kind: "deterministic", value: 90 }, goTo("review")), serviceStep("review", "officers", exponential(8))],
      calendar: { always: false, open: 540, close: 1020, days: WEEKDAYS, endOfDay: { rule: "carryOver", comeBack: false, path: ["calendar", "endOfDay"] } },
      run: { horizon: 3 * 1440, warmup: 0, replications: 6, seed: 7, study: "terminating" },
    });
    const request: StaffRequest = { pool: "officers", target: { share: 0.8, maxWait: 10 }, width: 60, rounds: 6, rules: { lengths: [480], startEvery: 60, costPerHour: 40, minStaff: 1, maxStaff: 20 } };
    const outcome = await planStaff(m, request, { workers: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    const first = outcome.plan.intervals[0];
    expect(first.serviceLevel.mean).toBeNull();
    expect(first.required).toBeNull();
    for (const row of outcome.plan.intervals) if (!row.misses && row.required !== null) expect(row.required).toBeLessThanOrEqual(row.scheduled);
  });
});
