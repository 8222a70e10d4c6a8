/**
 * Every bundled scenario runs, not only validates: each full model for two replications, and
 * each proposal compared with the model it extends on the same two replications. A model that
 * loads but fails at run time (an unstable pool, an endless rework loop) fails here, and so
 * does a terminal table of every KPI that runs past 100 columns.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { simulateFile } from "../../src/api/simulate.js";
import { compareFiles } from "../../src/api/compare.js";
import type { RunResult } from "../../src/stats/result-types.js";
import { formatComparisonTables, formatRunTable } from "../../src/cli/tables.js";
import { displayWidth } from "../../src/report/table-text.js";

const DIR = resolve(new URL(".", import.meta.url).pathname, "../../scenarios");
const ALL = readdirSync(DIR).filter((name) => name.endsWith(".yaml")).sort();
const PROPOSALS = ALL.filter((name) => /^extends:/m.test(readFileSync(join(DIR, name), "utf8")));
const FULL = ALL.filter((name) => !PROPOSALS.includes(name));
const BRIEF = { replications: 2, workers: 1 } as const;
const WIDTH = 100;

const widest = (text: string) => Math.max(...text.split("\n").map(displayWidth));

function baseOf(proposal: string): string {
  const match = /^extends:\s*(\S+)/m.exec(readFileSync(join(DIR, proposal), "utf8"));
  if (!match) throw new Error(`${proposal} has no extends: line`);
  return match[1];
}

/** A run that served customers and has a summary for every KPI it defines. */
function expectServed(result: RunResult): void {
  expect(result.replications).toBe(BRIEF.replications);
  expect(result.kpis.map((k) => k.key)).toEqual(result.kpiDefs.map((d) => d.key));
  const completions = result.kpis.find((k) => k.key === "overall/completions");
  expect(completions?.mean).toBeGreaterThan(0);
}

describe("bundled scenarios run", () => {
  it("every file is either a full model or a proposal", () => {
    expect(FULL.length).toBeGreaterThanOrEqual(4);
    expect(PROPOSALS.length + FULL.length).toBe(ALL.length);
  });

  it.each(FULL)("%s runs two replications", async (name) => {
    const outcome = await simulateFile(join(DIR, name), BRIEF);
    if (!outcome.ok) throw new Error(outcome.issues.map((issue) => issue.message).join("\n"));
    expectServed(outcome.value);
    expect(widest(formatRunTable(outcome.value, true, WIDTH))).toBeLessThanOrEqual(WIDTH);
  });

  it.each(PROPOSALS)("%s is compared with the model it extends", async (name) => {
    const outcome = await compareFiles(join(DIR, baseOf(name)), [join(DIR, name)], BRIEF);
    if (!outcome.ok) throw new Error(outcome.issues.map((issue) => issue.message).join("\n"));
    const [proposal] = outcome.value.proposals;
    expectServed(proposal.result);
    const currentKeys = outcome.value.current.kpiDefs.map((d) => d.key);
    expect(proposal.differences.map((d) => d.key)).toEqual(currentKeys.filter((key) => proposal.result.kpiDefs.some((d) => d.key === key)));
    expect(widest(formatComparisonTables(outcome.value, true, WIDTH))).toBeLessThanOrEqual(WIDTH);
  });
});
