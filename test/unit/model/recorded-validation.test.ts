/**
 * Validation of recorded arrivals, drops and group sizes: every problem of a CSV file at
 * once, each naming the file, line and column; the file-reading rules of `extends:`; the
 * combinations a source may not have.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModelFile, loadModelText, type LoadResult } from "../../../src/model/source/load.js";
import type { ModelIssue } from "../../../src/model/source/issues.js";

const HEAD = `name: replay
calendar: { open: "09:00", close: "17:00" }
run: { horizon: 1d }
steps:
  - { name: desk, duration: 5 }
arrivals:
`;

/** Writes the model (HEAD + `source`) and the files into a fresh folder and loads it. */
function load(source: string, files: Record<string, string> = {}, folder = mkdtempSync(join(tmpdir(), "procsim-rec-"))): LoadResult {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  writeFileSync(join(folder, "model.yaml"), HEAD + source);
  return loadModelFile(join(folder, "model.yaml"));
}

function issuesOf(result: LoadResult): readonly ModelIssue[] {
  return result.ok ? result.warnings : result.issues;
}

describe("recorded arrivals: the CSV file", () => {
  it("reports every bad cell at once, naming the file, line and column", () => {
    const csv = "time,segment,amount\n09:00,retail,100\n08:59,retail,5\n09:10,vip,12k\n25:00,sme,1\n09:30,retail\n";
    const result = load("  - { name: walk-ins, recorded: { file: day.csv, columns: { segment: [retail, sme], amount: number } } }\n", { "day.csv": csv });
    expect(result.ok).toBe(false);
    const messages = issuesOf(result).filter((issue) => issue.code === "recordedCell").map((issue) => issue.message);
    expect(messages).toEqual([
      'day.csv line 3, column 1 ("time"): found "08:59"; expected a time inside the opening hours 09:00–17:00',
      'day.csv line 4, column 2 ("segment"): found "vip"; expected one of the categories of segment: retail, sme (or an empty cell)',
      'day.csv line 4, column 3 ("amount"): found "12k"; expected a number such as 125000 or 4.5 (or an empty cell)',
      expect.stringContaining('day.csv line 5, column 1 ("time"): found "25:00"'),
      expect.stringContaining("day.csv line 6, column 2"),
    ]);
    const first = issuesOf(result).find((issue) => issue.code === "recordedCell");
    expect(first?.path).toEqual(["arrivals", 0, "recorded", "file"]);
    expect(first?.line).toBe(7);
  });

  it("refuses unknown columns, missing declared columns and a missing time column together (at is then unknown too)", () => {
    const result = load("  - { name: walk-ins, recorded: { file: day.csv, time: arrived, columns: { amount: number }, ignore: [teller] } }\n", { "day.csv": "at,segment\n09:00,retail\n" });
    const columns = issuesOf(result).filter((issue) => issue.code === "recordedColumn").map((issue) => issue.params);
    expect(columns.map((p) => p.column).sort()).toEqual(["amount", "arrived", "at", "segment", "teller"]);
  });

  it("accepts a column another source declares, with its categories", () => {
    const result = load(
      `  - { name: walk-ins, recorded: { file: day.csv, afterRecording: stop } }
  - { name: online, ratePerHour: 1, attributes: { segment: { categories: { retail: 50%, sme: 50% } } } }
`,
      { "day.csv": "time,segment\n09:00,retail\n10:00,sme\n" },
    );
    expect(issuesOf(result).filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("reads the file with the rules of extends: (folder, regular file, extension)", () => {
    const root = mkdtempSync(join(tmpdir(), "procsim-rec-"));
    const folder = join(root, "model");
    mkdirSync(folder);
    writeFileSync(join(root, "outside.csv"), "time\n09:00\n");
    symlinkSync(join(root, "outside.csv"), join(folder, "linked.csv"));
    execFileSync("mkfifo", [join(folder, "pipe.csv")]);
    const reasons = ["../outside.csv", "linked.csv", "pipe.csv", "day.txt", "missing.csv"].map((file) => {
      const result = load(`  - { name: walk-ins, recorded: { file: ${file} } }\n`, {}, folder);
      return issuesOf(result).find((issue) => issue.code === "recordedFile")?.params.reason;
    });
    expect(reasons).toEqual([
      "it lies outside the model's folder",
      "it lies outside the model's folder",
      "it cannot be read (notAFile)",
      "it is not a .csv file",
      "it cannot be read (fileNotFound)",
    ]);
    const text = loadModelText(HEAD + "  - { name: walk-ins, recorded: { file: day.csv } }\n");
    expect(issuesOf(text).find((issue) => issue.code === "recordedFile")?.params.reason).toContain("no folder");
  });

  it("warns when a recording is shorter than the run and afterRecording is not said", () => {
    const yaml = (after: string) => `  - { name: walk-ins, recorded: { file: day.csv${after} } }\n`;
    const files = { "day.csv": "time\n09:00\n" };
    const longer = (text: string) => text.replace("horizon: 1d", "horizon: 5d");
    const folder = mkdtempSync(join(tmpdir(), "procsim-rec-"));
    writeFileSync(join(folder, "day.csv"), files["day.csv"]);
    writeFileSync(join(folder, "silent.yaml"), longer(HEAD + yaml("")));
    writeFileSync(join(folder, "said.yaml"), longer(HEAD + yaml(", afterRecording: stop")));
    expect(issuesOf(loadModelFile(join(folder, "silent.yaml"))).map((issue) => issue.code)).toContain("recordedShorterThanRun");
    expect(issuesOf(loadModelFile(join(folder, "said.yaml"))).map((issue) => issue.code)).not.toContain("recordedShorterThanRun");
    expect(issuesOf(load(yaml(""), files)).map((issue) => issue.code)).not.toContain("recordedShorterThanRun");
  });
});

describe("source kinds: combinations and counts", () => {
  it("refuses a rate, a rate factor or a group size on a recorded or drop source", () => {
    const result = load(
      `  - { name: walk-ins, ratePerHour: 3, rateFactor: 0.5, recorded: { file: day.csv } }
  - { name: courier, interarrival: 5, groupSize: 2, drops: [{ at: "10:00", count: 3 }] }
`,
      { "day.csv": "time\n09:00\n" },
    );
    const conflicts = issuesOf(result).filter((issue) => issue.code === "sourceKindConflict").map((issue) => issue.path.join("."));
    expect(conflicts.sort()).toEqual(["arrivals.0.rateFactor", "arrivals.0.ratePerHour", "arrivals.1.groupSize", "arrivals.1.interarrival"]);
  });

  it("checks drop times against the opening hours and count shares", () => {
    const result = loadModelText(
      `${HEAD}  - { name: courier, drops: [{ at: "08:00", count: 3 }, { at: "10:00", count: { 1: 50%, 2: 40% } }, { at: "11:00", count: 0 }] }\n`,
    );
    const codes = issuesOf(result).map((issue) => `${issue.code} ${issue.path.join(".")}`);
    expect(codes).toEqual(expect.arrayContaining([
      "dropOutsideHours arrivals.0.drops.0.at",
      "countSharesSum arrivals.0.drops.1.count",
      "countAlwaysZero arrivals.0.drops.2.count",
    ]));
  });
});

describe("typed edits on the source kinds", () => {
  it("refuse to scale a drop source, which has no rate", async () => {
    const { applyEdit } = await import("../../../src/model/overlays/edits.js");
    const loaded = loadModelText(`${HEAD}  - { name: courier, drops: [{ at: "10:00", count: 3 }] }\n`);
    if (!loaded.ok) throw new Error("the model should load");
    expect(() => applyEdit(loaded.model, { kind: "arrivalScale", source: "courier", factor: 2 })).toThrow(/no rate to scale/);
  });
});
