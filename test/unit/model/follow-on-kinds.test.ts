/**
 * Each kind of follow-on salvage's neutral values would cause, and that is not reported,
 * beside an independent problem of the same model that is: errors and warnings alike.
 *
 * A loan step whose error rate is refused is checked with a rate of 0: "a case visits entry
 * 10000 times" (an endless rework loop computed with that rate) is not reported; "step
 * corection is not defined" is.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPath } from "../../../src/model/source/issues.js";
import { loadModelFile, loadModelText, type LoadResult } from "../../../src/model/source/load.js";

/** Each issue as `[warning ]code path`, in the order reported. */
function listed(result: LoadResult): string[] {
  return (result.ok ? result.warnings : result.issues).map((issue) => `${issue.severity === "warning" ? "warning " : ""}${issue.code} ${formatPath(issue.path)}`);
}

const reported = (text: string) => listed(loadModelText(text, "model.yaml"));

const HEAD = `name: follow-ons
run: { horizon: 1d, replications: 2 }
`;
const TELLERS = `resources:
  tellers: { capacity: 2 }
`;

describe("follow-ons of neutral values are not reported", () => {
  it("a profile rate refused (0): neither an empty profile nor the noArrivals warning", () => {
    const text = `${HEAD}calendar: { open: "09:00", close: "17:00" }
arrivals:
  - { name: walk-ins, profile: { "09:00": "many" }, start: desk }
${TELLERS}steps:
  - { name: counter, resource: tellers, duration: 4min }
`;
    expect(reported(text)).toEqual(['wrongType arrivals[0].profile["09:00"]', "unknownStep arrivals[0].start"]);
  });

  it("an inter-arrival mean refused (0): neither its own parameter error nor 'infinitely many cases'", () => {
    const text = `${HEAD}arrivals:
  - { name: walk-ins, interarrival: { exponential: { mean: "often" } }, start: desk }
${TELLERS}steps:
  - { name: counter, resource: tellers, duration: 4min }
`;
    expect(reported(text)).toEqual(["badFormat arrivals[0].interarrival.exponential.mean", "unknownStep arrivals[0].start"]);
  });

  it("misspelt keys: neither 'no arrival rate' nor 'no capacity', where the key meant is absent", () => {
    const text = `${HEAD}arrivals:
  - { name: walk-ins, ratePerHuor: 6, start: nowhere }
resources:
  tellers: { capacty: 2 }
steps:
  - { name: counter, resource: tellers, duration: 4min }
`;
    expect(reported(text)).toEqual(["unknownKey arrivals[0].ratePerHuor", "unknownStep arrivals[0].start", "unknownKey resources.tellers.capacty"]);
  });

  it("a branch share refused (left out): neither a missing p, the sum, nor the unreachable steps; the other branch's target is checked", () => {
    const text = `${HEAD}arrivals:
  - { name: walk-ins, ratePerHour: 6 }
${TELLERS}steps:
  - name: counter
    resource: tellers
    duration: 4min
    next: [ { to: review, p: "lots" }, { to: archiv, p: 0.5 } ]
  - { name: review, resource: tellers, duration: 4min, next: exit }
  - { name: archive, duration: 1min }
`;
    expect(reported(text)).toEqual(["badFormat steps[0].next[0].p", "unknownStep steps[0].next[1].to"]);
  });

  it("a step kind refused: nothing about the fork it was meant to be; another step's range is checked", () => {
    const text = `${HEAD}arrivals:
  - { name: apps, ratePerHour: 3 }
resources:
  analysts: { capacity: 3 }
steps:
  - { name: checks, kind: forkk, branches: [bureau, valuation], join: done }
  - { name: bureau, duration: 30min, next: done }
  - { name: valuation, resource: analysts, duration: { uniform: { min: 30, max: 20 } }, next: done }
  - { name: done, kind: join }
`;
    expect(reported(text)).toEqual(["badEnum steps[0].kind", "minAboveMax steps[2].duration.uniform.min"]);
  });

  it("a step's pool refused (left out): neither 'units without resource' nor 'service needs a resource'", () => {
    const text = `${HEAD}arrivals:
  - { name: walk-ins, ratePerHour: 6 }
${TELLERS}steps:
  - { name: counter, kind: service, resource: [tellers], units: 2, duration: { triangular: { min: 5, mode: 2, max: 8 } } }
`;
    expect(reported(text)).toEqual(["wrongType steps[0].resource", "modeOutside steps[0].duration.triangular.mode"]);
  });

  it("a share of a categorical attribute refused: nothing about that attribute's categories; another attribute's test is checked", () => {
    const text = `${HEAD}arrivals:
  - name: apps
    ratePerHour: 3
    attributes:
      segment: { categories: { retail: "half", sme: 0.5 } }
      amount: { lognormal: { mean: 5000, sd: 100 } }
resources:
  clerks: { capacity: 3 }
steps:
  - name: review
    resource: clerks
    duration: { by: segment, values: { retail: 5min, sme: 10min } }
    next:
      - { to: exit, if: { attribute: segment, is: retail } }
      - { to: exit, if: { attribute: amount, is: big } }
      - { to: exit }
`;
    expect(reported(text)).toEqual(["badFormat arrivals[0].attributes.segment.categories.retail", "categoryTestOnNumber steps[0].next[1].if"]);
  });

  it("a triangular min refused (0): the mode is not weighed against it; another step's mode is", () => {
    const text = `${HEAD}arrivals:
  - { name: walk-ins, ratePerHour: 6 }
${TELLERS}steps:
  - { name: counter, resource: tellers, duration: { triangular: { min: "two", mode: 9, max: 8 } } }
  - { name: review, resource: tellers, duration: { triangular: { min: 2, mode: 9, max: 8 } } }
`;
    expect(reported(text)).toEqual(["badFormat steps[0].duration.triangular.min", "modeOutside steps[1].duration.triangular.mode"]);
  });

  it("an error rate refused (0): no endless-loop verdict; the rework target is checked", () => {
    const text = `${HEAD}arrivals:
  - { name: apps, ratePerHour: 3 }
resources:
  clerks: { capacity: 3 }
steps:
  - { name: entry, resource: clerks, duration: 5min, errors: { rate: "often", to: corection } }
  - name: check
    resource: clerks
    duration: 3min
    detects: { from: [entry] }
    next: [ { to: entry, p: 0.9999 }, { to: exit, p: 0.0001 } ]
`;
    expect(reported(text)).toEqual(["badFormat steps[0].errors.rate", "unknownReworkStep steps[0].errors.to"]);
  });

  it("a step name refused: no reference is reported undefined (it may be the name meant); its neighbour's pool is", () => {
    const text = `${HEAD}arrivals:
  - { name: walk-ins, ratePerHour: 6, start: counter }
${TELLERS}steps:
  - { name: [counter], resource: tellers, duration: 4min, next: review }
  - { name: review, resource: tellerz, duration: 4min, next: counter }
`;
    expect(reported(text)).toEqual(["wrongType steps[0].name", "unknownResource steps[1].resource"]);
  });

  it("a source name refused: its class (by default the name) is not reported undefined; its start is", () => {
    const text = `${HEAD}arrivals:
  - { name: { walk: ins }, ratePerHour: 6, start: desk }
${TELLERS}steps:
  - { name: counter, resource: tellers, duration: 4min }
serviceLevels:
  - { maxWait: 5min, target: 80%, class: walk-ins }
`;
    expect(reported(text)).toEqual(["wrongType arrivals[0].name", "unknownStep arrivals[0].start"]);
  });

  it("a servedBy option's pool refused: not reported undefined (also as the step's first pool); the other option's is", () => {
    const text = `${HEAD}arrivals:
  - { name: calls, ratePerHour: 30 }
resources:
  specialists: { capacity: 2 }
  agents: { capacity: 5 }
steps:
  - { name: answer, servedBy: [ { resource: [specialists] }, { resource: agentz } ], duration: 4min }
`;
    expect(reported(text)).toEqual(["wrongType steps[0].servedBy[0].resource", "unknownResource steps[0].servedBy[1].resource"]);
  });

  it("a use refused: neither a missing duration nor 'can never leave'; the next step's pool is checked", () => {
    const text = `${HEAD}arrivals:
  - { name: apps, ratePerHour: 3, start: verify }
resources:
  clerks: { capacity: 3 }
subprocesses:
  verify documents:
    - { name: check id, resource: clerks, duration: 5min }
steps:
  - { name: verify, use: 42 }
  - { name: decide, resource: clerkz, duration: 5min, next: verify }
`;
    expect(reported(text)).toEqual(["wrongType steps[0].use", "unknownResource steps[1].resource"]);
  });

  it("a shift of the wrong shape (the shifts left out): no 'neither capacity nor shifts'; another pool's shortfall is reported", () => {
    const text = `${HEAD}calendar: { open: "09:00", close: "17:00" }
arrivals:
  - { name: walk-ins, ratePerHour: 6 }
resources:
  tellers: { shifts: [ "9 to 5" ] }
  managers: { capacity: 1 }
steps:
  - { name: counter, resource: tellers, duration: 4min }
  - { name: sign-off, resource: managers, units: 2, duration: 2min }
`;
    expect(reported(text)).toEqual(["wrongType resources.tellers.shifts[0]", "unitsOverCapacity steps[1].units"]);
  });

  it("a closing time refused (00:00): no 'closes before it opens', and a recording is not refused for it", () => {
    const folder = mkdtempSync(join(tmpdir(), "procsim-follow-on-"));
    writeFileSync(join(folder, "day.csv"), "time,segment\n09:05:00,retail\n09:20:00,sme\n");
    const path = join(folder, "model.yaml");
    writeFileSync(
      path,
      `${HEAD}calendar: { open: "09:00", close: "5pm" }
arrivals:
  - { name: walk-ins, recorded: { file: day.csv, columns: { segment: [retail, sme] } } }
${TELLERS}steps:
  - name: counter
    resource: tellers
    duration: { by: segment, values: { retail: 5min, sme: 9min } }
    next: [{ to: exit, if: { attribute: segment, is: sme } }, { to: exitt }]
`,
    );
    expect(listed(loadModelFile(path))).toEqual(["badFormat calendar.close", "unknownStep steps[0].next[1].to"]);
  });

  it("the horizon refused: no 'neither horizon nor maxArrivals'", () => {
    const text = `name: horizon refused
run: { horizon: "a day", replications: 2 }
arrivals:
  - { name: walk-ins, ratePerHour: 6, start: desk }
${TELLERS}steps:
  - { name: counter, resource: tellers, duration: 4min }
`;
    expect(reported(text)).toEqual(["badFormat run.horizon", "unknownStep arrivals[0].start"]);
  });
});
