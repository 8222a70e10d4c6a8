/**
 * Every bundled scenario validates: full models load with no issue at all (not even a
 * warning), point editors at the schema, and proposal files load through their base.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/model/source/issues.js";
import { loadModelFile } from "../../src/model/source/load.js";
import { loadAnyModelFile } from "../../src/model/overlays/load.js";

const DIR = resolve(new URL(".", import.meta.url).pathname, "../../scenarios");
const ALL = readdirSync(DIR).filter((name) => name.endsWith(".yaml")).sort();
const isProposal = (name: string) => /-proposed/.test(name);
const FULL = ALL.filter((name) => !isProposal(name));

describe("bundled scenarios validate", () => {
  it("include the four reference processes", () => {
    expect(FULL).toEqual(expect.arrayContaining(["account-opening.yaml", "branch-counter.yaml", "call-centre.yaml", "loan-factory.yaml"]));
  });

  it.each(FULL)("%s loads with no errors and no warnings", (name) => {
    const result = loadModelFile(join(DIR, name));
    const issues = result.ok ? result.warnings : result.issues;
    expect(issues.map(formatIssue)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(FULL)("%s starts with the schema line for editors", (name) => {
    expect(readFileSync(join(DIR, name), "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../docs/procsim.schema.json");
  });

  it.each(ALL.filter(isProposal))("proposal %s loads through its base", (name) => {
    const result = loadAnyModelFile(join(DIR, name));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it("the branch counter is the planner's day: shifts with a lunch peak and an 80%-in-5-minutes target", () => {
    const result = loadModelFile(join(DIR, "branch-counter.yaml"));
    if (!result.ok) throw new Error("branch-counter.yaml is invalid");
    const { model } = result;
    expect(model.run.study).toBe("terminating");
    expect(model.calendar).toMatchObject({ always: false, open: 540, close: 1020 });
    const tellers = model.resources.find((pool) => pool.name === "tellers");
    const lunch = tellers?.shifts?.find((shift) => shift.from === 660 && shift.to === 840);
    expect(lunch?.capacity).toBeGreaterThan(Math.max(...(tellers?.shifts ?? []).filter((s) => s !== lunch).map((s) => s.capacity)));
    expect(model.serviceLevels[0]).toMatchObject({ maxWait: 5, target: 0.8 });
  });
});
