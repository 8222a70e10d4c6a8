/**
 * The end-of-day KPIs and the overnight-wait warning on the tiny deterministic day of
 * end-of-day.test.ts, run through the statistics collector: one teller rostered 00:00–00:10
 * every day (60 per hour, overtime 90 per hour), customers at minutes 3, 6 and 9 served for
 * 4 minutes each. At the closing c1 is at the desk until 11 and c2 waits since 9.
 */
import { describe, expect, it } from "vitest";
import type { EndOfDay, EndOfDayRule, Model } from "../../../src/model/compile/model.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { collectorLayoutOf } from "../../../src/experiment/collector-layout.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { summariseRuns } from "../../../src/stats/summarise.js";
import { fixed, model, pool, source, step } from "./fixtures.js";

const ALL_DAYS = [true, true, true, true, true, true, true];

function day(endOfDay: EndOfDayRule | null, comeBack = false): Model {
  const rule: EndOfDay | null = endOfDay === null ? null : { rule: endOfDay, comeBack, path: [] };
  return model({
    arrivals: [source("walk-in", fixed(3), "desk")],
    resources: [{
      ...pool("teller", 1), costPerHour: 60, overtimeCostPerHour: 90, endOfDay: rule,
      shifts: [{ days: ALL_DAYS, from: 0, to: 10, capacity: 1, path: [] }],
    }],
    steps: [step("desk", [["teller", 1]], fixed(4))],
    run: { maxArrivals: 3 },
  });
}

function kpis(m: Model): Readonly<Record<string, number | null>> {
  return runReplication(compileModel(m), 0).kpis;
}

describe("end-of-day KPIs", () => {
  it("serve: 5 overtime minutes (10–15), paid at the overtime rate on top of the roster", () => {
    const k = kpis(day("serve"));
    expect(k["overall/completions"]).toBe(3);
    expect(k["pool/teller/overtime.hours"]).toBeCloseTo(5 / 60, 12);
    expect(k["pool/teller/cost.overtime"]).toBeCloseTo(7.5, 12);
    // 10 rostered minutes at 60/h plus 5 overtime minutes at 90/h.
    expect(k["pool/teller/cost.total"]).toBeCloseTo(10 + 7.5, 12);
    expect(k["overall/cost.overtime"]).toBeCloseTo(7.5, 12);
    expect(k["step/desk/backlog.carried"]).toBe(0);
  });

  it("sendAway: one case sent away (not completed); the teller finishes c1 (1 overtime minute)", () => {
    const k = kpis(day("sendAway"));
    expect(k["overall/sentAway"]).toBe(1);
    expect(k["class/walk-in/sentAway"]).toBe(1);
    expect(k["overall/completions"]).toBe(2);
    expect(k["pool/teller/overtime.hours"]).toBeCloseTo(1 / 60, 12);
    // In process: c0 3–7, c1 6–11, c2 9–10 (it leaves when sent away); the day ends at 11.
    expect(k["overall/wip.mean"]).toBeCloseTo((4 + 5 + 1) / 11, 12);
  });

  it("carryOver: one case carried over the closing, aged 1 min, served after 1431 min", () => {
    const k = kpis(day("carryOver"));
    expect(k["step/desk/backlog.carried"]).toBe(1);
    expect(k["step/desk/backlog.perClosing"]).toBe(1);
    expect(k["step/desk/backlog.age"]).toBe(1);
    expect(k["step/desk/backlog.wait"]).toBe(1431);
    expect(k["overall/sentAway"]).toBe(0);
  });
});

describe("sendAway with comeBack: waits, handling and time away explain the cycle time", () => {
  // Customers at 2, 4, 6, 8, 10, 4 minutes each. c0 2–6, c1 waits 2 and is served 6–10. At the
  // closing (10) c2 (in line since 6) and c3 (since 8) are sent home, c4 (arriving at 10) at
  // once. At 1440 they come back in line order: c2 starts at once (its wait: 4), c3 at 1444
  // (2 + 4), c4 at 1448 (0 + 8). Each was away 1430 minutes.
  const comeBackDay = (): Model => model({
    arrivals: [source("walk-in", fixed(2), "desk")],
    resources: [{
      ...pool("teller", 1), costPerHour: 60, endOfDay: { rule: "sendAway", comeBack: true, path: [] },
      shifts: [{ days: ALL_DAYS, from: 0, to: 10, capacity: 1, path: [] }],
    }],
    steps: [step("desk", [["teller", 1]], fixed(4))],
    run: { maxArrivals: 5 },
  });

  it("counts the wait before being sent home in the step's wait and the case's alike, and the night as time away", () => {
    const k = kpis(comeBackDay());
    expect(k["overall/completions"]).toBe(5);
    expect(k["overall/sentAway"]).toBe(3);
    // Waits 0, 2, 4, 6, 8.
    expect(k["overall/waitTime.mean"]).toBe(4);
    expect(k["step/desk/waitTime.mean"]).toBe(4);
    expect(k["overall/awayTime.mean"]).toBe(3 * 1430 / 5);
    expect(k["step/desk/awayTime.mean"]).toBe(3 * 1430 / 5);
    // Cycle times 4, 6, 1438, 1440, 1442: wait + handling + away.
    expect(k["overall/cycleTime.mean"]).toBe(4330 / 5);
    expect((k["overall/waitTime.mean"] as number) + (k["step/desk/serviceTime.mean"] as number) + (k["overall/awayTime.mean"] as number))
      .toBe(k["overall/cycleTime.mean"]);
  });

  it("counts the cases that came back per closing of the step", () => {
    // c2, c3 and c4 came back after the closing at 10; the desk closed again at 1450 (c4 at the desk until 1452, nobody sent home).
    const k = kpis(comeBackDay());
    expect(k["step/desk/backlog.perClosing"]).toBe(0);
    expect(k["step/desk/comeBack.perClosing"]).toBe(3 / 2);
  });

  it("adds no time-away or come-back KPI to a model without comeBack", () => {
    expect(Object.keys(kpis(day("sendAway"))).filter((key) => key.includes("awayTime") || key.includes("comeBack"))).toEqual([]);
  });
});

describe("a terminating day that runs past its horizon", () => {
  // The carryOver day with horizon 9.5 and a clerk rostered like the teller but never needed:
  // c2 waits overnight and is served 1440–1444, after the horizon. The clerk's roster counts
  // 0–9.5 only (it counted 0–10 and 1440–1444 before: 14 minutes); the teller's 0–9.5, then
  // 9.5–10 and 1440–1444 at work (c1 finishes 10–11 as overtime): 14 minutes.
  it("counts the roster up to the horizon and after it only the staff at work", () => {
    const m = day("carryOver");
    const clerk = { ...m.resources[0], name: "clerk", path: ["resources", "clerk"] };
    const k = kpis({ ...m, resources: [...m.resources, clerk], run: { ...m.run, horizon: 9.5, study: "terminating" } });
    expect(k["overall/completions"]).toBe(3);
    expect(k["pool/clerk/staffHours"]).toBeCloseTo(9.5 / 60, 12);
    expect(k["pool/clerk/cost.total"]).toBeCloseTo(9.5, 12);
    expect(k["pool/teller/staffHours"]).toBeCloseTo(14 / 60, 12);
    expect(k["pool/teller/overtime.hours"]).toBeCloseTo(1 / 60, 12);
  });
});

describe("overnight waits without a declared rule", () => {
  function warningsOf(m: Model): readonly string[] {
    const compiled = compileModel(m);
    return summariseRuns(m, [runReplication(compiled, 0), runReplication(compiled, 1)], collectorLayoutOf(compiled)).warnings;
  }

  it("are warned about with how many cases waited and how long", () => {
    expect(warningsOf(day(null))).toContain(
      '2 cases in 2 of 2 replications waited at "desk" across a closed period, waiting 1431 min on average until served, ' +
      "but no end-of-day rule is declared. Declare endOfDay (serve, sendAway or carryOver) on the calendar, the pool or the step " +
      "(docs/model-language.md, End of day).",
    );
  });

  it("are not warned about once a rule is declared", () => {
    expect(warningsOf(day("carryOver")).filter((w) => w.includes("end-of-day"))).toEqual([]);
  });
});
