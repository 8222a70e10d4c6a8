// A chart folder (sweep, tornado, staff) is replaced whole: a write that fails half-way
// leaves the earlier folder byte for byte, with the files a user kept there.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeChartFolder } from "../../../src/report/write-charts.js";

const OWNER = { command: "sweep", name: "Branch counter" };

describe("chart folders are written atomically", () => {
  it("a failed rewrite leaves the earlier folder unchanged", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "procsim-charts-"));
    const dir = join(cwd, "sweep");
    const first = await writeChartFolder("sweep", { "sweep.json": "{}\n", "sweep.csv": "point,key\n" }, [], OWNER, { outDir: dir, cwd, png: false });
    expect(first.ok).toBe(true);
    writeFileSync(join(dir, "notes.txt"), "kept by the user");
    const before = readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]);
    const failed = await writeChartFolder("sweep", { "sweep.json": "[]\n", "missing-folder/sweep.csv": "x" }, [], OWNER, { outDir: dir, cwd, png: false });
    expect(failed.ok).toBe(false);
    expect(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")])).toEqual(before);
    expect(readdirSync(cwd)).toEqual(["sweep"]);
  });
});
