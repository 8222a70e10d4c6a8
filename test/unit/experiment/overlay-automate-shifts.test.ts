// automateStep onto an existing pool with shifts: the bots' capacity replaces the shift plan, as
// setCapacity's does (it used to be written beside the shifts, which won, so nothing changed).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { compare } from "../../../src/experiment/compare.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import type { Model } from "../../../src/model/compile/model.js";
import { applyProposalText } from "./overlay-helpers.js";

const { dir, write } = scratchFolder("procsim-automate-");

/** Account opening: clerks 3 in the morning, 2 in the afternoon; applications every 15 min on average. */
const BASE = `name: account opening
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 5d, replications: 20, seed: 5 }
arrivals:
  - { name: apps, interarrival: { exponential: { mean: 15min } } }
resources:
  clerks:
    costPerHour: 30
    shifts:
      - { from: "09:00", to: "12:00", capacity: 3 }
      - { from: "12:00", to: "17:00", capacity: 2 }
  team leads: { capacity: 1, costPerHour: 50 }
steps:
  - { name: data entry, resource: clerks, duration: 20min }
  - { name: approval, resource: team leads, duration: 10min }
`;
write("current.yaml", BASE);

function load(path: string): Model {
  const loaded = loadAnyModelFile(path);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.model;
}

describe("automateStep onto an existing pool with shifts", () => {
  it("replaces the shift plan with the capacity, as setCapacity does", () => {
    const { model, drafts } = applyProposalText(BASE, "extends: base.yaml\nname: p\nchanges:\n  - automateStep: { step: data entry, pool: clerks, capacity: 6, duration: 20min }\n");
    expect(drafts).toEqual([]);
    expect(model.resources?.clerks).toEqual({ costPerHour: 30, capacity: 6 });
  });

  it("keeps the shift plan when no capacity is given", () => {
    const { model } = applyProposalText(BASE, "extends: base.yaml\nname: p\nchanges:\n  - automateStep: { step: data entry, pool: clerks, duration: 10min }\n");
    expect(model.resources?.clerks).toMatchObject({ shifts: [{ capacity: 3 }, { capacity: 2 }] });
    expect(model.resources?.clerks).not.toHaveProperty("capacity");
  });

  it("loads to the very model setCapacity gives (same duration, same pool)", () => {
    const automated = load(write("auto.yaml", "extends: current.yaml\nname: p\nchanges:\n  - automateStep: { step: data entry, pool: clerks, capacity: 6, duration: 20min }\n"));
    const set = load(write("set.yaml", "extends: current.yaml\nname: p\nchanges:\n  - setCapacity: { resource: clerks, capacity: 6 }\n"));
    expect({ ...automated, sourceFile: null }).toEqual({ ...set, sourceFile: null });
  });

  it("the comparison shows the new headcount: 6 × 8 h × 5 days of clerks, occupancy λ·E[S]/6", async () => {
    const current = load(join(dir, "current.yaml"));
    const proposal = load(write("auto2.yaml", "extends: current.yaml\nname: p\nchanges:\n  - automateStep: { step: data entry, pool: clerks, capacity: 6, duration: 20min }\n"));
    const result = await compare(current, [proposal], { workers: 1 });
    const kpi = (run: typeof result.current, key: string) => run.kpis.find((k) => k.key === key);
    // Shifts give (3 × 3 h + 2 × 5 h) × 5 days = 95 staff hours; a flat 6 over the 8-hour day
    // 240. (The KPI runs on a little while the last case of the run is finished: 1–2 % more.)
    const hours = (run: typeof result.current) => kpi(run, "pool/clerks/staffHours")?.mean as number;
    expect(hours(result.current)).toBeGreaterThanOrEqual(95);
    expect(hours(result.current)).toBeLessThan(95 * 1.02);
    expect(hours(result.proposals[0].result)).toBeGreaterThanOrEqual(240);
    expect(hours(result.proposals[0].result)).toBeLessThan(240 * 1.02);
    // Occupancy (busy ÷ rostered): offered load 4/h × 1/3 h = 4/3 clerk on 6 clerks = 2/9
    // (on the shifts it would be 4/3 ÷ 2.375 = 0.56). Work past 17:00 of cases arriving in the
    // last 20 minutes moves at most 4/h × 1/3 h × 10 min ÷ 480 min ≈ 0.3 % either way.
    const occupancy = kpi(result.proposals[0].result, "pool/clerks/occupancy");
    const halfWidth = occupancy?.halfWidth as number;
    expect(halfWidth).toBeGreaterThan(0);
    expect(halfWidth).toBeLessThan(0.02);
    expect(Math.abs((occupancy?.mean as number) - 2 / 9)).toBeLessThan(halfWidth + 0.003);
  });
});
