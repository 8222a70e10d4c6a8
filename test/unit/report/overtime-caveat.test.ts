/**
 * The overtime caveat says what happens to the cases still waiting at closing, by the
 * model's rule. A courier drops 3 files at 16:55 on one clerk (10 minutes each) and the
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
import { t } from "../../../src/report/i18n/translate.js";
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

describe("the overtime caveat", () => {
  it("sendAway: 3 files sent away, 5 overtime minutes; the caveat says the waiting cases are sent away", () => {
    const c = caveatsOf(courier("sendAway"));
    expect(c.sentAway).toBe(3);
    expect(c.overtime).toBeCloseTo(5 / 60, 12);
    expect(c.notes).toEqual(["Overtime here is staff finishing the case already in hand after closing; cases still waiting are sent away at closing, none is served after hours."]);
  });

  it("carryOver and no rule: nothing sent away; the caveat says the waiting cases are carried over", () => {
    for (const rule of ["carryOver", null]) {
      const c = caveatsOf(courier(rule));
      expect(c.sentAway ?? 0).toBe(0);
      expect(c.overtime).toBeCloseTo(5 / 60, 12);
      expect(c.notes).toEqual([t("caveat.overtime")]);
      expect(c.notes[0]).toContain("carried over to the next opening, none is sent away");
    }
  });

  it("sendAway at one step and carryOver at another: the caveat names both", () => {
    const c = caveatsOf(courier("carryOver", "sendAway"));
    expect(c.notes).toEqual([t("caveat.overtimeMixed")]);
    expect(c.notes[0]).toContain("sent away or carried over");
  });

  it("serve: no caveat", () => {
    expect(caveatsOf(courier("serve")).notes).toEqual([]);
  });

  it("the sendAway sentence in Chinese says 请离, not 没有业务被请离", () => {
    const m = courier("sendAway");
    const result = simulateSync(m);
    const zh = inLanguage("zh", () => runCaveats(result, modelFactsOf(m))).filter((s) => s.startsWith("此处加班"));
    expect(zh).toEqual(["此处加班指员工在营业结束后办完手头业务；仍在等待的业务在营业结束时被请离，没有业务在营业时间外办理。"]);
  });
});
