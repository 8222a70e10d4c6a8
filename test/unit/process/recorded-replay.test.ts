/**
 * A trace-driven run reproduces the recorded arrivals exactly: in every replication of the
 * bundled recorded-branch-day example, case k arrives at row k's time (rows sorted by time)
 * with row k's segment, and exactly the rows with cash above 10,000 go to authorisation;
 * only the service times differ between replications. The example also runs end to end.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/model/compile/compile.js";
import { loadModelFile } from "../../../src/model/source/load.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { simulateFile } from "../../../src/api/simulate.js";
import { QuietObserver } from "../../support/theory/recording-observers.js";

const EXAMPLE = resolve(new URL(".", import.meta.url).pathname, "../../../examples/recorded-branch-day.yaml");
const CSV = EXAMPLE.replace(/\.yaml$/, ".csv");
const SEGMENTS = ["retail", "business", "private"];

/** Per case in arrival order: time, segment code, whether it reached authorisation, its counter time. */
class ReplayObserver extends QuietObserver {
  readonly arrivals: number[] = [];
  readonly segments: number[] = [];
  readonly authorised = new Set<number>();
  readonly counterTimes: number[] = [];
  private readonly caseOf: number[] = [];

  override onArrival(t: number, slot: number): void {
    this.caseOf[slot] = this.arrivals.length;
    this.arrivals.push(t);
  }
  override onCategory(_t: number, slot: number, _attribute: number, category: number): void {
    this.segments[this.caseOf[slot]] = category;
  }
  override onStart(_t: number, slot: number, _cls: number, step: number): void {
    if (step === 1) this.authorised.add(this.caseOf[slot]);
  }
  override onFinish(_t: number, slot: number, _cls: number, step: number, duration: number): void {
    if (step === 0) this.counterTimes[this.caseOf[slot]] = duration;
  }
}

/** The CSV rows as the test reads them, independently of the loader. */
function expectedRows(): { time: number; segment: number; large: boolean }[] {
  const rows = readFileSync(CSV, "utf8").trim().split("\n").slice(1).map((line) => {
    const [clock, segment, cash] = line.split(",");
    const [h, m, s] = clock.split(":").map(Number);
    return { time: h * 60 + m + s / 60, segment: SEGMENTS.indexOf(segment), large: cash !== "" && Number(cash) > 10_000 };
  });
  return rows.sort((a, b) => a.time - b.time);
}

describe("a trace-driven run", () => {
  it("reproduces the recorded arrivals and attributes exactly in every replication", () => {
    const loaded = loadModelFile(EXAMPLE);
    if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join("\n"));
    const compiled = compileModel(loaded.model);
    const rows = expectedRows();
    const counterTimes: number[][] = [];
    for (const replication of [0, 1, 2]) {
      const observer = new ReplayObserver();
      runReplication(compiled, replication, { observer });
      expect(observer.arrivals).toEqual(rows.map((row) => row.time));
      expect(observer.segments).toEqual(rows.map((row) => row.segment));
      expect([...observer.authorised].sort((a, b) => a - b)).toEqual(rows.flatMap((row, k) => (row.large ? [k] : [])));
      counterTimes.push(observer.counterTimes);
    }
    expect(rows.length).toBe(139);
    expect(counterTimes[1]).not.toEqual(counterTimes[0]);
    expect(counterTimes[2]).not.toEqual(counterTimes[1]);
  });

  it("runs the example end to end on worker threads", async () => {
    const outcome = await simulateFile(EXAMPLE, { replications: 4, workers: 2 });
    if (!outcome.ok) throw new Error(outcome.issues.map((issue) => issue.message).join("\n"));
    const arrivals = outcome.value.kpis.find((kpi) => kpi.key === "overall/arrivals");
    expect(arrivals?.mean).toBe(139);
  });
});
