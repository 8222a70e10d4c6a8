/**
 * Event order with a random day factor: a source's gaps are spent at speed F_d on day d.
 *
 * A walk-in source with 10-hour gaps and a factor fixed at 0.5 arrives every 20 hours of
 * clock time, across midnights. With a random factor the first arrival of a 30-hour gap
 * is worked out from the day's factors by hand; sources sharing the model's factor see
 * the same days, and a source added with a factor of its own moves nobody else.
 */
import { describe, expect, it } from "vitest";
import type { DistSpec } from "../../../src/random/dist-spec.js";
import type { ArrivalSource } from "../../../src/model/compile/model.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { DayFactors } from "../../../src/process/day-factor.js";
import { fixed, model, pool, source, step, trace } from "./fixtures.js";

const GAMMA: DistSpec = { kind: "gamma", shape: 25, scale: 0.04 };
const shared = (dist: DistSpec) => ({ dayFactor: { dist, stream: "" } });
const own = (name: string, dist: DistSpec) => ({ dayFactor: { dist, stream: name } });

function desk(arrivals: ArrivalSource[], horizon: number) {
  return model({ arrivals, resources: [pool("teller", 5)], steps: [step("desk", [["teller", 1]], fixed(1))], run: { horizon } });
}

const arrivalsOf = (rows: readonly string[]) => rows.filter((row) => row.endsWith(" arrive"));

describe("day factor", () => {
  it("a fixed factor 0.5 spends 10-hour gaps as 20 clock hours, across midnights", () => {
    const { trace: t } = trace(desk([source("walk-in", fixed(600), "desk", shared(fixed(0.5)))], 3 * 1440));
    expect(t.rows).toEqual([
      "1200 c0 arrive", "1200 c0 start desk", "1201 c0 finish desk", "1201 c0 complete cycle 1 waited 0",
      "2400 c1 arrive", "2400 c1 start desk", "2401 c1 finish desk", "2401 c1 complete cycle 1 waited 0",
      "3600 c2 arrive", "3600 c2 start desk", "3601 c2 finish desk", "3601 c2 complete cycle 1 waited 0",
    ]);
  });

  it("a gap crossing midnight is spent at the first day's factor, then the next day's", () => {
    const m = desk([source("walk-in", fixed(1800), "desk", own("walk-in", GAMMA))], 2 * 1440);
    const days = DayFactors.of(compileModel(m), 0) as DayFactors;
    const [f0, f1] = [days.factor(0, 0), days.factor(0, 1)];
    // Day 0 holds 1440·F0 minutes of gap; the rest, 1800 − 1440·F0, takes (1800 − 1440·F0)/F1 on day 1.
    expect(1440 * f0).toBeLessThan(1800);
    const first = 1440 + (1800 - 1440 * f0) / f1;
    expect(first).toBeLessThan(2 * 1440);
    const { trace: t } = trace(m);
    expect(arrivalsOf(t.rows).map((row) => Number(row.split(" ")[0]))[0]).toBeCloseTo(first, 9);
  });

  it("sources sharing the model's factor see the same days; a source with its own moves nobody", () => {
    const a = source("a", fixed(300), "desk", shared(GAMMA));
    const b = source("b", fixed(300), "desk", shared(GAMMA));
    const c = source("c", fixed(200), "desk", own("c", GAMMA));
    const timesOf = (arrivals: ArrivalSource[]) => arrivalsOf(trace(desk(arrivals, 5 * 1440)).trace.rows).map((row) => row.split(" ")[0]);
    const alone = timesOf([a]);
    const pair = timesOf([a, b]);
    // Same gaps, same factors: a and b arrive together, each time listed twice.
    expect(pair).toEqual(alone.flatMap((time) => [time, time]));
    const withC = timesOf([a, b, c]);
    expect(withC.length).toBeGreaterThan(pair.length);
    for (const time of alone) expect(withC.filter((x) => x === time).length).toBeGreaterThanOrEqual(2);
  });
});
