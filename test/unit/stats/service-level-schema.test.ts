/**
 * Service-level targets in the model language: waiting-time or turnaround thresholds, on the
 * elapsed or the working clock, validated with located errors.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";

const MODEL = `name: back office
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 20d, warmup: 2d }
arrivals:
  - { name: files, ratePerHour: 2 }
resources:
  clerks: { capacity: 2 }
steps:
  - { name: entry, resource: clerks, duration: { exponential: { mean: 30 } } }
serviceLevels:
  - LEVEL
`;
const load = (level: string) => loadModelText(MODEL.replace("LEVEL", level), "office.yaml");

describe("service levels", () => {
  it("accepts a turnaround target on the working clock and names it", () => {
    const loaded = load("{ maxCycleTime: 4h, clock: working, target: 90% }");
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("; "));
    expect(loaded.model.serviceLevels[0]).toMatchObject({ name: "90% done ≤ 4h working time", maxWait: 240, measure: "cycleTime", clock: "working" });
  });

  it("keeps a waiting-time target on the elapsed clock as before", () => {
    const loaded = load("{ maxWait: 5min, target: 80%, step: entry }");
    if (!loaded.ok) throw new Error("invalid");
    expect(loaded.model.serviceLevels[0]).toEqual({ name: "80% wait ≤ 5min (at entry)", class: null, step: "entry", maxWait: 5, target: 0.8, path: ["serviceLevels", 0] });
  });

  it.each([
    ["{ target: 80% }", "serviceLevels[0]", /exactly one of maxWait/],
    ["{ maxWait: 5min, maxCycleTime: 4h, target: 80% }", "serviceLevels[0]", /exactly one of maxWait/],
    ["{ maxCycleTime: 4h, target: 80%, step: entry }", "serviceLevels[0].step", /whole visit/],
    ["{ maxWait: 5min, target: 80%, clock: business }", "serviceLevels[0].clock", /working/],
  ])("rejects %s at %s", (level, where, message) => {
    const loaded = load(level);
    expect(loaded.ok).toBe(false);
    const issue = loaded.ok ? null : loaded.issues.find((i) => i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("").slice(1) === where);
    expect(issue?.message).toMatch(message);
  });
});
