/**
 * Unplanned downtime in the model language: normalised to minutes with its default rule, and
 * the located problems (an up time with mean 0, a negative parameter, an unknown rule).
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { expectLocated, issueFor, issuesOf, vary } from "./helpers.js";

const DOWN = vary("  clerks: { capacity: 2, costPerHour: 30 }", "  clerks:\n    capacity: 2\n    downtime: { between: { exponential: { mean: 8h } }, repair: 20min }");

describe("downtime", () => {
  it("normalises to minutes, resumes by default, and compiles per pool", () => {
    const result = loadModelText(DOWN, "model.yaml");
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    expect(result.model.resources[0].downtime).toEqual({
      between: { kind: "exponential", mean: 480 }, repair: { kind: "deterministic", value: 20 }, outages: null, interrupted: "resume",
      path: ["resources", "clerks", "downtime"],
    });
    const downtime = compileModel(result.model).downtime;
    expect(downtime && Array.from(downtime.fails)).toEqual([1]);
  });

  it("scheduled outages normalise to minutes; out of order, or mixed with between, are errors", () => {
    let text = vary("{ between: { exponential: { mean: 8h } }, repair: 20min }", "{ outages: [ { from: 30h, to: 32h }, { from: 31h, to: 33h } ] }", DOWN);
    expectLocated(issueFor(text, "outageOrder"), { path: ["resources", "clerks", "downtime", "outages", 1], text, needle: "{ from: 31h" });
    text = vary("repair: 20min }", "repair: 20min, outages: [ { from: 1h, to: 2h } ] }", DOWN);
    expectLocated(issueFor(text, "downtimeForm"), { path: ["resources", "clerks", "downtime"], text, needle: "{ between" });
    const result = loadModelText(vary("{ between: { exponential: { mean: 8h } }, repair: 20min }", "{ outages: [ { from: 30h, to: 32h } ] }", DOWN), "model.yaml");
    expect(result.ok && result.model.resources[0].downtime?.outages).toEqual([{ from: 1800, to: 1920 }]);
  });

  it("an up time with mean 0 is an error at between", () => {
    const text = vary("between: { exponential: { mean: 8h } }", "between: 0", DOWN);
    expectLocated(issueFor(text, "tooSmall"), { path: ["resources", "clerks", "downtime", "between"], text, needle: "0, repair" });
  });

  it("a bad repair parameter is an error in repair; an unknown rule at interrupted", () => {
    let text = vary("repair: 20min }", "repair: { uniform: { min: 30, max: 10 } } }", DOWN);
    const paths = issuesOf(loadModelText(text, "model.yaml")).map((i) => i.path.join("."));
    expect(paths.some((p) => p.startsWith("resources.clerks.downtime.repair.uniform"))).toBe(true);
    text = vary("repair: 20min }", "repair: 20min, interrupted: resend }", DOWN);
    expect(issuesOf(loadModelText(text, "model.yaml")).map((i) => `${i.code}@${i.path.join(".")}`)).toContain("badEnum@resources.clerks.downtime.interrupted");
  });
});
