// Which change a proposal's idle-pool warning is placed at: the change after which the pool has
// no step (through to the last change), whatever its kind and position in the list; a pool
// that a later change gives a step again is not idle, and the base file is never blamed for it.
import { describe, expect, it } from "vitest";
import { basename } from "node:path";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { formatPath } from "../../../src/model/source/issues.js";

const { write } = scratchFolder("procsim-idled-");

write(
  "current.yaml",
  `name: Account opening today
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 5d, replications: 3, seed: 5 }
arrivals:
  - { name: apps, interarrival: 15min }
resources:
  clerks: { capacity: 2, costPerHour: 30 }
  team leads: { capacity: 1, costPerHour: 50 }
  managers: { capacity: 2, costPerHour: 80 }
steps:
  - { name: data entry, resource: clerks, duration: 5min }
  - { name: first approval, resource: team leads, duration: 5min }
  - { name: second approval, resource: managers, duration: 5min }
`,
);

/** The idle-pool warnings of a proposal as `file:line:column path: pool`. */
function idleWarnings(name: string, changes: string, base = "current.yaml"): string[] {
  const path = write(name, `extends: ${base}\nname: p\nchanges:\n${changes}`);
  const loaded = loadAnyModelFile(path);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.warnings.filter((w) => w.code === "idlePool").map((w) => `${basename(w.file)}:${w.line}:${w.column} ${formatPath(w.path)}: ${w.message.split(" performs")[0]}`);
}

describe("the change a proposal's idle pool is warned at", () => {
  it("is the removeStep that took the last step, not an earlier change naming the step", () => {
    const changes = "  - setDuration: { step: first approval, duration: 10min }\n  - scaleArrivals: { source: apps, factor: 1.1 }\n  - removeStep: { step: first approval }\n";
    expect(idleWarnings("later.yaml", changes)).toEqual(['later.yaml:6:5 changes[2].removeStep: pool "team leads"']);
  });

  it("is a mergeSteps whose merged step another pool performs (its steps: list names the pool's step)", () => {
    const changes = "  - mergeSteps: { steps: [first approval, second approval], name: approval, resource: managers }\n";
    expect(idleWarnings("merged.yaml", changes)).toEqual(['merged.yaml:4:5 changes[0].mergeSteps: pool "team leads"']);
  });

  it("is a setResource or an automateStep that moves the pool's only step to another pool", () => {
    expect(idleWarnings("moved.yaml", "  - setResource: { step: first approval, resource: managers }\n")).toEqual(['moved.yaml:4:5 changes[0].setResource: pool "team leads"']);
    const automate = "  - setDuration: { step: data entry, duration: 4min }\n  - automateStep: { step: data entry, pool: bots, capacity: 1, duration: 1min }\n";
    expect(idleWarnings("automated.yaml", automate)).toEqual(['automated.yaml:5:5 changes[1].automateStep: pool "clerks"']);
  });

  it("is the last change that idled it when a change in between gave it a step again", () => {
    const changes = [
      "  - removeStep: { step: first approval }",
      "  - insertStep: { after: data entry, step: { name: lead check, resource: team leads, duration: 5min } }",
      "  - setResource: { step: lead check, resource: managers }",
      "",
    ].join("\n");
    expect(idleWarnings("again.yaml", changes)).toEqual(['again.yaml:6:5 changes[2].setResource: pool "team leads"']);
  });

  it("is none for a pool a later change gives a step again (and that change for the pool it idles)", () => {
    const changes = "  - removeStep: { step: first approval }\n  - setResource: { step: second approval, resource: team leads }\n";
    expect(idleWarnings("back.yaml", changes)).toEqual(['back.yaml:5:5 changes[1].setResource: pool "managers"']);
  });

  it("is the extended proposal's change when that proposal idled the pool and this one does not touch it", () => {
    idleWarnings("inner.yaml", "  - setDuration: { step: data entry, duration: 4min }\n  - removeStep: { step: first approval }\n");
    expect(idleWarnings("outer.yaml", "  - setDuration: { step: second approval, duration: 4min }\n", "inner.yaml")).toEqual(['inner.yaml:5:5 changes[1].removeStep: pool "team leads"']);
  });
});
