/**
 * The model's currency: an ISO 4217 code carried into the model, refused with a located
 * error when it is not one.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";

const BASE = readFileSync("scenarios/branch-counter.yaml", "utf8").replace(/^currency:.*$/m, "");

describe("currency", () => {
  it("is carried into the model, and absent when not given", () => {
    const loaded = loadModelText(`${BASE}\ncurrency: CNY\n`, "m.yaml");
    expect(loaded.ok && loaded.model.currency).toBe("CNY");
    const plain = loadModelText(BASE, "m.yaml");
    expect(plain.ok && plain.model.currency).toBeUndefined();
  });

  it.each(["cny", "RMB", "YUAN"])("refuses %s with a located error", (code) => {
    const loaded = loadModelText(`${BASE}\ncurrency: ${code}\n`, "m.yaml");
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const issue = loaded.issues.find((i) => i.path.join(".") === "currency");
    expect(issue?.line).toBeGreaterThan(1);
    expect(issue?.message).toMatch(/ISO 4217/);
  });
});
