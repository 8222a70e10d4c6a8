// The event log: one record per case and step visit, as CSV or XES, replaying one replication
// of the study. Checked on a hand-computed day, against the replication's own KPIs, and (XES)
// against the structure IEEE 1849-2016 defines, with xmllint.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeEventLog, type EventLogFormat } from "../../../src/api/event-log.js";
import { loadModelFile } from "../../../src/model/source/load.js";
import { simulateSync } from "../../../src/experiment/simulate.js";
import type { Model } from "../../../src/model/compile/model.js";
import { expo, fixed, model, pool, source, step } from "../process/fixtures.js";

const XSD = resolve("test/fixtures/xes/xes-1849.xsd");

function logOf(m: Model, format: EventLogFormat, replication = 0): { text: string; chunks: number } {
  const chunks: string[] = [];
  writeEventLog(m, { format, replication, write: (chunk) => chunks.push(chunk) });
  return { text: chunks.join(""), chunks: chunks.length };
}

function rowsOf(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trim().split("\n");
  const keys = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [keys[i], cell])));
}

/** xmllint's verdict on an XES text against the XES schema (null when xmllint is missing). */
function validateXes(text: string): { valid: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), "procsim-xes-")), "log.xes");
  writeFileSync(file, text);
  const run = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  if (run.error) throw new Error("xmllint is needed for this test (Debian package libxml2-utils)");
  return { valid: run.status === 0, output: run.stderr };
}

const counter = () =>
  model({
    arrivals: [source("walk-in", fixed(10), "serve")],
    resources: [pool("clerks", 1)],
    steps: [step("serve", [["clerks", 1]], fixed(15))],
    run: { maxArrivals: 3 },
  });

describe("event log", () => {
  it("records a hand-computed day visit by visit", () => {
    const rows = rowsOf(logOf(counter(), "csv").text);
    const pick = (r: Record<string, string>) => [r.case, r.step, r.pools, r.outcome, r.reachedMinute, r.startMinute, r.endMinute];
    expect(rows.map(pick)).toEqual([
      ["1", "serve", "clerks", "completed", "10", "10", "25"],
      ["2", "serve", "clerks", "completed", "20", "25", "40"],
      ["3", "serve", "clerks", "completed", "30", "40", "55"],
    ]);
    expect(rows[1].start).toBe("2024-01-01T00:25:00.000Z");
  });

  it("records abandonment as a visit that never started, in the order visits end", () => {
    const impatient = counter();
    const m = { ...impatient, arrivals: [{ ...impatient.arrivals[0], patience: fixed(4) }] };
    const rows = rowsOf(logOf(m, "csv").text);
    expect(rows.map((r) => [r.case, r.outcome, r.startMinute, r.endMinute])).toEqual([
      ["2", "abandoned", "", "24"],
      ["1", "completed", "10", "25"],
      ["3", "completed", "30", "45"],
    ]);
  });

  it("agrees with the replication it replays: completions and mean wait", () => {
    const loaded = loadModelFile("scenarios/branch-counter.yaml");
    if (!loaded.ok) throw new Error("the bundled scenario must load");
    const m = { ...loaded.model, run: { ...loaded.model.run, replications: 3 } };
    const study = simulateSync(m);
    const rows = rowsOf(logOf(m, "csv", 2).text);
    const waits = new Map<string, number>();
    for (const r of rows) waits.set(r.case, (waits.get(r.case) ?? 0) + Number(r.startMinute) - Number(r.reachedMinute));
    const kpis = study.repResults[2].kpis;
    expect(waits.size).toBe(kpis["overall/completions"]);
    const meanWait = [...waits.values()].reduce((a, b) => a + b, 0) / waits.size;
    expect(meanWait).toBeCloseTo(kpis["overall/waitTime.mean"] as number, 9);
  });

  it("writes XES that the IEEE 1849 structure accepts, one trace per case, streamed in chunks", () => {
    const loaded = loadModelFile("scenarios/branch-counter.yaml");
    if (!loaded.ok) throw new Error("the bundled scenario must load");
    const { text, chunks } = logOf(loaded.model, "xes");
    expect(chunks).toBeGreaterThan(1);
    const verdict = validateXes(text);
    expect(verdict.valid, verdict.output).toBe(true);
    expect(text.match(/<trace>/g)?.length).toBe(rowsOf(logOf(loaded.model, "csv").text).filter((r) => r.step === "take ticket").length);
    // The check can fail: an attribute after the events of a trace is not XES.
    expect(validateXes(text.replace("</trace>", '<string key="late" value="x"/></trace>')).valid).toBe(false);
  });

  it("logs the parallel parts of a fork under their case, in valid XES", () => {
    const loaded = loadModelFile("examples/parallel-checks.yaml");
    if (!loaded.ok) throw new Error("the example must load");
    const rows = rowsOf(logOf(loaded.model, "csv").text);
    const stepsByCase = new Map<string, Set<string>>();
    for (const r of rows) stepsByCase.set(r.case, (stepsByCase.get(r.case) ?? new Set()).add(r.step));
    const names = loaded.model.steps.map((s) => s.name);
    const bothChecks = [...stepsByCase.values()].filter((steps) => steps.has("credit check") && steps.has("collateral valuation"));
    expect(bothChecks.length).toBeGreaterThan(stepsByCase.size / 2);
    // A notice's activity is "<step>: <notice>" (late parts of its first-of join).
    for (const steps of stepsByCase.values()) for (const step of steps) expect(names).toContain(step.replace(/: (came back|case left|late part withdrawn)$/, ""));
    expect(rows.some((r) => r.outcome === "case left")).toBe(true);
    expect(validateXes(logOf(loaded.model, "xes").text).valid).toBe(true);
  });

  it("refuses a replication the run does not have", () => {
    expect(() => writeEventLog({ ...counter(), run: { ...counter().run, replications: 2 } }, { format: "csv", replication: 2, write: () => undefined })).toThrow(/0 to 1/);
  });

  it("keeps cases still in the process at the end, as in progress", () => {
    const busy = model({
      arrivals: [source("walk-in", expo(1), "serve")],
      resources: [pool("clerks", 1)],
      steps: [step("serve", [["clerks", 1]], fixed(5))],
      run: { horizon: 60, study: "steadyState" },
    });
    const xes = logOf(busy, "xes").text;
    expect(xes).toContain('<string key="procsim:outcome" value="in progress"/>');
    expect(validateXes(xes).valid).toBe(true);
  });
});
