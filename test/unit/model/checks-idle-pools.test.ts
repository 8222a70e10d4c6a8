/**
 * A paid pool that performs no step is warned about with its pay per working day, and a
 * proposal that leaves a pool so is warned at the change that did it. Three team leads at 50
 * an hour, open 09:00–17:00, with no step: 3 × 8 h × 50 = 1200 a working day, which is what the
 * run's cost KPI for them counts on a one-day run.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { simulateSync } from "../../../src/experiment/simulate.js";
import { kpiSummary } from "../../../src/report/kpi-lookup.js";
import { modelFactsOf } from "../../../src/api/model-facts.js";
import { runCaveats } from "../../../src/report/caveats.js";
import { inLanguage } from "../../../src/report/i18n/language.js";

const UNUSED = `name: Unused pool
calendar: { open: "09:00", close: "17:00" }
run: { horizon: 1d, replications: 2, seed: 1, study: terminating }
arrivals:
  - { name: a, ratePerHour: 2 }
resources:
  clerks: { capacity: 1, costPerHour: 30 }
  team leads: { capacity: 3, costPerHour: 50 }
  volunteers: { capacity: 2 }
steps:
  - { name: s, resource: clerks, duration: 10min }
`;

const TEAM_LEADS = 'pool "team leads" performs no step but costs 1200 a working day (24 server-hours at 50 an hour), all of it idle, and the cost KPIs count it; remove the pool, set its capacity to 0, or give it a step';

describe("a pool that performs no step", () => {
  it("is warned about at the pool with its pay a working day, which the run's cost counts; an unpaid one is not", () => {
    const loaded = loadModelText(UNUSED, "unused.yaml");
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
    expect(loaded.warnings.map((w) => `${w.line}:${w.column} ${w.path.join(".")}: ${w.message}`)).toEqual([`8:15 resources.team leads: ${TEAM_LEADS}`]);
    const result = simulateSync(loaded.model);
    expect(kpiSummary(result.kpis, "pool/team leads/cost.total")?.mean).toBeCloseTo(1200, 9);
    expect(runCaveats(result, modelFactsOf(loaded.model))).toContain(`resources["team leads"]: ${TEAM_LEADS}`);
    const zh = inLanguage("zh", () => runCaveats(result, modelFactsOf(loaded.model)));
    expect(zh).toContain('resources["team leads"]：资源池“team leads”不承担任何步骤，却每个工作日花费 1200（24 服务小时，每小时 50），全部为空闲时间，并计入成本 KPI；请删除该资源池、将其容量设为 0，或为它安排步骤。');
  });

  it("a pool only a servedBy option or a seize uses performs a step", () => {
    const served = UNUSED.replace("  - { name: s, resource: clerks, duration: 10min }", "  - { name: s, servedBy: [ { resource: clerks }, { resource: team leads } ], duration: 10min }");
    const loaded = loadModelText(served, "served.yaml");
    expect(loaded.ok && loaded.warnings.map((w) => w.code)).toEqual([]);
  });

  it("in a proposal, is warned about at the change that took its last step away", () => {
    const dir = mkdtempSync(join(tmpdir(), "procsim-idle-"));
    writeFileSync(join(dir, "current.yaml"), `name: Account opening today
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 5d, replications: 3, seed: 5 }
arrivals:
  - { name: apps, interarrival: 15min }
resources:
  clerks:
    costPerHour: 30
    shifts:
      - { from: "09:00", to: "12:00", capacity: 3 }
      - { from: "12:00", to: "17:00", capacity: 2 }
  team leads: { capacity: 1, costPerHour: 50 }
  managers: { capacity: 1, costPerHour: 80 }
steps:
  - { name: data entry, resource: clerks, duration: 20min }
  - { name: first approval, resource: team leads, duration: 10min }
  - { name: second approval, resource: managers, duration: 10min }
`);
    writeFileSync(join(dir, "proposed.yaml"), `extends: current.yaml
name: RPA and one approval level
changes:
  - automateStep: { step: data entry, pool: bots, capacity: 2, costPerHour: 5, calendar: always, duration: 2min }
  - removeStep: { step: first approval }
`);
    const current = loadAnyModelFile(join(dir, "current.yaml"));
    expect(current.ok && current.warnings).toEqual([]);
    const proposed = loadAnyModelFile(join(dir, "proposed.yaml"));
    if (!proposed.ok) throw new Error(proposed.issues.map((i) => i.message).join("\n"));
    expect(proposed.warnings.map((w) => `proposed.yaml:${w.line}:${w.column} ${w.path.join(".")}: ${w.message.split(" (")[0]}`)).toEqual([
      'proposed.yaml:4:5 changes.0.automateStep: pool "clerks" performs no step but costs 570 a working day',
      'proposed.yaml:5:5 changes.1.removeStep: pool "team leads" performs no step but costs 400 a working day',
    ]);
    expect(proposed.warnings.every((w) => w.file === join(dir, "proposed.yaml"))).toBe(true);
  });
});
