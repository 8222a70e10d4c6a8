// Loading proposal files from disk: the base is found relative to the proposal, the merged
// model is validated as a whole, and every problem is reported in the file it was written in.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { loadModelFile } from "../../../src/model/source/load.js";

const { dir, write } = scratchFolder("procsim-overlay-");

const BASE = write(
  "loans.yaml",
  `name: loans
run: { horizon: 8h, replications: 3 }
arrivals:
  - name: applications
    ratePerHour: 6
resources:
  clerks: { capacity: 3, costPerHour: 30 }
  managers: { capacity: 1, costPerHour: 60 }
steps:
  - name: intake
    resource: clerks
    duration: 5min
  - name: approval
    resource: managers
    duration: { exponential: { mean: 3.5 } }
`,
);

describe("loadAnyModelFile", () => {
  it("loads a plain model exactly as loadModelFile does", () => {
    expect(loadAnyModelFile(BASE)).toEqual(loadModelFile(BASE));
  });

  it("applies a proposal to its base (found relative to the proposal) and names it", () => {
    const path = write("faster.yaml", "extends: loans.yaml\nname: faster approval\nchanges:\n  - setDuration: { step: approval, duration: 2min }\n");
    const loaded = loadAnyModelFile(path);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.model.name).toBe("faster approval");
    expect(loaded.model.steps[1].duration).toEqual({ kind: "deterministic", value: 2 });
    expect(loaded.model.sourceFile).toBe(path);
  });

  it("a proposal with nothing to change gives the base model apart from its name", () => {
    const path = write("same.yaml", "extends: loans.yaml\nname: loans\nchanges: []\n");
    const loaded = loadAnyModelFile(path);
    const base = loadModelFile(BASE);
    if (!loaded.ok || !base.ok) throw new Error("both should load");
    expect({ ...loaded.model, sourceFile: null }).toEqual({ ...base.model, sourceFile: null });
  });

  it("reports a merged-model error at the change in the proposal file", () => {
    const path = write("bad-mode.yaml", "extends: loans.yaml\nname: bad\nchanges:\n  - setDuration:\n      step: intake\n      duration: { triangular: { min: 5, mode: 20, max: 10 } }\n");
    const loaded = loadAnyModelFile(path);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.issues).toEqual([expect.objectContaining({ code: "modeOutside", file: path, line: 6, path: expect.arrayContaining(["changes", 0, "setDuration", "duration"]) })]);
  });

  it("reports a change that refers to nothing with a did-you-mean, at its line and column", () => {
    const path = write("typo.yaml", "extends: loans.yaml\nname: typo\nchanges:\n  - removeStep: aproval\n");
    const loaded = loadAnyModelFile(path);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.issues).toHaveLength(1);
    expect(loaded.issues[0]).toMatchObject({ code: "unknownStep", file: path, line: 4, column: 17 });
    expect(loaded.issues[0].message).toMatch(/did you mean "approval"/);
  });

  it("reports a missing base file at the extends key", () => {
    const path = write("orphan.yaml", "extends: nowhere.yaml\nname: orphan\nchanges: []\n");
    const loaded = loadAnyModelFile(path);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.issues[0]).toMatchObject({ code: "fileNotFound", file: path, line: 1, column: 10, path: ["extends"] });
    expect(loaded.issues[0].message).toContain(join(dir, "nowhere.yaml"));
  });

  it("reports a cycle of proposals", () => {
    write("a.yaml", "extends: b.yaml\nname: a\nchanges: []\n");
    const path = write("b.yaml", "extends: a.yaml\nname: b\nchanges: []\n");
    const loaded = loadAnyModelFile(path);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.issues[0].message).toMatch(/cycle/);
  });

  it("a proposal may extend another proposal", () => {
    write("step1.yaml", "extends: loans.yaml\nname: one\nchanges:\n  - setCapacity: { resource: clerks, capacity: 4 }\n");
    const path = write("step2.yaml", "extends: step1.yaml\nname: two\nchanges:\n  - setCapacity: { resource: managers, capacity: 2 }\n");
    const loaded = loadAnyModelFile(path);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.model.resources.map((r) => [r.name, r.capacity])).toEqual([["clerks", 4], ["managers", 2]]);
  });
});
