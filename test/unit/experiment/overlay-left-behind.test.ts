// What a removed step leaves behind: a reference no change rewires is reported at the change that
// removed the step, saying what it leaves dangling (not at the base file's line, which does
// define the step); a check stops looking for the errors of a removed step.
import { describe, expect, it } from "vitest";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { loadModelText } from "../../../src/model/source/load.js";
import { formatPath } from "../../../src/model/source/issues.js";

const { write } = scratchFolder("procsim-left-behind-");

const HEAD = `name: errors
run: { horizon: 2d, replications: 3, seed: 5 }
arrivals:
  - { name: a, ratePerHour: 2 }
steps:
`;
write(
  "errcur.yaml",
  `${HEAD}  - { name: data entry, duration: 10min, errors: { rate: 10%, to: correction } }
  - { name: first approval, duration: 5min, next: review }
  - { name: correction, duration: 30min, next: review }
  - { name: review, duration: 5min, detects: { from: [data entry], p: 100% }, next: exit }
`,
);

/** Each issue as `file:line:column path code: message`. */
function reported(path: string): string[] {
  const loaded = loadAnyModelFile(path);
  const issues = loaded.ok ? loaded.warnings : loaded.issues;
  return issues.map((issue) => `${issue.file === path ? "proposal" : issue.file}:${issue.line}:${issue.column} ${formatPath(issue.path)} ${issue.code}: ${issue.message}`);
}

const proposal = (name: string, changes: string) => write(name, `extends: errcur.yaml\nname: p\nchanges:\n${changes}`);

describe("references a removed step leaves behind", () => {
  it("errors.to of a removed correction step is reported at the removeStep, saying what it leaves dangling", () => {
    expect(reported(proposal("p1.yaml", "  - removeStep: { step: correction }\n"))).toEqual([
      'proposal:4:25 changes[0].removeStep.step invalidValue: found removing "correction" leaves errors.to of step "data entry" without a step; keep "correction", or make errors.to of step "data entry" name another step in the base model',
    ]);
  });

  it("merging the correction step away sends its errors to the merged step: nothing is left behind", () => {
    expect(reported(proposal("p2.yaml", "  - mergeSteps: { steps: [correction, review], name: fix and review }\n"))).toEqual([]);
  });

  it("merging away a step that a reference mergeSteps does not rewire names (whenFull.to) is reported at the mergeSteps", () => {
    write(
      "kiosks.yaml",
      `name: kiosks
run: { horizon: 1d, replications: 3, seed: 5 }
arrivals:
  - { name: a, ratePerHour: 2 }
resources:
  tellers: { capacity: 1 }
steps:
  - { name: counter, resource: tellers, duration: 10min, maxWaiting: 3, whenFull: { to: kiosk }, next: exit }
  - { name: kiosk, duration: 5min, next: leaflet }
  - { name: leaflet, duration: 1min }
`,
    );
    const path = write("one-kiosk.yaml", "extends: kiosks.yaml\nname: p\nchanges:\n  - mergeSteps: { steps: [kiosk, leaflet], name: self-service }\n");
    expect(reported(path)).toEqual([
      expect.stringMatching(/^proposal:4:\d+ changes\[0\]\.mergeSteps\.steps\[0\] invalidValue: found merging "kiosk" into "self-service" leaves whenFull\.to of step "counter" without a step; /),
      // Only the overflow reached the kiosk, so the merged step is reached by nothing.
      expect.stringMatching(/^proposal:4:\d+ changes\[0\]\.mergeSteps\.name unreachableStep: /),
    ]);
  });

  it("an overflow step (whenFull.to) left behind is reported at the removeStep", () => {
    write(
      "overflow.yaml",
      `name: overflow
run: { horizon: 1d, replications: 3, seed: 5 }
arrivals:
  - { name: a, ratePerHour: 2 }
resources:
  tellers: { capacity: 1 }
steps:
  - { name: counter, resource: tellers, duration: 10min, maxWaiting: 3, whenFull: { to: kiosk }, next: exit }
  - { name: kiosk, duration: 5min }
`,
    );
    const path = write("no-kiosk.yaml", "extends: overflow.yaml\nname: p\nchanges:\n  - removeStep: kiosk\n");
    expect(reported(path)).toEqual([
      expect.stringMatching(/^proposal:4:17 changes\[0\]\.removeStep\.step invalidValue: found removing "kiosk" leaves whenFull\.to of step "counter" without a step; /),
    ]);
  });

  it("a later change that names the removed step is reported at that change, as before", () => {
    const path = proposal("p3.yaml", "  - removeStep: { step: first approval }\n  - setRouting: { step: correction, next: first approval }\n");
    expect(reported(path)).toEqual([expect.stringMatching(/^proposal:5:\d+ changes\[1\]\.setRouting\.next unknownStep: step "first approval" is not defined/)]);
  });

  it("removing the erring step takes it out of detects.from: the same model as written without it", () => {
    const loaded = loadAnyModelFile(proposal("p4.yaml", "  - removeStep: { step: data entry }\n"));
    const written = loadModelText(
      `name: p
run: { horizon: 2d, replications: 3, seed: 5 }
arrivals:
  - { name: a, ratePerHour: 2, start: first approval }
steps:
  - { name: first approval, duration: 5min, next: review }
  - { name: correction, duration: 30min, next: review }
  - { name: review, duration: 5min, next: exit }
`,
      "written.yaml",
    );
    if (!loaded.ok || !written.ok) throw new Error("both should load");
    expect({ ...loaded.model, sourceFile: null }).toEqual({ ...written.model, sourceFile: null });
  });

  it("a check that also looks at another step keeps that one", () => {
    write(
      "two.yaml",
      `${HEAD}  - { name: data entry, duration: 10min, errors: { rate: 10%, to: correction } }
  - { name: scanning, duration: 5min, errors: { rate: 5%, to: correction }, next: review }
  - { name: correction, duration: 30min, next: review }
  - { name: review, duration: 5min, detects: { from: [data entry, scanning], p: 90% }, next: exit }
`,
    );
    const loaded = loadAnyModelFile(write("no-entry.yaml", "extends: two.yaml\nname: p\nchanges:\n  - removeStep: { step: data entry }\n"));
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
    const review = loaded.model.steps.find((s) => s.name === "review");
    expect(review?.detects).toMatchObject({ from: ["scanning"], p: 0.9 });
  });
});

describe("a removeStep refused for one reference", () => {
  it("is one problem: what it could not rewire is not said again as a step left behind", () => {
    write(
      "split.yaml",
      `${HEAD}  - { name: triage, duration: 2min, next: [{ to: quick, p: 50% }, { to: full, p: 50% }] }
  - { name: quick, duration: 5min, next: exit }
  - { name: full, duration: 20min, next: exit }
`,
    );
    const p = write("no-triage.yaml", "extends: split.yaml\nname: p\nchanges:\n  - removeStep: triage\n");
    expect(reported(p)).toEqual([
      expect.stringMatching(/^proposal:4:17 changes\[0\]\.removeStep\.step invalidValue: found arrivals of "a" start at "triage"; that step can only be replaced/),
    ]);
  });
});
