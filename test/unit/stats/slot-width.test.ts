/**
 * `run.slot`: the width of the through-the-day slots, 15, 30 or 60 minutes, validated.
 */
import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/model/compile/compile.js";
import { collectorLayoutOf } from "../../../src/experiment/collector-layout.js";
import { loadModelText } from "../../../src/model/source/load.js";

const MODEL = `name: slots
run: { horizon: 8h, replications: 2, slot: SLOT }
arrivals:
  - { name: customers, ratePerHour: 6 }
resources:
  clerks: { capacity: 2 }
steps:
  - { name: intake, resource: clerks, duration: { exponential: { mean: 5 } } }
`;

describe("run.slot", () => {
  it.each([["15min", 15], ["30min", 30], ["60min", 60], ["1h", 60]])("slot %s gives %i-minute time-of-day slots", (slot, minutes) => {
    const loaded = loadModelText(MODEL.replace("SLOT", slot), "slots.yaml");
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("; "));
    expect(collectorLayoutOf(compileModel(loaded.model)).timeOfDayBinMinutes).toBe(minutes);
  });

  it("defaults to 60 minutes", () => {
    const loaded = loadModelText(MODEL.replace(", slot: SLOT", ""), "slots.yaml");
    if (!loaded.ok) throw new Error("invalid");
    expect(collectorLayoutOf(compileModel(loaded.model)).timeOfDayBinMinutes).toBe(60);
  });

  it("rejects another width with a located error that lists the valid ones", () => {
    const loaded = loadModelText(MODEL.replace("SLOT", "20min"), "slots.yaml");
    expect(loaded.ok).toBe(false);
    const issue = loaded.ok ? null : loaded.issues.find((i) => i.path.join(".") === "run.slot");
    expect(issue?.message).toMatch(/15min/);
    expect(issue?.line).toBe(2);
  });
});
