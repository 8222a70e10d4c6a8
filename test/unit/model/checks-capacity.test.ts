/**
 * Capacity checks: shift overlaps and gaps, steps needing more servers than a pool has, and
 * offered load ρ ≥ 1 computed from visit ratios and analytic mean durations.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { BASE, expectLocated, issueFor, vary } from "./helpers.js";

const SHIFTED = (shifts: string) =>
  vary("  clerks: { capacity: 2, costPerHour: 30 }", `  clerks: { costPerHour: 30, shifts: ${shifts} }`, vary("name: test\n", 'name: test\ncalendar: { open: "09:00", close: "17:00", days: weekdays }\n', vary("horizon: 8h", "horizon: 1d")));

describe("capacity checks", () => {
  it("overlapping shifts are an error at the later shift", () => {
    const text = SHIFTED('[ { from: "09:00", to: "13:00", capacity: 2 }, { from: "12:00", to: "17:00", capacity: 3 } ]');
    const issue = issueFor(text, "shiftOverlap");
    expectLocated(issue, { path: ["resources", "clerks", "shifts", 1], text, needle: '{ from: "12:00"' });
    expect(issue.message).toContain("from 12:00 to 13:00");
  });

  it("a gap in open hours is a warning naming the days and hours", () => {
    const text = SHIFTED('[ { from: "09:00", to: "12:00", capacity: 2 }, { from: "13:00", to: "17:00", capacity: 3 } ]');
    const issue = issueFor(text, "shiftGap");
    expectLocated(issue, { severity: "warning", path: ["resources", "clerks", "shifts"], text, needle: '[ { from: "09:00"' });
    expect(issue.params).toMatchObject({ from: "12:00", to: "13:00", days: ["mon", "tue", "wed", "thu", "fri"] });
  });

  it("shifts covering the open hours raise nothing", () => {
    const text = SHIFTED('[ { from: "09:00", to: "12:00", capacity: 2 }, { from: "12:00", to: "17:00", capacity: 3 } ]');
    const result = loadModelText(text, "model.yaml");
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("a shift that ends before it starts", () => {
    const text = SHIFTED('[ { from: "09:00", to: "08:00", capacity: 2 } ]');
    expectLocated(issueFor(text, "shiftOrder"), { path: ["resources", "clerks", "shifts", 0, "to"], text, needle: '"08:00"' });
  });

  it("a step needing more units than the pool ever has", () => {
    const text = vary("    resource: clerks\n    duration: { tri", "    resource: clerks\n    units: 3\n    duration: { tri");
    const issue = issueFor(text, "unitsOverCapacity");
    expectLocated(issue, { path: ["steps", 1, "units"], text, needle: "3\n" });
    expect(issue.params).toMatchObject({ units: 3, capacity: 2 });
  });

  it("offered load ρ ≥ 1 is a warning with the numbers", () => {
    // 15/h × (5 + 14/3) min on 2 clerks: ρ = 15 × 9.667 / 120 = 1.2083
    const text = vary("ratePerHour: 6", "ratePerHour: 15");
    const issue = issueFor(text, "overloaded");
    expectLocated(issue, { severity: "warning", path: ["resources", "clerks"], text, needle: "{ capacity: 2" });
    expect(issue.params.rho).toBeCloseTo((15 * (5 + 14 / 3)) / 120, 2);
    expect(issue.params.steadyState).toBe(false);
  });

  it("offered load counts rework visits from the routing equations", () => {
    // intake visited 1/(1-0.2) = 1.25 times: 10/h × (1.25 × 5 + 1.25 × 14/3) / 120 ≈ 1.007
    const text = `${BASE}    next: [ { to: intake, p: 0.2 }, { to: exit, p: 0.8 } ]\n`;
    const issue = issueFor(vary("ratePerHour: 6", "ratePerHour: 10", text), "overloaded");
    expect(issue.params.rho).toBeCloseTo((10 * 1.25 * (5 + 14 / 3)) / 120, 2);
  });

  it("an overloaded pool of many steps names the three offering the most work", () => {
    // Six steps of 1…6 min on one clerk at 20/h: ρ = 20 × 21 / 60 = 7; the 6-, 5- and 4-minute steps lead.
    const steps = [1, 2, 3, 4, 5, 6].map((minutes) => `  - { name: s${minutes}, resource: clerk, duration: ${minutes} }`).join("\n");
    const text = `name: many\nrun: { horizon: 8h }\narrivals: [ { name: files, ratePerHour: 20 } ]\nresources: { clerk: { capacity: 1 } }\nsteps:\n${steps}\n`;
    const issue = issueFor(text, "overloaded");
    expect(issue.params).toMatchObject({ steps: ["s6", "s5", "s4"], otherSteps: 3 });
    expect(issue.message).toContain("shorten s6, s5, s4 (the busiest of its 6 steps)");
  });

  it("steady-state studies word ρ ≥ 1 as having no steady state", () => {
    const text = vary("{ horizon: 8h, replications: 2 }", "{ horizon: 20d, warmup: 1d }", vary("ratePerHour: 6", "ratePerHour: 15"));
    const issue = issueFor(text, "overloaded");
    expect(issue.params.steadyState).toBe(true);
    expect(issue.message).toContain("no steady state exists");
  });

  it("a pool swamped at the peak hour while fine on average is a warning naming the hour", () => {
    // 20/h at 12:00 × 9.667 min = 193 busy minutes against 2 × 60: ρ = 1.61; over the day ρ = 0.62.
    const text = vary("ratePerHour: 6", 'profile: { "09:00": 6, "12:00": 20, "13:00": 6 }', vary("name: test\n", 'name: test\ncalendar: { open: "09:00", close: "17:00" }\n'));
    const issue = issueFor(text, "peakOverload");
    expectLocated(issue, { severity: "warning", path: ["resources", "clerks"], text, needle: "{ capacity: 2" });
    expect(issue.params).toMatchObject({ day: "every working day", from: "12:00", to: "13:00" });
    expect(issue.params.rho).toBeCloseTo((20 * (5 + 14 / 3)) / 120, 2);
    expect(() => issueFor(text, "overloaded")).toThrow();
  });
});
