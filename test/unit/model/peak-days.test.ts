// The peak-load warning names when the worst hour falls from the model itself: the replayed
// recorded day, every working day of the calendar when each peaks alike, or the one weekday
// whose staffing or demand makes it the worst.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../../src/model/source/load.js";
import { issueFor, issuesOf, vary } from "./helpers.js";

const WEEKDAY_CALENDAR = 'name: test\ncalendar: { open: "09:00", close: "17:00", days: weekdays }\n';
const LUNCH_PEAK = 'profile: { "09:00": 6, "12:00": 20, "13:00": 6 }';

/** Loads a model with a recording beside it and returns the peak warning's day words. */
function recordedPeakDay(csv: string, dayColumn = false): unknown {
  const folder = mkdtempSync(join(tmpdir(), "procsim-peak-"));
  writeFileSync(join(folder, "day.csv"), csv);
  const model = vary("    ratePerHour: 6", `    recorded: { file: day.csv${dayColumn ? ", day: day" : ""}, afterRecording: stop }`, vary("name: test\n", WEEKDAY_CALENDAR, vary("horizon: 8h", "horizon: 1d")));
  writeFileSync(join(folder, "model.yaml"), model);
  const issue = issuesOf(loadModelFile(join(folder, "model.yaml"))).find((i) => i.code === "peakOverload");
  return issue?.params.day;
}

/** Twenty arrivals between 12:00 and 13:00 (and a few in the morning) on each of `days` recorded days. */
function lunchRecording(days: number): string {
  const rows: string[] = [];
  for (let d = 1; d <= days; d++) {
    rows.push(`${d},09:30`, `${d},10:30`);
    for (let k = 0; k < 20; k++) rows.push(`${d},12:${String(k * 3).padStart(2, "0")}`);
  }
  return `day,time\n${rows.join("\n")}\n`;
}

describe("the day the peak-load warning names", () => {
  it("a replayed recording peaks on the recorded day, not on the first weekday of the calendar", () => {
    expect(recordedPeakDay(lunchRecording(1).replace(/^1,/gm, "").replace("day,time", "time"))).toBe("the recorded day");
    expect(recordedPeakDay(lunchRecording(2), true)).toBe("each recorded day, on average");
  });

  it("a profile that is the same every weekday peaks on every working day", () => {
    const issue = issueFor(vary("ratePerHour: 6", LUNCH_PEAK, vary("name: test\n", WEEKDAY_CALENDAR)), "peakOverload");
    expect(issue.params).toMatchObject({ day: "every working day", from: "12:00", to: "13:00" });
  });

  it("a weekday short of staff is named on its own", () => {
    const shifts = '{ costPerHour: 30, shifts: [ { from: "09:00", to: "17:00", capacity: 2, days: [mon, tue, thu, fri] }, { from: "09:00", to: "17:00", capacity: 1, days: [wed] } ] }';
    const text = vary("{ capacity: 2, costPerHour: 30 }", shifts, vary("ratePerHour: 6", 'profile: { "09:00": 6, "12:00": 8, "13:00": 6 }', vary("name: test\n", WEEKDAY_CALENDAR, vary("horizon: 8h", "horizon: 1d"))));
    expect(issueFor(text, "peakOverload").params).toMatchObject({ day: "wed", from: "12:00", to: "13:00" });
  });
});
