/**
 * Every independent problem of a model at once, however many share an element: a refused
 * value in a source, step, pool, the run, the calendar or a sub-process hides none of the
 * other problems of that element or of the model, and none of its follow-ons is reported.
 *
 * A walk-in source with a negative rate that starts at an undefined step has two problems;
 * fixing the rate must not be what reveals the second.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPath } from "../../../src/model/source/issues.js";
import { loadModelFile, loadModelText, type LoadResult } from "../../../src/model/source/load.js";

/** Each issue as `[warning ]line:column path code`, in the order reported (errors first). */
function listed(result: LoadResult): string[] {
  const issues = result.ok ? result.warnings : result.issues;
  return issues.map((issue) => `${issue.severity === "warning" ? "warning " : ""}${issue.line}:${issue.column} ${formatPath(issue.path)} ${issue.code}`);
}

const reported = (text: string) => listed(loadModelText(text, "model.yaml"));

describe("problems in one element", () => {
  it("a misspelt word of a rule that is a word or a mapping gets its did-you-mean", () => {
    const result = loadModelText(`name: t
timeUnit: min
calendar: { open: "09:00", close: "17:00", days: weekdays, endOfDay: serv }
run: { horizon: 1d, replications: 3, seed: 1 }
arrivals:
  - { name: a, ratePerHour: 5, start: s1 }
steps:
  - { name: s1, duration: 5 }
`, "model.yaml");
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual(['found "serv"; did you mean "serve"? allowed: serve, sendAway, carryOver']);
  });

  it("an inter-arrival mean of 0 is one problem: the parameter's, or the source's when the parameters are fine", () => {
    const model = (interarrival: string) => `name: t
timeUnit: min
run: { horizon: 1d, replications: 3, seed: 1 }
arrivals:
  - { name: a, interarrival: ${interarrival}, start: s1 }
steps:
  - { name: s1, duration: 5 }
`;
    expect(reported(model("{ exponential: { mean: 0 } }"))).toEqual(["5:53 arrivals[0].interarrival.exponential.mean distParam"]);
    expect(reported(model("0"))).toEqual(["5:30 arrivals[0].interarrival zeroInterarrival"]);
  });

  it("a misspelt required key is one problem, not a missing key beside an unknown one", () => {
    expect(reported(`name: t
timeUnit: min
run: { horizon: 1d, replications: 3, seed: 1 }
arrivals:
  - { name: a, ratePerHour: 5, start: s1 }
steps:
  - name: s1
    duration: { lognormal: { mean: 5, sdd: 2 } }
`)).toEqual(["8:39 steps[0].duration.lognormal.sdd unknownKey"]);
  });

  it("a source: a refused rate does not hide that it is combined with an interarrival", () => {
    // The rate is replaced in place, not left out: what the file has stays present for the checks.
    expect(reported(`name: t
timeUnit: min
run: { horizon: 1d, replications: 3, seed: 1 }
arrivals:
  - name: a
    ratePerHour: -5
    interarrival: 3min
    start: s1
steps:
  - { name: s1, duration: 5 }
`)).toEqual(["6:18 arrivals[0].ratePerHour tooSmall", "7:19 arrivals[0].interarrival interarrivalConflict"]);
  });

  it("a source: a refused rate does not hide its undefined start", () => {
    const text = `name: t
timeUnit: min
run: { horizon: 1d, replications: 3, seed: 1 }
arrivals:
  - name: a
    ratePerHour: -3
    start: nowhere
resources:
  clerks: { capacity: 2 }
steps:
  - name: s1
    duration: 5
    resource: tellers
    next: gone
`;
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${formatPath(issue.path)}  ${issue.message}`)).toEqual([
      "arrivals[0].ratePerHour  found -3; must be at least 0",
      'arrivals[0].start  step "nowhere" is not defined; steps: s1, or exit',
      'steps[0].resource  resource "tellers" is not defined; defined: clerks',
      'steps[0].next  step "gone" is not defined; steps: s1, or exit',
    ]);
  });

  it("a step: a refused duration parameter and line limit next to an unknown pool and next", () => {
    const text = `name: step with four problems
run: { horizon: 1d, replications: 2 }
arrivals:
  - { name: walk-ins, ratePerHour: 6 }
resources:
  tellers: { capacity: 2 }
steps:
  - name: counter
    resource: teller
    duration: { exponential: { mean: "fast" } }
    next: reveiw
    maxWaiting: -1
  - name: review
    resource: tellers
    duration: 4min
`;
    // "mean is 0" (the neutral value) is not reported; the unreachable review follows from "reveiw", as it would alone.
    expect(reported(text)).toEqual([
      "9:15 steps[0].resource unknownResource",
      "10:38 steps[0].duration.exponential.mean badFormat",
      "11:11 steps[0].next unknownStep",
      "12:17 steps[0].maxWaiting tooSmall",
      "warning 13:11 steps[1].name unreachableStep",
    ]);
  });

  it("a pool: refused capacity and cost next to an inverted shift; another pool's shortfall stays", () => {
    const text = `name: pool with problems
run: { horizon: 1d, replications: 2 }
calendar: { open: "09:00", close: "17:00" }
arrivals:
  - { name: walk-ins, ratePerHour: 6 }
resources:
  tellers:
    capacity: "two"
    costPerHour: -5
    shifts:
      - { from: "09:00", to: "08:00", capacity: 2 }
  managers: { capacity: 1 }
steps:
  - { name: counter, resource: tellers, units: 3, duration: 4min }
  - { name: sign-off, resource: managers, units: 2, duration: 2min }
`;
    // Not "the step needs 3 units of tellers": the tellers' capacity is what was refused.
    expect(reported(text)).toEqual([
      "8:15 resources.tellers.capacity wrongType",
      "9:18 resources.tellers.costPerHour tooSmall",
      "11:30 resources.tellers.shifts[0].to shiftOrder",
      "15:50 steps[1].units unitsOverCapacity",
      "warning 11:7 resources.tellers.shifts shiftGap",
    ]);
  });

  it("the run: a refused horizon and replications next to a source's undefined start", () => {
    const text = `name: run with problems
run: { horizon: "soon", warmup: 2d, replications: 0, seed: 1 }
arrivals:
  - { name: walk-ins, ratePerHour: 6, start: desk }
resources:
  tellers: { capacity: 2 }
steps:
  - { name: counter, resource: tellers, duration: 4min }
`;
    // Neither "no horizon nor maxArrivals" nor "warmup is not shorter than horizon": the horizon was refused.
    expect(reported(text)).toEqual(["2:17 run.horizon badFormat", "2:51 run.replications tooSmall", "4:46 arrivals[0].start unknownStep"]);
  });

  it("the calendar: a refused working-day set hides no step's problem, and none of the hours' follow-ons", () => {
    const text = `name: calendar refused
run: { horizon: 1d, replications: 2 }
calendar: { open: "09:00", close: "17:00", days: weekdayz }
arrivals:
  - name: walk-ins
    profile: { "09:00": 4, "12:00": 9, "16:00": 2 }
resources:
  tellers:
    shifts:
      - { from: "09:00", to: "13:00", capacity: 2 }
      - { from: "13:00", to: "17:00", capacity: 3 }
steps:
  - { name: counter, resource: tellers, units: 4, duration: 4min, next: exitt }
`;
    // No "no shift from 17:00 to 24:00": those hours are open only in the repaired calendar.
    expect(reported(text)).toEqual(["3:50 calendar.days badEnum", "13:48 steps[0].units unitsOverCapacity", "13:73 steps[0].next unknownStep"]);
  });

  it("a sub-process: refused durations hide neither its unknown pool, its branch sum nor its unknown step", () => {
    const text = `name: sub-process with problems
run: { horizon: 2d, replications: 2, seed: 5 }
arrivals:
  - { name: online, ratePerHour: 3 }
resources:
  clerks: { capacity: 3 }
subprocesses:
  verify documents:
    - name: check id
      resource: clerk
      duration: { exponential: { mean: -5min } }
    - name: check income
      resource: clerks
      duration: "eight"
      next: [{ to: request papers, p: 20% }, { to: return, p: 70% }]
    - { name: request papers, duration: 1h, next: check incme }
steps:
  - { name: verify at intake, use: verify documents }
  - { name: decide, resource: clerks, duration: 10min }
`;
    const at = 'subprocesses["verify documents"]';
    expect(reported(text)).toEqual([
      `10:17 ${at}[0].resource unknownResource`,
      `11:40 ${at}[0].duration.exponential.mean badFormat`,
      `14:17 ${at}[1].duration badFormat`,
      `15:13 ${at}[1].next branchSum`,
      `16:51 ${at}[2].next unknownStep`,
    ]);
  });

  it("service levels: a refused threshold and target hide neither an unknown step nor an unknown class", () => {
    const text = `name: service levels
run: { horizon: 1d, replications: 2 }
arrivals:
  - { name: walk-ins, ratePerHour: 6 }
resources:
  tellers: { capacity: 2 }
steps:
  - { name: counter, resource: tellers, duration: 4min }
serviceLevels:
  - { maxWait: "5 minutes", target: 80%, step: countr }
  - { maxWait: 5min, target: 2, class: vip }
`;
    // Neither "give maxWait or maxCycleTime" nor "target is 0": both follow from the refused values.
    expect(reported(text)).toEqual([
      "10:16 serviceLevels[0].maxWait badFormat",
      "10:48 serviceLevels[0].step unknownStep",
      "11:30 serviceLevels[1].target tooBig",
      "11:40 serviceLevels[1].class unknownClass",
    ]);
  });

  it("a refused profile time is left out; the source's undefined start is still reported", () => {
    const text = `name: profile time refused
run: { horizon: 1d, replications: 2 }
calendar: { open: "09:00", close: "17:00" }
arrivals:
  - { name: walk-ins, profile: { "09:00": 4, "9:75": 9, "16:00": 2 }, start: nowhere }
resources:
  tellers: { capacity: 2 }
steps:
  - { name: counter, resource: tellers, duration: 4min }
`;
    expect(reported(text)).toEqual(['5:46 arrivals[0].profile["9:75"] badFormat', "5:78 arrivals[0].start unknownStep"]);
  });

  it("a warning of an unrelated value is listed next to a refused one", () => {
    const text = `name: warning beside a refusal
run: { horizon: 1h, replications: 2 }
arrivals:
  - { name: walk-ins, ratePerHour: 6 }
resources:
  tellers: { capacity: 2 }
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 3h } }, maxWaiting: "many" }
`;
    expect(reported(text)).toEqual(["8:94 steps[0].maxWaiting wrongType", "warning 8:51 steps[0].duration timeBeyondRun"]);
  });
});

describe("files beside the model", () => {
  const folder = mkdtempSync(join(tmpdir(), "procsim-salvage-"));
  writeFileSync(join(folder, "common.yaml"), "subprocesses:\n  verify id:\n    - { name: check id, resource: clerkx, duration: 5min }\n");
  writeFileSync(join(folder, "day.csv"), "time,segment\n09:05:00,retail\n09:20:00,sme\n");

  it("a sub-process read from a file is checked next to a refused value", () => {
    const path = join(folder, "uses-file.yaml");
    writeFileSync(
      path,
      `name: uses a file
run: { horizon: 1d, replications: 2 }
arrivals:
  - { name: apps, ratePerHour: "3/h" }
resources:
  clerks: { capacity: 3 }
steps:
  - { name: verify, use: { file: common.yaml, name: verify id } }
  - { name: decide, resource: clerkz, duration: 5min }
`,
    );
    expect(listed(loadModelFile(path))).toEqual(["4:32 arrivals[0].ratePerHour wrongType", "8:26 steps[0].use.resources[0].resource unknownResource", "9:31 steps[1].resource unknownResource"]);
  });

  it("a recorded source keeps its columns: no attribute is reported undrawn, a misspelt one is", () => {
    const path = join(folder, "recorded.yaml");
    writeFileSync(
      path,
      `name: recorded
run: { horizon: 1d, replications: 2 }
calendar: { open: "09:00", close: "17:00" }
arrivals:
  - { name: walk-ins, recorded: { file: day.csv, columns: { segment: [retail, sme] } } }
resources:
  tellers: { capacity: "two" }
steps:
  - name: counter
    resource: tellers
    duration: { by: segment, values: { retail: 5min, sme: 9min } }
    next: [{ to: exit, if: { attribute: segmnt, is: sme } }, { to: exit }]
`,
    );
    expect(listed(loadModelFile(path))).toEqual(["7:24 resources.tellers.capacity wrongType", "12:41 steps[0].next[0].if.attribute unknownAttribute"]);
  });
});
