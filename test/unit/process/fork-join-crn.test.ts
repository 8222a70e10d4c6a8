/**
 * Common random numbers for the parts of a fork (docs/architecture.md): a part draws with
 * its parent's source and ordinal and its part number in the visit word, so adding a third
 * branch changes no number of branches 1 and 2; a case that goes round the fork again (a
 * rework loop after the join) gets new numbers for its parts, not the first round's again.
 */
import { describe, expect, it } from "vitest";
import type { Step } from "../../../src/model/compile/model.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { QuietObserver } from "../../support/theory/recording-observers.js";
import { branch, expo, goto, model, source, step } from "./fixtures.js";
import { forkStep, joinStep } from "./fork-join-fixtures.js";

/** Every activity's duration, as lists by "case.part/step" (a later round appends). */
class DurationLog extends QuietObserver {
  readonly durations = new Map<string, number[]>();
  private readonly labels: string[] = [];
  private count = 0;
  constructor(private readonly names: readonly string[]) {
    super();
  }
  override onArrival(_t: number, slot: number): void {
    this.labels[slot] = `c${this.count++}`;
  }
  override onPartStart(_t: number, part: number, parent: number, _cls: number, _fork: number, branchIndex: number): void {
    this.labels[part] = `${this.labels[parent]}.${branchIndex + 1}`;
  }
  override onFinish(_t: number, slot: number, _cls: number, s: number, duration: number): void {
    const key = `${this.labels[slot]}/${this.names[s]}`;
    this.durations.set(key, [...(this.durations.get(key) ?? []), duration]);
  }
}

function durations(steps: Step[]): Map<string, number[]> {
  const compiled = compileModel(model({
    arrivals: [source("loan", expo(5), "checks")],
    steps,
    run: { maxArrivals: 300 },
  }));
  const log = new DurationLog(compiled.steps.names);
  runReplication(compiled, 3, { observer: log });
  return log.durations;
}

const common = [
  step("credit", [], expo(10), goto("done")),
  step("valuation", [], expo(20), goto("done")),
  joinStep("done", goto("review")),
  step("review", [], expo(1), branch(["checks", 0.3], ["exit", 0.7])),
];

describe("common random numbers of parts", () => {
  const two = durations([forkStep("checks", ["credit", "valuation"], "done"), ...common]);
  const three = durations([forkStep("checks", ["credit", "valuation", "notes"], "done"), ...common, step("notes", [], expo(3), goto("done"))]);

  it("adding a third branch changes no draw of branches 1 and 2, nor of the case itself", () => {
    const compared = [...two.keys()].filter((key) => /\.(1|2)\/|^c\d+\/review/.test(key));
    expect(compared.length).toBeGreaterThan(600);
    for (const key of compared) expect(three.get(key), key).toEqual(two.get(key));
    expect([...three.keys()].some((key) => key.endsWith("/notes"))).toBe(true);
  });

  it("a second round through the fork draws new numbers for its parts", () => {
    const repeated = [...two.entries()].filter(([key, list]) => /\.1\/credit/.test(key) && list.length > 1);
    expect(repeated.length).toBeGreaterThan(10);
    for (const [key, list] of repeated) expect(new Set(list).size, key).toBe(list.length);
  });

  it("two parts starting at the same step draw different numbers (their part numbers differ)", () => {
    const twice = durations([forkStep("checks", ["credit", "credit"], "done"), ...common]);
    const pairs = [...twice.keys()].filter((key) => key.endsWith(".1/credit")).map((key) => [twice.get(key), twice.get(key.replace(".1/", ".2/"))]);
    expect(pairs.length).toBeGreaterThan(200);
    for (const [first, second] of pairs) expect(first?.[0]).not.toBe(second?.[0]);
    // Part 1 at credit is the same part in both models: the same numbers.
    for (const key of [...twice.keys()].filter((k) => k.endsWith(".1/credit"))) expect(twice.get(key)).toEqual(two.get(key));
  });
});
