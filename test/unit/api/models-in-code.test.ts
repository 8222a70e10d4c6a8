// Models changed in code: the YAML-shaped document is the editing surface (maps by name, units
// as written) and goes through the same schema as a file; checkModel never crashes, whatever
// shape it is given, and finds a negative capacity in either shape.
import { describe, expect, it } from "vitest";
import { checkModel, loadAnyModelFile, loadModelObject, readModelDocument, type ModelDocument } from "../../../src/index.js";
import type { Model } from "../../../src/model/compile/model.js";

const BRANCH = new URL("../../../scenarios/branch-counter.yaml", import.meta.url).pathname;
const PROPOSAL = new URL("../../../scenarios/account-opening-rpa-proposed.yaml", import.meta.url).pathname;

function document(path: string): Record<string, unknown> {
  const read = readModelDocument(path);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join("\n"));
  return read.document;
}

function normalised(path: string): Model {
  const loaded = loadAnyModelFile(path);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.model;
}

describe("a model document edited in code", () => {
  it("is the YAML as written, and loads to the same model as the file", () => {
    const doc = document(BRANCH) as { resources: Record<string, { capacity: number }>; run: { horizon: string } };
    expect(doc.resources.tellers.capacity).toBe(8);
    expect(doc.run.horizon).toBe("1d");
    const loaded = loadModelObject(doc, BRANCH);
    expect(loaded.ok && JSON.stringify(loaded.model)).toBe(JSON.stringify(normalised(BRANCH)));
  });

  it("changes staffing with a unit-bearing value and runs the schema on it", () => {
    const doc = document(BRANCH) as { resources: Record<string, { capacity: number }>; steps: { name: string; duration?: unknown }[] };
    doc.resources.tellers.capacity = 10;
    doc.steps[0].duration = "45s";
    expect(checkModel(doc as ModelDocument).filter((i) => i.severity === "error")).toEqual([]);
    const loaded = loadModelObject(doc);
    expect(loaded.ok && loaded.model.resources.find((p) => p.name === "tellers")?.capacity).toBe(10);
  });

  it("reports a negative capacity by path, as a file would", () => {
    const doc = document(BRANCH) as { resources: Record<string, { capacity: number }> };
    doc.resources.tellers.capacity = -1;
    const issues = checkModel(doc as ModelDocument);
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([["resources.tellers.capacity", "tooSmall"]]);
  });

  it("of a proposal has the proposal's changes applied", () => {
    const doc = document(PROPOSAL) as { resources: Record<string, unknown>; extends?: string };
    expect(doc.extends).toBeUndefined();
    expect(Object.keys(doc.resources)).toContain("rpa bots");
    expect(checkModel(doc as ModelDocument).filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("checkModel on a normalised model", () => {
  it("finds a negative capacity, located by YAML path", () => {
    const model = normalised(BRANCH);
    const changed = { ...model, resources: model.resources.map((pool) => ({ ...pool, capacity: -1 })) };
    const issues = checkModel(changed);
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([["resources.tellers.capacity", "tooSmall"]]);
  });

  it("finds a negative shift capacity", () => {
    const model = normalised(BRANCH);
    const changed = { ...model, resources: model.resources.map((pool) => ({ ...pool, shifts: pool.shifts?.map((s, i) => (i === 1 ? { ...s, capacity: -2 } : s)) ?? null })) };
    expect(checkModel(changed).map((i) => i.path.join("."))).toEqual(["resources.tellers.shifts.1.capacity"]);
  });

  it("returns an issue, not a TypeError, for a model of mixed shapes", () => {
    const model = normalised(BRANCH);
    const mixed = { ...model, resources: { tellers: { capacity: 10 } } } as unknown as Model;
    const issues = checkModel(mixed);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.severity === "error" && i.message.length > 0)).toBe(true);
  });

  it("returns an issue for a normalised model whose parts are missing", () => {
    const model = normalised(BRANCH);
    const broken = { ...model, steps: [{ name: "counter" }] } as unknown as Model;
    const issues = checkModel(broken);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].severity).toBe("error");
  });

  it("passes the unchanged model", () => {
    expect(checkModel(normalised(BRANCH)).filter((i) => i.severity === "error")).toEqual([]);
  });
});
