/**
 * A source's rate factor keeps case identity: thinning keeps a subset of the very same
 * customers (same arrival times, same durations, same case ordinals), and an extra stream
 * adds new customers without moving the original ones.
 */
import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/model/compile/compile.js";
import { CaseDraws } from "../../../src/process/draws.js";
import { ArrivalClock, EXTRA_ORDINAL_BASE } from "../../../src/process/arrivals.js";
import { expo, fixed, model, source, step, trace } from "./fixtures.js";
import type { ArrivalSource } from "../../../src/model/compile/model.js";

/** One source of `gap`-minute arrivals into a pure delay of Exp(mean 3) minutes. */
function delayModel(arrival: ArrivalSource, maxArrivals: number) {
  return model({ arrivals: [arrival], steps: [step("visit", [], expo(3))], run: { maxArrivals, seed: 5 } });
}

/** "arrival time → completion time" of every case of a trace. */
function visits(rows: readonly string[]): Map<number, number> {
  const arrivedAt = new Map<string, number>();
  const out = new Map<number, number>();
  for (const row of rows) {
    const [t, c, event] = row.split(" ");
    if (event === "arrive") arrivedAt.set(c, Number(t));
    if (event === "complete") out.set(arrivedAt.get(c) as number, Number(t));
  }
  return out;
}

describe("rate factor below 1 (thinning)", () => {
  it("keeps a subset of the same customers: same arrival times and the same durations", () => {
    const base = visits(trace(delayModel(source("walk-in", fixed(1), "visit"), 60)).trace.rows);
    const thinned = visits(trace(delayModel(source("walk-in", fixed(1), "visit", { rateFactor: 0.5 }), 20)).trace.rows);
    expect(thinned.size).toBe(20);
    for (const [arrival, done] of thinned) expect(base.get(arrival), `arrival at ${arrival}`).toBe(done);
    // 20 kept of the first ~40: about half, never all.
    expect(Math.max(...thinned.keys())).toBeGreaterThan(25);
  });

  it("gives each kept arrival its ordinal in the unscaled stream", () => {
    const compiled = compileModel(delayModel(source("walk-in", expo(2), "visit", { rateFactor: 0.3 }), 1000));
    const unscaled = compileModel(delayModel(source("walk-in", expo(2), "visit"), 1000));
    const base = new ArrivalClock(unscaled, new CaseDraws(unscaled, 3), null, [null], 3);
    const baseTimes: number[] = [];
    for (let n = 0, t = 0; n < 400; n++) baseTimes.push((t = base.next(0, n, t)));
    const clock = new ArrivalClock(compiled, new CaseDraws(compiled, 3), null, [null], 3);
    let last = -1;
    for (let n = 0, t = 0; n < 100; n++) {
      t = clock.next(0, n, t);
      const ordinal = clock.ordinal(0, n);
      expect(ordinal).toBeGreaterThan(last);
      if (ordinal < baseTimes.length) expect(t).toBe(baseTimes[ordinal]);
      last = ordinal;
    }
  });
});

describe("rate factor above 1 (an extra stream)", () => {
  it("keeps every original customer unchanged and adds new ones with ordinals of their own", () => {
    const base = visits(trace(delayModel(source("walk-in", fixed(1), "visit"), 30)).trace.rows);
    // Extra gaps of 1/(factor − 1) = √2 minutes never fall on the whole minutes of the original stream.
    const { trace: more } = trace(delayModel(source("walk-in", fixed(1), "visit", { rateFactor: 1 + Math.SQRT1_2 }), 60));
    const thickened = visits(more.rows);
    const lastBase = Math.max(...[...thickened.keys()].filter((t) => Number.isInteger(t)));
    for (const [arrival, done] of base) if (arrival <= lastBase) expect(thickened.get(arrival), `arrival at ${arrival}`).toBe(done);
    const extra = [...thickened.keys()].filter((t) => !Number.isInteger(t));
    expect(extra.length).toBeGreaterThan(10);
    expect(more.arrivals).toEqual([...more.arrivals].sort((a, b) => a - b));
  });

  it("numbers the extra stream's cases from EXTRA_ORDINAL_BASE on", () => {
    const compiled = compileModel(delayModel(source("walk-in", expo(2), "visit", { rateFactor: 2 }), 1000));
    const clock = new ArrivalClock(compiled, new CaseDraws(compiled, 0), null, [null], 0);
    const ordinals: number[] = [];
    for (let n = 0, t = 0; n < 200; n++) {
      t = clock.next(0, n, t);
      ordinals.push(clock.ordinal(0, n));
    }
    const base = ordinals.filter((o) => o < EXTRA_ORDINAL_BASE);
    const extra = ordinals.filter((o) => o >= EXTRA_ORDINAL_BASE).map((o) => o - EXTRA_ORDINAL_BASE);
    expect(base).toEqual(base.map((_, i) => i));
    expect(extra).toEqual(extra.map((_, i) => i));
    expect(extra.length).toBeGreaterThan(60);
  });
});
