// An error of a proposal's merged model at a base-file line that is valid in the base alone is
// reported at the change after which it appears (the base line named in the message), not at
// the untouched base file; errors that concern the change's own text stay where they are.
import { describe, expect, it } from "vitest";
import { basename } from "node:path";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { formatPath } from "../../../src/model/source/issues.js";

const { write } = scratchFolder("procsim-caused-");

write(
  "held.yaml",
  `name: Held
calendar: { open: "09:00", close: "17:00", days: weekdays, endOfDay: serve }
run: { horizon: 1d, replications: 3, seed: 1, study: terminating }
arrivals:
  - { name: cust, ratePerHour: 6, start: triage }
resources:
  advisers: { capacity: 3, costPerHour: 40 }
steps:
  - { name: triage, duration: 2min, next: welcome }
  - { name: welcome, seize: advisers, duration: 5min, next: advice }
  - { name: advice, resource: advisers, duration: 20min, next: paperwork }
  - { name: paperwork, duration: 10min, release: advisers, next: exit }
`,
);

const RELEASE = 'the case does not hold "advisers" here: no step before this one seizes it (or it was released already); add seize: advisers to an earlier step, or remove it from release';
const EXPECTED = "change or drop this change, or edit that part of the base model so that it holds with the change";

/** The errors (not warnings) of a proposal as `file:line:column path: message`. */
function errors(name: string, changes: string, base = "held.yaml"): string[] {
  const path = write(name, `extends: ${base}\nname: p\nchanges:\n${changes}`);
  const loaded = loadAnyModelFile(path);
  return loaded.ok ? [] : loaded.issues.filter((i) => i.severity === "error").map((i) => `${basename(i.file)}:${i.line}:${i.column} ${formatPath(i.path)}: ${i.message}`);
}

describe("an error a change makes at a valid base line", () => {
  it("the base model alone loads", () => {
    expect(loadAnyModelFile(write("same.yaml", "extends: held.yaml\nname: same\nchanges:\n  - setDuration: { step: advice, duration: 15min }\n")).ok).toBe(true);
  });

  it("a release left without its seize by a removeStep is reported at that removeStep, naming the base line", () => {
    expect(errors("no-welcome.yaml", "  - removeStep: { step: welcome }\n")).toEqual([
      `no-welcome.yaml:4:5 changes[0].removeStep: found removing "welcome" makes release of step "paperwork" (held.yaml:12:50) wrong: ${RELEASE}; ${EXPECTED}`,
    ]);
  });

  it("is the change after which the error appears, not an earlier change naming the step", () => {
    const changes = "  - setDuration: { step: welcome, duration: 4min }\n  - setDuration: { step: advice, duration: 15min }\n  - removeStep: { step: welcome }\n";
    expect(errors("third.yaml", changes)).toEqual([expect.stringMatching(/^third\.yaml:6:5 changes\[2\]\.removeStep: found removing "welcome" makes release of step "paperwork" \(held\.yaml:12:50\) wrong: /)]);
  });

  it("a change of any kind: a setRouting that skips the seizing step", () => {
    expect(errors("skip.yaml", "  - setRouting: { step: triage, next: advice }\n")).toEqual([
      `skip.yaml:4:5 changes[0].setRouting: found this change makes release of step "paperwork" (held.yaml:12:50) wrong: ${RELEASE}; ${EXPECTED}`,
    ]);
  });

  it("through a proposal that extends another, at the extended proposal's change that made it", () => {
    write("inner.yaml", "extends: held.yaml\nname: inner\nchanges:\n  - setDuration: { step: advice, duration: 15min }\n  - removeStep: { step: welcome }\n");
    expect(errors("outer.yaml", "  - setDuration: { step: triage, duration: 3min }\n", "inner.yaml")).toEqual([expect.stringMatching(/^inner\.yaml:5:5 changes\[1\]\.removeStep: found removing "welcome" makes release of step "paperwork" \(held\.yaml:12:50\) wrong: /)]);
  });

  it("an error in the change's own text stays at the change", () => {
    expect(errors("typo.yaml", "  - setRouting: { step: triage, next: advise }\n")).toEqual([expect.stringMatching(/^typo\.yaml:4:\d+ changes\[0\]\.setRouting\.next: step "advise" is not defined/)]);
  });
});
