/**
 * Event order of the source kinds beyond a rate, on tiny deterministic models worked out by
 * hand: a recording replayed (sorted, ties in file order, repeated on the next day), drops
 * at fixed times, and groups of cases per arrival.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../../src/model/source/load.js";
import type { Model } from "../../../src/model/compile/model.js";
import { fixed, model, pool, source, step, trace } from "./fixtures.js";

/** Loads a model written as YAML next to its CSV files in a fresh folder. */
function loadWith(yaml: string, files: Record<string, string>): Model {
  const dir = mkdtempSync(join(tmpdir(), "procsim-sources-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, "model.yaml"), yaml);
  const loaded = loadModelFile(join(dir, "model.yaml"));
  if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join("\n"));
  return loaded.model;
}

describe("recorded arrivals", () => {
  it("replays the rows sorted by time (ties in file order), with their categories, and repeats the day", () => {
    const m = loadWith(
      `name: replay
run: { horizon: 1442 }
arrivals:
  - name: branch
    recorded: { file: day.csv, columns: { segment: [retail, sme] }, afterRecording: repeat }
resources: { teller: { capacity: 1 } }
steps:
  - { name: desk, resource: teller, duration: 1.5 }
`,
      { "day.csv": "time,segment\n00:03,sme\n00:01,retail\n0:03:00,retail\n" },
    );
    const { trace: t } = trace(m);
    // Sorted: 00:01 retail, 00:03 sme, 00:03 retail (the tie in file order). Day 1 (a working
    // day of the 24/7 calendar) replays it from 1441; the run's horizon 1442 cuts it after 00:01.
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 category 0:0", "1 c0 start desk",
      "2.5 c0 finish desk", "2.5 c0 complete cycle 1.5 waited 0",
      "3 c1 arrive", "3 c1 category 0:1", "3 c1 start desk",
      "3 c2 arrive", "3 c2 category 0:0", "3 c2 enqueue desk",
      "4.5 c1 finish desk", "4.5 c2 start desk waited 1.5", "4.5 c1 complete cycle 1.5 waited 0",
      "6 c2 finish desk", "6 c2 complete cycle 3 waited 1.5",
      "1441 c3 arrive", "1441 c3 category 0:0", "1441 c3 start desk",
      "1442.5 c3 finish desk", "1442.5 c3 complete cycle 1.5 waited 0",
    ]);
  });

  it("lays recorded days on the calendar's working days and stops after the recording", () => {
    const m = loadWith(
      `name: replay
calendar: { open: "09:00", close: "17:00", days: [mon, wed] }
run: { horizon: 14d }
arrivals:
  - name: branch
    recorded: { file: days.csv, day: date, afterRecording: stop }
steps:
  - { name: desk, duration: 1 }
`,
      { "days.csv": "date,time\n2024-03-06,09:30\n2024-03-04,540\n2024-03-11,16:59:30\n" },
    );
    const { trace: t } = trace(m);
    // 4 March (Mon) is working day 0 = Monday 09:00 (540); 6 March (Wed) day 1 = Wednesday
    // 09:30 (2 × 1440 + 570); 11 March (Mon) day 2 = next Monday 16:59:30 (7 × 1440 + 1019.5).
    expect(t.arrivals).toEqual([540, 2 * 1440 + 570, 7 * 1440 + 1019.5]);
  });
});

describe("scheduled drops", () => {
  it("drops the declared number of cases at each time of each working day, one after the other", () => {
    const { trace: t } = trace(model({
      arrivals: [source("courier", fixed(1), "scan", { drops: [{ at: 600, count: { values: [2], shares: [1] }, path: [] }, { at: 540, count: { values: [1], shares: [1] }, path: [] }] })],
      resources: [pool("clerk", 1)],
      steps: [step("scan", [["clerk", 1]], fixed(30))],
      run: { horizon: 1440 + 541 },
    }));
    expect(t.rows).toEqual([
      "540 c0 arrive", "540 c0 start scan",
      "570 c0 finish scan", "570 c0 complete cycle 30 waited 0",
      "600 c1 arrive", "600 c1 start scan",
      "600 c2 arrive", "600 c2 enqueue scan",
      "630 c1 finish scan", "630 c2 start scan waited 30", "630 c1 complete cycle 30 waited 0",
      "660 c2 finish scan", "660 c2 complete cycle 60 waited 30",
      "1980 c3 arrive", "1980 c3 start scan",
      "2010 c3 finish scan", "2010 c3 complete cycle 30 waited 0",
    ]);
  });
});

describe("group arrivals", () => {
  it("each arrival of the source's own process brings its group at the same instant", () => {
    const { trace: t } = trace(model({
      arrivals: [source("mail", fixed(10), "open", { groupSize: { values: [3], shares: [1] } })],
      steps: [step("open", [], fixed(1))],
      run: { maxArrivals: 4 },
    }));
    expect(t.arrivals).toEqual([10, 10, 10, 20]);
    expect(t.rows.slice(0, 4)).toEqual(["10 c0 arrive", "10 c0 start open", "10 c1 arrive", "10 c1 start open"]);
  });
});
