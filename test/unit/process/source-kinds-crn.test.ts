/**
 * Common random numbers of drops and groups: a random drop count and a group size are keyed
 * by the source's name and the drop's (day, index) or the group's number, so adding a source
 * (placed first, shifting every index) leaves every arrival of the others where it was.
 */
import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/model/compile/compile.js";
import { loadModelText } from "../../../src/model/source/load.js";
import { ArrivalClock } from "../../../src/process/arrivals.js";
import { CaseDraws } from "../../../src/process/draws.js";
import { buildTimelines } from "../../../src/process/timelines.js";

const SOURCES = `  - { name: courier, drops: [{ at: "10:00", count: { 5: 50%, 9: 50% } }, { at: "15:00", count: { empirical: { values: [1, 2, 3] } } }] }
  - { name: mail room, ratePerHour: 3, groupSize: { 1: 60%, 4: 40% } }
`;

/** The first `n` arrival times of each named source, in replication 2. */
function arrivals(extra: string, names: readonly string[], n = 60): number[][] {
  const loaded = loadModelText(`name: crn
calendar: { open: "09:00", close: "17:00" }
run: { horizon: 20d }
arrivals:
${extra}${SOURCES}steps: [{ name: scan, duration: 1 }]
`);
  if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join("\n"));
  const compiled = compileModel(loaded.model);
  const timelines = buildTimelines(compiled);
  const clock = new ArrivalClock(compiled, new CaseDraws(compiled, 2), timelines.hours, timelines.profiles, 2);
  return names.map((name) => {
    const source = compiled.sources.findIndex((s) => s.name === name);
    const times: number[] = [];
    for (let k = 0, t = 0; k < n; k++) times.push((t = clock.next(source, k, t)));
    return times;
  });
}

describe("drops and groups under common random numbers", () => {
  it("keep every arrival when another source is added before them", () => {
    const names = ["courier", "mail room"];
    const before = arrivals("", names);
    const after = arrivals("  - { name: walk-ins, ratePerHour: 20, groupSize: { 2: 100% } }\n", names);
    expect(after).toEqual(before);
    // The counts really are random: the drops do not all bring the same number of cases.
    const perDrop = new Map<number, number>();
    for (const t of before[0]) perDrop.set(t, (perDrop.get(t) ?? 0) + 1);
    expect(new Set(perDrop.values()).size).toBeGreaterThan(1);
  });
});
