// A warning of a proposal's merged model that only the changes cause (a pool left overloaded by
// a setCapacity, a step left unreachable by a setRouting, two steps' work put on one pool by a
// mergeSteps) is reported at the change after which it appears, with its own code and wording;
// a warning the base model already has keeps its base line.
import { describe, expect, it } from "vitest";
import { basename } from "node:path";
import { scratchFolder } from "../../support/files/scratch-folder.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { formatPath } from "../../../src/model/source/issues.js";

const { write } = scratchFolder("procsim-caused-warnings-");

// Clerks: 6 an hour × 10 min = 60 of 120 server-minutes an hour (ρ = 0.5); checkers the same;
// managers 6 × 5 min on one (ρ = 0.5). No warning in the base alone.
write(
  "office.yaml",
  `name: Small office
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 5d, replications: 3, seed: 1 }
arrivals:
  - { name: applications, ratePerHour: 6 }
resources:
  clerks: { capacity: 2, costPerHour: 30 }
  checkers: { capacity: 2, costPerHour: 40 }
  managers: { capacity: 1, costPerHour: 80 }
steps:
  - { name: intake, resource: clerks, duration: { exponential: { mean: 10 } } }
  - { name: check, resource: checkers, duration: { exponential: { mean: 10 } } }
  - { name: approve, resource: managers, duration: { exponential: { mean: 5 } } }
`,
);

// The same office with one clerk: overloaded (ρ = 1) before any change.
write("busy.yaml", `extends: office.yaml\nname: busy\nchanges:\n  - setCapacity: { resource: clerks, capacity: 1 }\n`);

/** The warnings of a proposal as `file:line:column path code`. */
function warnings(name: string, changes: string, base = "office.yaml"): string[] {
  const path = write(name, `extends: ${base}\nname: p\nchanges:\n${changes}`);
  const loaded = loadAnyModelFile(path);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return loaded.warnings.map((w) => `${basename(w.file)}:${w.line}:${w.column} ${formatPath(w.path)} ${w.code}`);
}

describe("a warning a change causes at a base line", () => {
  it("the base model alone has no warning", () => {
    const loaded = loadAnyModelFile(write("plain.yaml", "extends: office.yaml\nname: plain\nchanges:\n  - setDuration: { step: check, duration: { exponential: { mean: 12 } } }\n"));
    expect(loaded.ok && loaded.warnings).toEqual([]);
  });

  it("a capacity below the load is warned at the setCapacity, not at an earlier change or the pool's base line", () => {
    const changes = "  - setDuration: { step: check, duration: { exponential: { mean: 12 } } }\n  - setCapacity: { resource: clerks, capacity: 1 }\n";
    expect(warnings("fewer.yaml", changes)).toEqual(["fewer.yaml:5:5 changes[1].setCapacity overloaded"]);
  });

  it("keeps its code, parameters and wording (so it is said in Chinese too)", () => {
    const path = write("words.yaml", "extends: office.yaml\nname: p\nchanges:\n  - setCapacity: { resource: clerks, capacity: 1 }\n");
    const loaded = loadAnyModelFile(path);
    if (!loaded.ok) throw new Error("does not load");
    const [warning] = loaded.warnings;
    expect([warning.code, warning.params]).toEqual(["overloaded", expect.objectContaining({ pool: "clerks", rho: 1 })]);
    expect(warning.message).toMatch(/^pool "clerks" is offered 40 server-hours of work a week against 40 on duty/);
  });

  it("a step left unreachable by a setRouting is warned at the setRouting", () => {
    expect(warnings("skip.yaml", "  - setRouting: { step: intake, next: approve }\n")).toEqual([
      "skip.yaml:4:5 changes[0].setRouting unreachableStep",
    ]);
  });

  it("two steps' work put on one pool by a mergeSteps is warned at the mergeSteps", () => {
    // intake and check merged on the clerks: 6 × 20 min = 120 of 120 server-minutes (ρ = 1);
    // the checkers, left with no step, are warned about at the same change.
    expect(warnings("merged.yaml", "  - mergeSteps: { steps: [intake, check], name: one-stop }\n")).toEqual([
      "merged.yaml:4:5 changes[0].mergeSteps idlePool",
      "merged.yaml:4:5 changes[0].mergeSteps overloaded",
    ]);
  });

  it("a warning the base model already has stays at its base line", () => {
    write("slow.yaml", `name: Slow office
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 5d, replications: 3, seed: 1 }
arrivals:
  - { name: applications, ratePerHour: 6 }
resources:
  clerks: { capacity: 1, costPerHour: 30 }
steps:
  - { name: intake, resource: clerks, duration: { exponential: { mean: 12 } } }
`);
    expect(warnings("still.yaml", "  - setDuration: { step: intake, duration: { exponential: { mean: 11 } } }\n", "slow.yaml")).toEqual([
      "slow.yaml:7:11 resources.clerks overloaded",
    ]);
  });

  it("through a proposal that extends another, at the extended proposal's change that made it", () => {
    expect(warnings("outer.yaml", "  - setDuration: { step: approve, duration: { exponential: { mean: 4 } } }\n", "busy.yaml")).toEqual([
      "busy.yaml:4:5 changes[0].setCapacity overloaded",
    ]);
  });
});
