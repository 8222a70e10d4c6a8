/**
 * A batch step's rules in the assumptions table: "every 20 or at 12:00, 16:45", so a
 * proposal that moves the sweeps shows as a changed input.
 */
import { describe, expect, it } from "vitest";
import { batchRuleText } from "../../../src/api/batch-text.js";
import { assumptionRows } from "../../../src/report/assumptions.js";
import type { ModelFacts } from "../../../src/report/model-facts.js";

describe("batch rules in words", () => {
  it("lists size, times and maximum wait with how the time is counted", () => {
    expect(batchRuleText({ size: 20, at: [960], maxWait: null, durationPer: "batch", path: [] })).toBe("every 20 or at 16:00 (one time per batch)");
    expect(batchRuleText({ size: null, at: [720, 1005], maxWait: 120, durationPer: "item", path: [] })).toBe("at 12:00, 16:45 or after 2 h at most (time per case)");
    expect(batchRuleText({ size: 7, at: [], maxWait: null, durationPer: "batch", path: [] })).toBe("every 7 (one time per batch)");
  });

  it("a changed batch rule is a changed assumption row; a model without batch steps has none", () => {
    const base: ModelFacts = {
      name: "m", description: "", currency: null, study: "terminating", horizon: 480, warmup: 0, replications: 2, seed: 1,
      calendar: { always: true, open: 0, close: 1440, days: [true, true, true, true, true, true, true] }, endOfDayRules: [], closingSteps: [],
      arrivals: [], pools: [], targets: [], fixedCostPerDay: 0,
      steps: [{ name: "file", resources: [], meanMinutes: 15, next: [{ to: "exit", p: 1 }], batch: "every 20 (one time per batch)" }],
    };
    const moved = { ...base, steps: [{ ...base.steps[0], batch: "every 20 or at 16:00 (one time per batch)" }] };
    const row = assumptionRows([base, moved]).find((r) => r.label === "Batches: file");
    expect(row).toEqual({ label: "Batches: file", values: ["every 20 (one time per batch)", "every 20 or at 16:00 (one time per batch)"], changed: true });
    const plain = { ...base, steps: [{ name: "file", resources: [], meanMinutes: 15, next: [{ to: "exit", p: 1 }] }] };
    expect(assumptionRows([plain]).some((r) => r.label.startsWith("Batches"))).toBe(false);
  });
});
