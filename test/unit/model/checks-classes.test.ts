/**
 * Patience per class in the model language: `classes:` loads and compiles to each source's
 * patience (its own first), and each problem is located where it is written, all at once.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { expectLocated, issueFor, issuesOf, vary } from "./helpers.js";

const TWO_SOURCES = vary("    ratePerHour: 6\n", "    ratePerHour: 3\n    class: retail\n  - name: branch customers\n    ratePerHour: 3\n    class: retail\n    patience: 4min\n");

describe("classes: patience per class", () => {
  it("compiles to the patience of every source of the class without its own", () => {
    const text = `${TWO_SOURCES}classes:\n  retail: { patience: { exponential: { mean: 2min } } }\n`;
    const result = loadModelText(text, "model.yaml");
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    const sources = compileModel(result.model).sources;
    expect(sources.map((s) => s.patience)).toEqual([{ kind: "exponential", mean: 2 }, { kind: "deterministic", value: 4 }]);
  });

  it("refuses an unknown class at its key, a bad distribution and a patience no source draws — all at once", () => {
    const text = `${TWO_SOURCES}classes:\n  retial: { patience: 2min }\n  customers: { patience: 2min }\n  branch customers: { patience: { exponential: { mean: -1 } } }\n`;
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(false);
    const unknown = issueFor(text, "unknownClass");
    expectLocated(unknown, { path: ["classes", "retial"], text, needle: "retial" });
    expect(unknown.message).toMatch(/did you mean "retail"/);
    expect(issuesOf(result).filter((issue) => issue.code === "unknownClass").map((issue) => issue.path)).toEqual([
      ["classes", "retial"], ["classes", "customers"], ["classes", "branch customers"],
    ]);
  });

  it("refuses a class patience that every source of the class overrides", () => {
    const text = `${vary("    ratePerHour: 6\n", "    ratePerHour: 6\n    patience: 3min\n")}classes:\n  customers: { patience: 2min }\n`;
    const issue = issueFor(text, "classPatienceUnused");
    expectLocated(issue, { path: ["classes", "customers", "patience"], text, needle: "2min" });
    expect(issue.message).toMatch(/every source of the class \("customers"\)|customers/);
  });

  it("checks the distribution's parameters where it is written", () => {
    const text = `${TWO_SOURCES}classes:\n  retail: { patience: { exponential: { mean: -1 } } }\n`;
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(false);
    expect(issuesOf(result).map((issue) => issue.path.slice(0, 3).join("."))).toContain("classes.retail.patience");
  });
});
