/**
 * A model's warnings become caveats of its report, in the report's language and with where in
 * the model: a lunch hour without a teller on shift, and a review step no customer reaches.
 * A model without warnings adds none.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/api/load.js";
import { modelFactsOf } from "../../../src/api/model-facts.js";
import { runCaveats } from "../../../src/report/caveats.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import type { RunResult } from "../../../src/stats/result-types.js";

const QUIET_RUN = { warnings: [], kpis: [] } as unknown as RunResult;

function factsOf(yaml: string) {
  const loaded = loadModelText(yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return modelFactsOf(loaded.model);
}

const LUNCH_GAP = `
name: lunch gap
timeUnit: min
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 1d, replications: 3, seed: 1, study: terminating }
arrivals:
  - { name: walk-in, ratePerHour: 10, start: counter }
resources:
  tellers:
    shifts:
      - { from: "09:00", to: "12:00", capacity: 3 }
      - { from: "13:00", to: "17:00", capacity: 3 }
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 5 } }, next: exit }
  - { name: manager review, resource: tellers, duration: 10 }
`;

describe("model caveats", () => {
  it("states the shift gap and the unreachable step in English, with their YAML paths", () => {
    const caveats = runCaveats(QUIET_RUN, factsOf(LUNCH_GAP));
    expect(caveats).toContain('resources.tellers.shifts: pool "tellers" has no shift on mon, tue, wed, thu, fri from 12:00 to 13:00 while open; capacity is 0 then — add a shift (capacity: 0 to make it explicit)');
    expect(caveats).toContain('steps[1].name: no case ever reaches step "manager review"; route to it from another step or from an arrival\'s start, or remove it');
  });

  it("states them in Chinese in a Chinese report, with no English words but names and keys", () => {
    const caveats = inLanguage("zh", () => runCaveats(QUIET_RUN, factsOf(LUNCH_GAP)));
    expect(caveats).toContain("resources.tellers.shifts：资源池“tellers”在周一、周二、周三、周四、周五 12:00–13:00 营业期间没有班次，此时产能为 0——请补一个班次（若确属无人值守，写 capacity: 0 明示）。");
    expect(caveats).toContain("steps[1].name：没有业务会到达步骤“manager review”；请从其他步骤或到达来源的起点路由到它，或删除它。");
    for (const text of caveats) expect(text.replace(/resources\.tellers\.shifts|steps\[1\]\.name|tellers|manager review|capacity: 0/g, ""), text).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("adds nothing for a model without warnings", () => {
    const plain = LUNCH_GAP.replace('      - { from: "13:00", to: "17:00", capacity: 3 }', '      - { from: "12:00", to: "17:00", capacity: 3 }').replace(", next: exit", "");
    const facts = factsOf(plain);
    expect(facts.modelWarnings).toBeUndefined();
    expect(runCaveats(QUIET_RUN, facts)).toEqual([]);
  });
});
