// mergeSteps of a fork, join or batch step is refused at that step's place in `steps`: one
// merged step with one handling time cannot send parts in parallel, wait for them or collect
// cases (it used to drop the parallel checks silently, leaving only "no case reaches" warnings).
import { describe, expect, it } from "vitest";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { formatPath } from "../../../src/model/source/issues.js";

const { write } = scratchFolder("procsim-merge-kinds-");

write("base.yaml", `name: loans
run: { horizon: 2d, replications: 3, seed: 5 }
resources:
  analysts: { capacity: 3 }
arrivals:
  - { name: a, ratePerHour: 2 }
steps:
  - { name: intake, resource: analysts, duration: 5min }
  - { name: review, resource: analysts, duration: 10min }
  - { name: checks, kind: fork, branches: [bureau, valuation], join: checks done }
  - { name: bureau, duration: 30min, next: checks done }
  - { name: valuation, resource: analysts, duration: 20min, next: checks done }
  - { name: checks done, kind: join }
  - { name: filing, duration: 5min, batch: { size: 5 } }
`);

/** Each error as `line:column path code: message`. */
function errors(path: string): string[] {
  const loaded = loadAnyModelFile(path);
  return loaded.ok ? [] : loaded.issues.map((issue) => `${issue.line}:${issue.column} ${formatPath(issue.path)} ${issue.code}: ${issue.message}`);
}

describe("mergeSteps of steps that are not plain work", () => {
  it("refuses a fork and its join, each at its place in steps", () => {
    const p = write("fj.yaml", "extends: base.yaml\nname: p\nchanges:\n  - mergeSteps: { steps: [checks, checks done], name: cc, duration: 5min }\n");
    expect(errors(p)).toEqual([
      '4:27 changes[0].mergeSteps.steps[0] invalidValue: found "checks" is a fork step; merge service or delay steps (the work inside a fork\'s branches, or around it); a fork, join or batch step keeps its own place',
      '4:35 changes[0].mergeSteps.steps[1] invalidValue: found "checks done" is a join step; merge service or delay steps (the work inside a fork\'s branches, or around it); a fork, join or batch step keeps its own place',
    ]);
  });

  it("refuses a batch step given by its batch rule alone", () => {
    const p = write("b.yaml", "extends: base.yaml\nname: p\nchanges:\n  - mergeSteps: { steps: [checks done, filing], name: f }\n");
    expect(errors(p).map((line) => line.split(" found ")[1]?.split(";")[0])).toEqual(['"checks done" is a join step', '"filing" is a batch step']);
  });

  it("still merges two plain steps before the fork", () => {
    const p = write("ok.yaml", "extends: base.yaml\nname: p\nchanges:\n  - mergeSteps: { steps: [intake, review], name: intake and review }\n");
    expect(errors(p)).toEqual([]);
  });
});
