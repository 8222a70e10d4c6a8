// `staff` and `sweep` write a chart folder, not the HTML report of `run` and `compare`: the
// help of --report and --out says what each command writes, and the folder holds exactly
// that (the branch counter scored on one roster, and swept over 4 and 5 tellers).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPORT_FOLDER, STAFF_FOLDER, SWEEP_FOLDER } from "../../../src/cli/report-output.js";

const BIN = resolve("bin/procsim.js");
const BRANCH = resolve("scenarios/branch-counter.yaml");

function procsim(cwd: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, COLUMNS: "400" } });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** The help text with yargs' wrapping undone. */
const helpOf = (cwd: string, command: string): string => procsim(cwd, command, "--help").replace(/\s+/g, " ");

describe("the --report and --out help of each command", () => {
  it("staff: staff.json and two charts, no HTML page and no CSV, as its help says", () => {
    const cwd = mkdtempSync(join(tmpdir(), "procsim-staff-help-"));
    expect(helpOf(cwd, "staff")).toContain(STAFF_FOLDER.report);
    expect(helpOf(cwd, "staff")).toContain(STAFF_FOLDER.out);
    procsim(cwd, "staff", BRANCH, "--evaluate", "5@09:00-17:00", "-r", "2", "--out", "plan", "--no-png");
    expect(readdirSync(join(cwd, "plan")).filter((f) => !f.startsWith(".")).sort()).toEqual(["service-level.svg", "service-level.vl.json", "staff.json", "staffing.svg", "staffing.vl.json"]);
    expect(STAFF_FOLDER.report).toContain("no HTML page, no CSV");
  }, 60_000);

  it("sweep: sweep.json, sweep.csv and the charts, no HTML page, as its help says", () => {
    const cwd = mkdtempSync(join(tmpdir(), "procsim-sweep-help-"));
    expect(helpOf(cwd, "sweep")).toContain(SWEEP_FOLDER.report);
    expect(helpOf(cwd, "sweep")).toContain(SWEEP_FOLDER.out);
    procsim(cwd, "sweep", BRANCH, "--vary", "pools.tellers.capacity=4,5", "-r", "2", "--out", "curve", "--no-png");
    expect(readdirSync(join(cwd, "curve")).filter((f) => !f.startsWith(".")).sort()).toEqual(["frontier.svg", "frontier.vl.json", "sweep-kpis.svg", "sweep-kpis.vl.json", "sweep.csv", "sweep.json"]);
    expect(SWEEP_FOLDER.report).toContain("no HTML page");
  }, 60_000);

  it("run and compare keep the report folder's text, which names index.html", () => {
    const cwd = mkdtempSync(join(tmpdir(), "procsim-run-help-"));
    for (const command of ["run", "compare"]) expect(helpOf(cwd, command)).toContain(REPORT_FOLDER.report);
    expect(REPORT_FOLDER.report).toContain("index.html");
  }, 60_000);
});
