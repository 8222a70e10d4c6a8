/**
 * End-of-day rules on a tiny deterministic day, traced event by event and compared with the
 * hand-worked list. One teller, open until minute 10, closed until minute 100; a customer
 * every 3 minutes (3, 6, 9), each served for 4 minutes. At 10, c1 is at the desk (7–11) and
 * c2 waits (since 9). Second day: the same with a 2-minute kiosk before the desk, so c2
 * reaches the desk at 11, after it closed.
 */
import { describe, expect, it } from "vitest";
import type { EndOfDay, EndOfDayRule } from "../../../src/model/compile/model.js";
import { fixed, goto, model, pool, source, step, trace, StepTimeline } from "./fixtures.js";

const rule = (name: EndOfDayRule, comeBack = false): EndOfDay => ({ rule: name, comeBack, path: ["resources", "teller", "endOfDay"] });
const DAY = () => ({ capacity: { teller: new StepTimeline([[0, 1], [10, 0], [100, 1]]) } });

/** The line-at-closing day under `endOfDay`. */
function lineAtClosing(endOfDay: EndOfDay | null) {
  return trace(model({
    arrivals: [source("walk-in", fixed(3), "desk")],
    resources: [{ ...pool("teller", 1), endOfDay }],
    steps: [step("desk", [["teller", 1]], fixed(4))],
    run: { maxArrivals: 3 },
  }), DAY()).trace;
}

/** The kiosk day: c2 reaches the desk at 11, after closing. */
function lateArrival(endOfDay: EndOfDay | null) {
  return trace(model({
    arrivals: [source("walk-in", fixed(3), "kiosk")],
    resources: [{ ...pool("teller", 1), endOfDay }],
    steps: [step("kiosk", [], fixed(2), goto("desk")), step("desk", [["teller", 1]], fixed(4))],
    run: { maxArrivals: 3 },
  }), DAY()).trace;
}

const MORNING = [
  "3 c0 arrive", "3 c0 start desk", "6 c1 arrive", "6 c1 enqueue desk",
  "7 c0 finish desk", "7 c1 start desk waited 1", "7 c0 complete cycle 4 waited 0",
  "9 c2 arrive", "9 c2 enqueue desk", "10 close desk waiting 1",
];
const KIOSK_MORNING = [
  "3 c0 arrive", "3 c0 start kiosk", "5 c0 finish kiosk", "5 c0 start desk",
  "6 c1 arrive", "6 c1 start kiosk", "8 c1 finish kiosk", "8 c1 enqueue desk",
  "9 c0 finish desk", "9 c1 start desk waited 1", "9 c0 complete cycle 6 waited 0",
  "9 c2 arrive", "9 c2 start kiosk", "10 close desk waiting 0", "11 c2 finish kiosk", "11 c2 enqueue desk",
];

describe("end-of-day rule serve", () => {
  it("the teller stays after closing until the waiting customer is served (overtime 10–15)", () => {
    const t = lineAtClosing(rule("serve"));
    expect(t.rows).toEqual([
      ...MORNING,
      "11 c1 finish desk", "11 c2 start desk waited 2", "11 c1 complete cycle 5 waited 1",
      "15 c2 finish desk", "15 c2 complete cycle 6 waited 2",
    ]);
    expect(t.levels).toEqual(["0 teller 0/1", "3 teller 1/1", "10 teller 1/0", "15 teller 0/0"]);
  });

  it("a customer who arrived before closing and reaches the line after it is still served", () => {
    const t = lateArrival(rule("serve"));
    expect(t.rows).toEqual([
      ...KIOSK_MORNING,
      "13 c1 finish desk", "13 c2 start desk waited 2", "13 c1 complete cycle 7 waited 1",
      "17 c2 finish desk", "17 c2 complete cycle 8 waited 2",
    ]);
    expect(t.levels).toEqual(["0 teller 0/1", "5 teller 1/1", "10 teller 1/0", "17 teller 0/0"]);
  });
});

describe("end-of-day rule sendAway", () => {
  it("sends the waiting customer away at closing; the one at the desk is finished", () => {
    const t = lineAtClosing(rule("sendAway"));
    expect(t.rows).toEqual([
      ...MORNING, "10 c2 sent away desk waited 1",
      "11 c1 finish desk", "11 c1 complete cycle 5 waited 1",
    ]);
    expect(t.queues.at(-1)).toBe("10 desk 0");
  });

  it("with comeBack the same customer returns at the next opening, keeping the wait already done", () => {
    const t = lineAtClosing(rule("sendAway", true));
    // Its minute in line before closing is its wait at the desk too (the step's wait and the
    // case's agree); the 90 minutes at home are time away: 1 + 90 + 4 = 95, the cycle time.
    expect(t.rows).toEqual([
      ...MORNING, "10 c2 sent away desk waited 1 returns",
      "11 c1 finish desk", "11 c1 complete cycle 5 waited 1",
      "100 c2 comes back desk away 90", "100 c2 start desk waited 1", "104 c2 finish desk", "104 c2 complete cycle 95 waited 1",
    ]);
  });

  it("a customer reaching the desk after closing is sent away at once", () => {
    const t = lateArrival(rule("sendAway"));
    expect(t.rows).toEqual([
      ...KIOSK_MORNING, "11 c2 sent away desk waited 0",
      "13 c1 finish desk", "13 c1 complete cycle 7 waited 1",
    ]);
  });
});

describe("end-of-day rule carryOver (and no declared rule)", () => {
  it("the waiting customer is carried over and served at the next opening", () => {
    const expected = [
      ...MORNING, "10 c2 carry over desk age 1",
      "11 c1 finish desk", "11 c1 complete cycle 5 waited 1",
      "100 c2 start desk waited 91", "104 c2 finish desk", "104 c2 complete cycle 95 waited 91",
    ];
    expect(lineAtClosing(rule("carryOver")).rows).toEqual(expected);
    expect(lineAtClosing(null).rows).toEqual(expected);
  });

  it("a customer joining the closed line is carried over too", () => {
    expect(lateArrival(rule("carryOver")).rows).toEqual([
      ...KIOSK_MORNING, "11 c2 carry over desk age 2",
      "13 c1 finish desk", "13 c1 complete cycle 7 waited 1",
      "100 c2 start desk waited 89", "104 c2 finish desk", "104 c2 complete cycle 95 waited 89",
    ]);
  });
});
