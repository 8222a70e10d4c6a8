// removeStep refused: the reason given is the real one (the only step left, or a step whose
// every case goes back to it), not "a step that leads on … can be removed" for one that does.
import { describe, expect, it } from "vitest";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { formatPath } from "../../../src/model/source/issues.js";

const { write } = scratchFolder("procsim-remove-last-");

const HEAD = `name: errors
run: { horizon: 2d, replications: 3, seed: 5 }
arrivals:
  - { name: a, ratePerHour: 2 }
steps:
`;

/** Each issue as `file:line:column path code: message`. */
function reported(path: string): string[] {
  const loaded = loadAnyModelFile(path);
  const issues = loaded.ok ? loaded.warnings : loaded.issues;
  return issues.map((issue) => `${issue.file === path ? "proposal" : issue.file}:${issue.line}:${issue.column} ${formatPath(issue.path)} ${issue.code}: ${issue.message}`);
}

describe("removing the last step", () => {
  it("says the model would have no step left", () => {
    write("one.yaml", `${HEAD}  - { name: only, duration: 5min }\n`);
    const p = write("none.yaml", "extends: one.yaml\nname: p\nchanges:\n  - removeStep: only\n");
    expect(reported(p)).toEqual([
      'proposal:4:17 changes[0].removeStep.step invalidValue: found "only" is the only step left; a model needs at least one step: keep this one (change it with setDuration or automateStep)',
    ]);
  });

  it("a step whose every case goes back to it is refused for that reason", () => {
    write("loop.yaml", `${HEAD}  - { name: intake, duration: 5min }\n  - { name: spin, duration: 5min }\n`);
    const p = write("spin.yaml", "extends: loop.yaml\nname: p\nchanges:\n  - setRouting: { step: spin, next: spin }\n  - removeStep: spin\n");
    expect(reported(p)).toContainEqual(expect.stringMatching(/changes\[1\]\.removeStep\.step invalidValue: found every case leaving "spin" goes back to it; a step that leads on to another step or to exit can be removed/));
  });
});

