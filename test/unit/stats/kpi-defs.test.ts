/** The KPI catalogue: keys, order, labels, and keys that parse back to their definitions. */
import { describe, expect, it } from "vitest";
import { kpiDef, kpiDefsFor, kpiDefsFromKeys, kpiKey, parseKpiKey } from "../../../src/stats/kpi-defs.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";

const LAYOUT: CollectorLayout = {
  warmup: 0,
  classes: ["walk-in"],
  steps: ["data entry", "review/approve"],
  pools: [{ name: "clerks", costPerHour: 30 }],
  serviceLevels: [{ name: "80% in 5 min", cls: -1, step: -1, maxWait: 5, target: 0.8 }],
  timeOfDayBinMinutes: 60,
  fixedCostPerDay: 0,
};

describe("KPI catalogue", () => {
  const defs = kpiDefsFor(LAYOUT);

  it("lists overall, class, step, pool and service-level KPIs in that order, keys unique", () => {
    const scopes = defs.map((d) => d.scope);
    expect(scopes.indexOf("class")).toBeGreaterThan(scopes.lastIndexOf("overall"));
    expect(scopes.indexOf("step")).toBeGreaterThan(scopes.lastIndexOf("class"));
    expect(scopes.indexOf("pool")).toBeGreaterThan(scopes.lastIndexOf("step"));
    expect(scopes.indexOf("serviceLevel")).toBeGreaterThan(scopes.lastIndexOf("pool"));
    expect(new Set(defs.map((d) => d.key)).size).toBe(defs.length);
    expect(defs).toHaveLength((30 + 2) + (25 + 1) + 2 * (6 + 4) + (9 + 2) + 5);
  });

  it("writes keys as scope/subject/metric (overall/metric for the overall scope)", () => {
    expect(kpiKey("overall", "", "waitTime.mean")).toBe("overall/waitTime.mean");
    expect(kpiKey("step", "data entry", "queue.mean")).toBe("step/data entry/queue.mean");
    expect(defs.find((d) => d.key === "pool/clerks/utilisation")).toEqual({
      key: "pool/clerks/utilisation",
      scope: "pool",
      subject: "clerks",
      metric: "utilisation",
      label: "Utilisation of clerks (busy ÷ available time)",
      unit: "share",
      better: "neither",
    });
    expect(kpiDef("class", "walk-in", "waitTime.mean")?.label).toBe("Mean wait of served cases (class walk-in)");
    expect(kpiDef("step", "x", "no.such.metric")).toBeNull();
  });

  it("parses keys back, subjects containing '/' included", () => {
    expect(parseKpiKey("step/review/approve/waitTime.mean")).toEqual({ scope: "step", subject: "review/approve", metric: "waitTime.mean" });
    expect(parseKpiKey("overall/cost.total")).toEqual({ scope: "overall", subject: "", metric: "cost.total" });
    expect(parseKpiKey("nonsense")).toBeNull();
    expect(parseKpiKey("planet/x/y")).toBeNull();
    expect(kpiDefsFromKeys(defs.map((d) => d.key))).toEqual(defs);
  });
});
