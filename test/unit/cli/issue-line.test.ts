/**
 * The terminal's line for a model warning reads in the language in use, with the file
 * position and YAML path in front; errors stay in English.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/api/load.js";
import { issueLine } from "../../../src/cli/issue-line.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import { formatIssue, locateIssue, warning } from "../../../src/model/source/issues.js";

const LUNCH_GAP = `name: lunch gap
timeUnit: min
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 1d, replications: 3, seed: 1, study: terminating }
arrivals:
  - { name: walk-in, ratePerHour: 60, start: counter }
resources:
  tellers:
    shifts:
      - { from: "09:00", to: "12:00", capacity: 3 }
      - { from: "13:00", to: "17:00", capacity: 3 }
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 5 } } }
`;

describe("issue lines", () => {
  const loaded = loadModelText(LUNCH_GAP, "branch.yaml");
  if (!loaded.ok) throw new Error("the model should load");
  const byCode = (code: string) => {
    const issue = loaded.warnings.find((w) => w.code === code);
    if (!issue) throw new Error(`no ${code} warning`);
    return issue;
  };

  it("prints a warning as the English message in English", () => {
    const gap = byCode("shiftGap");
    expect(issueLine(gap)).toBe(formatIssue(gap));
    expect(issueLine(gap)).toMatch(/^branch\.yaml:10:7 {2}resources\.tellers\.shifts {2}warning: pool "tellers" has no shift/);
  });

  it("prints the shift gap and the overload in Chinese under zh", () => {
    expect(inLanguage("zh", () => issueLine(byCode("shiftGap")))).toBe("branch.yaml:10:7  resources.tellers.shifts  警告：资源池“tellers”在周一、周二、周三、周四、周五 12:00–13:00 营业期间没有班次，此时产能为 0——请补一个班次（若确属无人值守，写 capacity: 0 明示）。");
    expect(inLanguage("zh", () => issueLine(byCode("overloaded")))).toMatch(/^branch\.yaml:\d+:\d+ {2}resources\.tellers {2}警告：资源“tellers”每周承接/);
  });

  it("words a sweep point's and a roster's warning around the model's own in Chinese under zh", () => {
    const gap = byCode("shiftGap");
    const inner = { problem: gap.message, inner: { code: gap.code, params: gap.params } };
    const place = { path: gap.path, file: gap.file, line: gap.line, column: gap.column };
    const point = locateIssue(warning("pointWarning", gap.path, { points: "pools.tellers.costPerHour=20", likewise: "pools.tellers.costPerHour=40", ...inner }), place);
    expect(issueLine(point)).toBe(`branch.yaml:10:7  resources.tellers.shifts  warning: at pools.tellers.costPerHour=20: ${gap.message}; likewise at pools.tellers.costPerHour=40`);
    expect(inLanguage("zh", () => issueLine(point))).toMatch(/^branch\.yaml:10:7 {2}resources\.tellers\.shifts {2}警告：在 pools\.tellers\.costPerHour=20：资源池“tellers”在周一.*；在 pools\.tellers\.costPerHour=40 也有同类警告$/);
    const roster = locateIssue(warning("rosterWarning", gap.path, { roster: "3@09:00-12:00", ...inner }), place);
    expect(inLanguage("zh", () => issueLine(roster))).toMatch(/^branch\.yaml:10:7 {2}resources\.tellers\.shifts {2}警告：排班 3@09:00-12:00 下：资源池“tellers”在周一/);
  });

  it("keeps an error in English under zh", () => {
    const broken = loadModelText(LUNCH_GAP.replace("resource: tellers", "resource: teller"), "branch.yaml");
    if (broken.ok) throw new Error("the model should not load");
    const error = broken.issues[0];
    expect(inLanguage("zh", () => issueLine(error))).toBe(formatIssue(error));
  });
});
