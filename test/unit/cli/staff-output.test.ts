/**
 * The interval table `procsim staff` prints: every column has a header, including the one
 * that flags intervals where the roster binds (no one to spare), misses the target, or misses
 * it whatever its staff (beyond staffing, named apart in the verdict); the header, and every title, note and verdict, reads in the language in use.
 */
import { describe, expect, it } from "vitest";
import { formatStaffTable } from "../../../src/cli/staff-output.js";
import type { StaffPlan } from "../../../src/experiment/staffing/planner.js";
import { inLanguage } from "../../../src/report/i18n/language.js";

const estimate = (mean: number) => ({ mean, lo: mean - 0.02, hi: Math.min(1, mean + 0.02) });

const PLAN = {
  model: "Branch counter", pool: "tellers", target: { share: 0.8, maxWait: 5 }, width: 60, seed: 7, replications: 10,
  roster: [], rosterText: "4@09:00-17:00", cost: 960, paidHours: 32, overCoverageHours: 2, abandonment: null, rounds: 2, untried: [], met: false,
  carriedOver: null, cameBack: null, step: "counter", rosterCost: 960, overtimeCost: null, overloaded: [],
  intervals: [
    { start: 540, arrivalsPerHour: 30, offeredLoad: 2.5, analyticRequired: 4, required: 4, scheduled: 5, serviceLevel: estimate(0.97), occupancy: estimate(0.5), binding: false, misses: false },
    { start: 600, arrivalsPerHour: 40, offeredLoad: 3.3, analyticRequired: 4, required: 4, scheduled: 4, serviceLevel: estimate(0.9), occupancy: estimate(0.8), binding: true, misses: false },
    { start: 660, arrivalsPerHour: 60, offeredLoad: 5, analyticRequired: 6, required: 6, scheduled: 4, serviceLevel: estimate(0.5), occupancy: estimate(0.97), binding: true, misses: true },
    { start: 720, arrivalsPerHour: 30, offeredLoad: 2.5, analyticRequired: 4, required: 5, scheduled: 5, serviceLevel: estimate(0.3), occupancy: estimate(0.4), binding: true, misses: true, beyondStaffing: true },
  ],
} as unknown as StaffPlan;

describe("staff interval table", () => {
  /** The line above the table's rule. */
  const headerLine = (text: string) => {
    const lines = text.split("\n");
    return lines[lines.findIndex((line) => line.trimStart().startsWith("─")) - 1] ?? "";
  };

  it("names the binds/misses column", () => {
    const text = formatStaffTable(PLAN, false, 120);
    expect(headerLine(text).trim().split(/\s{2,}/).at(-1)).toBe("status");
    expect(text).toMatch(/10:00-11:00 .* binds\n/);
    expect(text).toMatch(/11:00-12:00 .* misses\n/);
    expect(text).toMatch(/12:00-13:00 .* beyond staff\n/);
  });

  it("counts an interval beyond staffing apart from the misses more staff could fix", () => {
    const text = formatStaffTable(PLAN, false, 400);
    expect(text).toContain("1 interval(s) miss the target (lower 95% bound below 80.0%) after 2 rounds of simulation; raise --rounds or --max-staff.");
    expect(text).toContain("1 interval(s) miss the target whatever their staff (12:00-13:00): more tellers in them bought less than a tenth of the shortfall");
    expect(inLanguage("zh", () => formatStaffTable(PLAN, false, 400))).toContain("1 个时段无论本时段安排多少人都未达到目标（12:00-13:00）：在这些时段增加 tellers 只弥补了不到十分之一的差距");
  });

  it("names the cases carried over a closing at the staffed step, which no interval holds", () => {
    const carried = { ...PLAN, carriedOver: { key: "step/counter/backlog.perClosing", n: 10, mean: 3.6, sd: 0.5, halfWidth: 0.4, lo: -0.2, hi: 4 } } as StaffPlan;
    expect(formatStaffTable(carried, false, 400)).toContain("Outside every interval: 3.6 [0.0, 4.0] cases per closing are carried over at counter");
    expect(inLanguage("zh", () => formatStaffTable(carried, false, 400))).toContain("每次营业结束平均有 3.6 [0.0, 4.0] 笔业务在 counter 结转");
    expect(formatStaffTable({ ...PLAN, carriedOver: { ...carried.carriedOver, mean: 0.01 } } as StaffPlan, false, 400)).not.toContain("Outside every interval");
  });

  it("counts the simulated overtime in the cost and warns where the roster leaves the pool overloaded", () => {
    const costly = { ...PLAN, cost: 1448, overtimeCost: { key: "pool/tellers/cost.overtime", n: 30, mean: 488, sd: 100, halfWidth: 38, lo: 450, hi: 526 }, overloaded: [660] } as StaffPlan;
    const text = formatStaffTable(costly, false, 400);
    expect(text).toContain("cost 1,448.00 (roster 960.00 + simulated overtime 488.00)");
    expect(text).toContain("Warning: in 1 interval(s) (11:00-12:00) the offered load of all cases is at or above the tellers on duty");
    expect(inLanguage("zh", () => formatStaffTable(costly, false, 400))).toContain("成本 1,448.00（排班 960.00 + 仿真加班 488.00）");
    expect(formatStaffTable(PLAN, false, 400)).not.toContain("overloaded");
  });

  it("names the cases sent home that come back at the opening, which no interval holds", () => {
    const back = { ...PLAN, cameBack: { key: "step/counter/comeBack.perClosing", n: 10, mean: 45.5, sd: 2, halfWidth: 1.4, lo: 44.1, hi: 46.9 } } as StaffPlan;
    expect(formatStaffTable(back, false, 400)).toContain("Outside every interval: 45.5 [44.1, 46.9] cases per closing are sent home from counter");
    expect(inLanguage("zh", () => formatStaffTable(back, false, 400))).toContain("每次营业结束平均有 45.5 [44.1, 46.9] 笔业务被 counter 请离");
    expect(formatStaffTable(PLAN, false, 400)).not.toContain("sent home");
  });

  it("states the target's threshold as a duration: 4 h, not 240 min", () => {
    const loans = { ...PLAN, target: { share: 0.8, maxWait: 240 } } as StaffPlan;
    expect(formatStaffTable(loans, false, 400)).toContain("target 80.0% within 4 h in every 60-minute interval");
    expect(inLanguage("zh", () => formatStaffTable(loans, false, 400))).toContain("目标为 4 小时内 80.0%");
    expect(formatStaffTable(PLAN, false, 400)).toContain("target 80.0% within 5 min in every");
  });

  it("names it in Chinese under --lang zh", () => {
    expect(headerLine(inLanguage("zh", () => formatStaffTable(PLAN, false, 120))).trim().split(/\s{2,}/).at(-1)).toBe("状态");
  });

  it("prints every title, note, verdict and header in Chinese under --lang zh", () => {
    for (const evaluated of [false, true]) {
      const text = inLanguage("zh", () => formatStaffTable(PLAN, evaluated, 200));
      // Left in Latin letters: the model's and pool's own names, the formula's name, CLI options and a model key.
      const latin = text.replace(/Branch counter|tellers|Erlang C\/A|Erlang|--rounds|--max-staff|clock: working/g, "");
      expect(latin, text).not.toMatch(/[A-Za-z]{2,}/);
    }
    expect(inLanguage("zh", () => formatStaffTable(PLAN, false, 200))).toContain("1 个时段未达到目标（95% 下限低于 80.0%）（经 2 轮仿真）");
  });
});
