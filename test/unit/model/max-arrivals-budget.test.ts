/**
 * Runs ended by maxArrivals alone: their simulated span (maxArrivals over the sources' mean
 * rate) is held to the 100-year limit like a horizon, and their work is estimated, warned
 * about and refused like a horizon run's.
 *
 * A Sunday-only call line (09:00–17:00) with 0.000001 calls an hour and `maxArrivals: 10`
 * would simulate 24,000 years before its tenth call: refused at `validate`. A 24/7 line of
 * 1000 calls an hour with `maxArrivals: 5e8` and 100 replications is 1e11 events: refused by
 * `run` unless --allow-long, located at run.maxArrivals.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { totalBudgetIssue } from "../../../src/cli/run-budget.js";
import { estimateRun } from "../../../src/model/checks/run-budget.js";
import { loadModelFile, loadModelText, type LoadResult } from "../../../src/model/source/load.js";

const line = (calendar: string, rate: number, maxArrivals: number, replications = 1) => `name: call line
calendar: ${calendar}
run: { maxArrivals: ${maxArrivals}, replications: ${replications} }
arrivals: [ { name: calls, ratePerHour: ${rate} } ]
resources: { agents: { capacity: 200 } }
steps:
  - { name: answer, resource: agents, duration: 5 }
`;
const SUNDAYS = '{ open: "09:00", close: "17:00", days: [sun] }';

function loaded(result: LoadResult) {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.model;
}

describe("maxArrivals without a horizon", () => {
  it("is estimated: maxArrivals cases, over maxArrivals / rate of simulated time", () => {
    // 1000 an hour, 24/7: 1e6 calls take 1000 h; each is an arrival and one step end.
    const estimate = estimateRun(loaded(loadModelText(line("always", 1000, 1_000_000, 3))));
    expect(estimate.arrivals).toBe(1_000_000);
    expect(estimate.visitsPerCase).toBe(1);
    expect(estimate.events).toBe(1_000_000 * 2 * 3);
    expect(estimate.minutes).toBeCloseTo(60_000, 6);
    // 10 an hour for 8 h a week: 1e3 calls take 12.5 weeks.
    expect(estimateRun(loaded(loadModelText(line(SUNDAYS, 10, 1000)))).minutes).toBeCloseTo(12.5 * 7 * 1440, 6);
  });

  it("is refused when the expected span passes the 100-year limit", () => {
    // 10 calls at 8e-6 a week: 1.25e6 weeks = 23,956 years.
    const result = loadModelText(line(SUNDAYS, 0.000001, 10));
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues.filter((issue) => issue.code === "arrivalSpanTooLong");
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["run.maxArrivals", "at the sources' expected rate, 10 arrivals take about 2.4e+4 years of simulated time; a run may last at most 100 years — give run.horizon, or a smaller maxArrivals"],
    ]);
    // 1e9 at 1000 an hour is 114 years; 8.7e8 is 99.3 years and passes.
    expect(loadModelText(line("always", 1000, 1_000_000_000)).ok).toBe(false);
    expect(loadModelText(line("always", 1000, 870_000_000)).ok).toBe(true);
  });

  it("a recording that stops ends the run: its length is the span, not maxArrivals", () => {
    const folder = mkdtempSync(join(tmpdir(), "procsim-maxarr-"));
    writeFileSync(join(folder, "day.csv"), "time,day\n09:00,1\n10:00,1\n11:00,2\n");
    writeFileSync(join(folder, "model.yaml"), `name: replay\nrun: { maxArrivals: 1000000000 }\narrivals: [ { name: walk-ins, recorded: { file: day.csv, day: day, afterRecording: stop } } ]\nsteps:\n  - { name: desk, duration: 5 }\n`);
    const estimate = estimateRun(loaded(loadModelFile(join(folder, "model.yaml"))));
    expect(estimate.minutes).toBe(2 * 1440);
    expect(estimate.arrivals).toBeCloseTo(3, 9);
  });

  it("is warned about and refused without --allow-long like a horizon run, at run.maxArrivals", () => {
    const file = join(mkdtempSync(join(tmpdir(), "procsim-maxarr-")), "line.yaml");
    // 1e13 events: over a day at any speed this machine kind reaches (it would need 1.2e8 events a second).
    writeFileSync(file, line("always", 1000, 500_000_000, 10_000));
    const model = loaded(loadModelFile(file));
    expect(estimateRun(model).events).toBe(1e13);
    const refused = totalBudgetIssue([model], {}, { allowLong: false, refuse: true });
    expect(refused?.severity).toBe("error");
    expect([refused?.path, refused?.line, refused?.column]).toEqual([["run", "maxArrivals"], 3, 21]);
    expect(refused?.message).toMatch(/^this run is about 1\.0e\+13 events \(5\.0e\+8 arrivals a replication × 1\.0 visits per case × 10,?000 replications\): .*pass --allow-long/);
    expect(totalBudgetIssue([model], {}, { allowLong: true, refuse: true })?.severity).toBe("warning");
  });
});
