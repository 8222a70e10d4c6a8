/**
 * Case attributes have no effect yet: a model that declares them is warned, at the
 * `attributes` key of each declaring source, and still runs.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { BASE, expectLocated, issueFor, vary } from "./helpers.js";

describe("case attributes", () => {
  const text = vary("    ratePerHour: 6\n", "    ratePerHour: 6\n    attributes:\n      amount: { lognormal: { mean: 25000, sd: 15000 } }\n      pages: 3\n");

  it("are warned about, located at the attributes key, naming them", () => {
    const issue = issueFor(text, "attributesIgnored");
    expectLocated(issue, { severity: "warning", path: ["arrivals", 0, "attributes"], text, needle: "attributes:" });
    expect(issue.message).toMatch(/^case attributes amount, pages have no effect yet/);
  });

  it("do not stop the model from loading", () => {
    expect(loadModelText(text, "model.yaml").ok).toBe(true);
  });

  it("a model without attributes gets no such warning", () => {
    const result = loadModelText(BASE, "model.yaml");
    expect(result.ok && result.warnings.map((issue) => issue.code)).toEqual([]);
  });
});
