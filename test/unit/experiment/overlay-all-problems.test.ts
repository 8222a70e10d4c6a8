// A proposal's problems are reported all at once: a misspelt change kind, changes naming
// nothing and the merged model's own problems in one run, each at its change; a problem that
// only follows from a refused change is not reported again.
import { describe, expect, it } from "vitest";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { formatPath } from "../../../src/model/source/issues.js";

const { write } = scratchFolder("procsim-all-problems-");

write(
  "current.yaml",
  `name: account opening
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 5d, replications: 3, seed: 5 }
arrivals:
  - { name: apps, interarrival: 15min }
resources:
  clerks: { capacity: 3, costPerHour: 30 }
  team leads: { capacity: 1, costPerHour: 50 }
  managers: { capacity: 1, costPerHour: 80 }
steps:
  - { name: data entry, resource: clerks, duration: 20min }
  - { name: first approval, resource: team leads, duration: 10min }
  - { name: second approval, resource: managers, duration: 10min }
`,
);

/** Each issue as `file:line:column path code` (errors first, then by place). */
function reported(path: string): string[] {
  const loaded = loadAnyModelFile(path);
  if (loaded.ok) return [];
  return loaded.issues.map((issue) => `${issue.file === path ? "proposal" : issue.file}:${issue.line}:${issue.column} ${formatPath(issue.path)} ${issue.code}`);
}

describe("every problem of a proposal at once", () => {
  it("six mistakes of three kinds are reported in one run, each at its change", () => {
    const path = write(
      "bad.yaml",
      `extends: current.yaml
name: bad
changes:
  - scaleArrival: { source: apps, factor: 0.8 }
  - removeStep: { step: first aproval }
  - setCapacity: { resource: team lead, capacity: 2 }
  - setDuration: { step: second approval, duration: { exponential: { mean: -5 } } }
  - setRouting: { step: data entry, next: [{ to: first approval, p: 50% }, { to: second approval, p: 40% }] }
  - setDuration: { step: data entry, durration: 5min }
`,
    );
    expect(reported(path)).toEqual([
      "proposal:4:19 changes[0].scaleArrival badEnum",
      "proposal:5:25 changes[1].removeStep.step unknownStep",
      "proposal:6:30 changes[2].setCapacity.resource unknownResource",
      "proposal:7:76 changes[3].setDuration.duration.exponential.mean distParam",
      "proposal:8:43 changes[4].setRouting.next branchSum",
      "proposal:9:38 changes[5].setDuration.durration unknownKey",
    ]);
  });

  it("a change naming what a refused change would have defined is not reported again", () => {
    const path = write(
      "follow.yaml",
      `extends: current.yaml
name: follow-ons
changes:
  - addResourc: { name: rpa bots, capacity: 2 }
  - setResource: { step: data entry, resource: rpa bots }
  - insertStep: { after: data entry, step: { name: scan, resource: rpa bots, duration: 1min } }
  - setRouting: { step: first approval, next: scann }
`,
    );
    // The misspelt kind, and the routing typo (independent of it); not "rpa bots is not defined" twice.
    expect(reported(path)).toEqual([
      "proposal:4:17 changes[0].addResourc badEnum",
      "proposal:7:47 changes[3].setRouting.next unknownStep",
    ]);
  });

  it("a proposal without refused changes reports the merged model's problems as before", () => {
    const path = write("mean.yaml", "extends: current.yaml\nname: m\nchanges:\n  - setDuration: { step: second approval, duration: { exponential: { mean: -5 } } }\n");
    expect(reported(path)).toEqual(["proposal:4:76 changes[0].setDuration.duration.exponential.mean distParam"]);
  });
});
