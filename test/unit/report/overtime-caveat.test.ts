/**
 * The overtime caveat says what happens to the cases still waiting at closing, rule by rule
 * with the steps each rule governs (the step's own, else its pools', else the calendar's). A courier drops 3 files at 16:55 on one clerk (10 minutes each) and the
 * branch closes at 17:00: the clerk finishes file 1 at 17:05 (5 minutes of overtime), and
 * files 2 and 3 are sent away (sendAway) or wait for the next opening (carryOver, or no rule);
 * file 1 then reaches the archive, closed since 17:00, and is sent away (or waits) there.
 * With serve the overtime is the served line itself, and no caveat is needed.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/api/load.js";
import { modelFactsOf } from "../../../src/api/model-facts.js";
import { simulateSync } from "../../../src/experiment/simulate.js";
import { runCaveats } from "../../../src/report/caveats.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { kpiSummary } from "../../../src/report/kpi-lookup.js";
import type { Model } from "../../../src/model/compile/model.js";

function courier(rule: string | null, stepRule: string | null = null): Model {
  const endOfDay = rule === null ? "" : `, endOfDay: ${rule}`;
  const own = stepRule === null ? "" : `, endOfDay: ${stepRule}`;
  const loaded = loadModelText(`name: courier
calendar: { open: "09:00", close: "17:00", days: all${endOfDay} }
run: { horizon: 1d, replications: 1, seed: 1, study: terminating }
arrivals:
  - { name: courier, drops: [ { at: "16:55", count: 3 } ], start: file }
resources:
  clerk: { capacity: 1, costPerHour: 60 }
  archivist: { capacity: 1, costPerHour: 60 }
steps:
  - { name: file, resource: clerk, duration: 10min }
  - { name: archive, resource: archivist, duration: 1min${own} }
`);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.model;
}

const overtimeNotes = (texts: readonly string[]): string[] => texts.filter((s) => s.startsWith("Overtime here"));

function caveatsOf(m: Model): { notes: string[]; sentAway: number | null; overtime: number | null } {
  const result = simulateSync(m);
  return {
    notes: overtimeNotes(runCaveats(result, modelFactsOf(m))),
    sentAway: kpiSummary(result.kpis, "overall/sentAway")?.mean ?? null,
    overtime: kpiSummary(result.kpis, "pool/clerk/overtime.hours")?.mean ?? null,
  };
}

const LEAD = "Overtime here is staff finishing the case already in hand after closing. Cases still waiting at closing: ";

describe("the overtime caveat", () => {
  it("sendAway: 3 files sent away, 5 overtime minutes; the caveat says the waiting cases are sent away, at both steps", () => {
    const c = caveatsOf(courier("sendAway"));
    expect(c.sentAway).toBe(3);
    expect(c.overtime).toBeCloseTo(5 / 60, 12);
    expect(c.notes).toEqual([`${LEAD}sent away at file, archive.`]);
  });

  it("carryOver and no rule: nothing sent away; the caveat says the waiting cases are carried over, at both steps", () => {
    for (const [rule, text] of [["carryOver", "carried over to the next opening at file, archive."], [null, "carried over to the next opening at file, archive (no rule declared)."]] as const) {
      const c = caveatsOf(courier(rule));
      expect(c.sentAway ?? 0).toBe(0);
      expect(c.overtime).toBeCloseTo(5 / 60, 12);
      expect(c.notes).toEqual([`${LEAD}${text}`]);
    }
  });

  it("sendAway at one step and carryOver at another: the caveat names each rule's step", () => {
    expect(caveatsOf(courier("carryOver", "sendAway")).notes).toEqual([`${LEAD}sent away at archive; carried over to the next opening at file.`]);
  });

  it("sendAway with comeBack at the archive: sent home there, coming back at the next opening", () => {
    expect(caveatsOf(courier("carryOver", "{ rule: sendAway, comeBack: true }")).notes)
      .toEqual([`${LEAD}sent home at archive, coming back at the next opening; carried over to the next opening at file.`]);
  });

  it("serve at every step: no caveat; serve at one step only: the caveat says where the line is served", () => {
    expect(caveatsOf(courier("serve")).notes).toEqual([]);
    expect(caveatsOf(courier("serve", "sendAway")).notes).toEqual([`${LEAD}served after hours at file; sent away at archive.`]);
  });

  it("in Chinese, each rule with its steps", () => {
    const m = courier("carryOver", "sendAway");
    const result = simulateSync(m);
    const zh = inLanguage("zh", () => runCaveats(result, modelFactsOf(m))).filter((s) => s.startsWith("此处加班"));
    expect(zh).toEqual(["此处加班指员工在营业结束后办完手头业务。营业结束时仍在等待的业务：在 archive 被请离；在 file 结转至下一营业时段。"]);
  });
});
