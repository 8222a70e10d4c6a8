// Where a replication's observation starts (experiment/observation-start.ts): after the
// warm-up and not before anything can happen, so a one-day branch's time averages are taken
// over its day, not over the night before it opens.
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { loadModels } from "../../../src/api/simulate.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import type { CompiledModel } from "../../../src/model/compile/compiled.js";
import { observationStart } from "../../../src/experiment/observation-start.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { timelinesOf } from "../../../src/process/timelines.js";

/** A counter model with the given calendar, tellers' block and run settings. */
function counter(calendar: string, tellers: string, run = "{ horizon: 1d, replications: 2, seed: 1 }"): CompiledModel {
  const text = `name: counter
timeUnit: min
${calendar}
run: ${run}
arrivals:
  - { name: walk-in, ratePerHour: 30, start: counter }
resources:
  tellers: ${tellers}
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 4 } } }
`;
  const loaded = loadModelText(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return compileModel(loaded.model);
}

const start = (compiled: CompiledModel) => observationStart(compiled, timelinesOf(compiled));

describe("observation start", () => {
  it("is the first opening of a calendar that opens at 09:00", () => {
    expect(start(counter('calendar: { open: "09:00", close: "17:00", days: weekdays }', "{ capacity: 3 }"))).toBe(540);
  });

  it("is the first rostered minute of a pool whose shift starts before opening", () => {
    const shifts = '{ capacity: 3, shifts: [{ from: "08:30", to: "17:00", capacity: 3 }] }';
    expect(start(counter('calendar: { open: "09:00", close: "17:00", days: weekdays }', shifts))).toBe(510);
  });

  it("is 0 around the clock, and the warm-up when that comes later", () => {
    expect(start(counter("", "{ capacity: 3 }"))).toBe(0);
    const withWarmup = counter('calendar: { open: "09:00", close: "17:00", days: weekdays }', "{ capacity: 3 }", "{ horizon: 3d, warmup: 1d, replications: 2, seed: 1, study: steadyState }");
    expect(start(withWarmup)).toBe(1440);
  });

  it("makes a one-day branch's mean cases in process obey Little's law over its day", () => {
    // Sample path: every customer arrives after opening and has left by the end of the
    // replication, so the area under the number in process equals the sum of cycle times.
    const loaded = loadModels(["scenarios/branch-counter.yaml"]);
    if (!loaded.ok) throw new Error("the bundled scenario must load");
    const compiled = compileModel(loaded.value[0]);
    const from = start(compiled);
    expect(from).toBe(540);
    for (const replication of [0, 1, 2]) {
      const { kpis, endTime } = runReplication(compiled, replication);
      const area = (kpis["overall/wip.mean"] as number) * (endTime - from);
      const cycles = (kpis["overall/completed"] ?? kpis["overall/arrivals"] as number) * (kpis["overall/cycleTime.mean"] as number);
      expect(Math.abs(area - cycles)).toBeLessThan(1e-9 * cycles);
      // Rostered 5, 8 and 5 tellers over 09:00–17:00: 49 staff hours over the day from 09:00
      // to 17:00, or to the last departure when tellers serve the queue past closing.
      const day = Math.max(endTime, 17 * 60) - from;
      expect(kpis["pool/tellers/staffHours"]).toBe(49);
      expect(kpis["pool/tellers/capacity.mean"]).toBeCloseTo((49 * 60) / day, 9);
    }
  });
});
