/** Time-averages of levels, with a warm-up window and time-of-day bins. */
import { describe, expect, it } from "vitest";
import { TimeWeighted } from "../../../src/stats/time-weighted.js";
import { binCount, binOf, binStarts, spreadOverBins } from "../../../src/stats/time-of-day-bins.js";
import { TimeOfDayCursor } from "../../../src/stats/time-of-day-cursor.js";

describe("TimeWeighted", () => {
  it("averages a step function: 2 busy for 30 min, 1 for 30 min → 1.5", () => {
    const tw = new TimeWeighted(0);
    tw.set(0, 2);
    tw.set(30, 1);
    tw.flush(60);
    expect(tw.area).toBe(90);
    expect(tw.mean(60)).toBe(1.5);
    expect(tw.max).toBe(2);
  });

  it("counts only the window after warm-up, including a level held across it", () => {
    const tw = new TimeWeighted(10);
    tw.set(0, 5); // held 0-20, counts 10-20
    tw.set(20, 1); // 20-40
    tw.add(40, 2); // level 3, 40-50
    tw.flush(50);
    expect(tw.area).toBe(50 + 20 + 30);
    expect(tw.mean(50)).toBe(100 / 40);
    expect(tw.max).toBe(5);
  });

  it("ignores a maximum reached and left before warm-up", () => {
    const tw = new TimeWeighted(10);
    tw.set(0, 7);
    tw.set(5, 1);
    tw.flush(20);
    expect(tw.max).toBe(1);
    expect(tw.mean(20)).toBe(1);
  });

  it("does not split the integral when the level is set to its current value", () => {
    const once = new TimeWeighted(0);
    once.set(0, 3);
    once.flush(10);
    const often = new TimeWeighted(0);
    for (let i = 0; i <= 9; i++) often.set(0.1 * i + 0.01 * i, 3);
    often.flush(10);
    expect(often.area).toBe(once.area);
  });

  it("returns null for an empty window", () => {
    const tw = new TimeWeighted(100);
    tw.set(0, 3);
    tw.flush(50);
    expect(tw.mean(50)).toBeNull();
    expect(tw.mean(100)).toBeNull();
  });

  it("splits the area by time of day across days", () => {
    const bins = new Float64Array(binCount(60));
    const tw = new TimeWeighted(0, bins, 60);
    tw.set(1410, 2); // 23:30 day 1 to 01:30 day 2
    tw.set(1530, 0);
    tw.flush(2000);
    expect(bins[23]).toBe(60);
    expect(bins[0]).toBe(120);
    expect(bins[1]).toBe(60);
    expect(tw.area).toBe(240);
  });
});

describe("TimeWeighted by time of day over many small steps", () => {
  it("matches a direct split of every interval, bin by bin", () => {
    let state = 12345;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const fast = new Float64Array(binCount(45));
    const direct = new Float64Array(binCount(45));
    const tw = new TimeWeighted(100, fast, 45);
    let t = 0;
    let level = 0;
    for (let i = 0; i < 5000; i++) {
      const dt = next() < 0.1 ? 200 * next() : 2 * next();
      const from = Math.max(t, 100);
      if (t + dt > from) spreadOverBins(direct, 45, from, t + dt, level);
      t += dt;
      level = Math.floor(5 * next());
      tw.set(t, level);
    }
    tw.flush(t);
    fast.forEach((area, k) => expect(area).toBeCloseTo(direct[k], 8));
    expect(fast.reduce((a, b) => a + b, 0)).toBeCloseTo(tw.area, 6);
  });
});

describe("TimeOfDayCursor", () => {
  it("walks multi-day intervals bin by bin, the last bin of the day shorter", () => {
    const cursor = new TimeOfDayCursor(new Float64Array(15), 100);
    cursor.add(1350, 1460, 2); // 1350-1400 bin 13, 1400-1440 bin 14 (40 min), 0-20 bin 0
    cursor.add(1460, 1460 + 3 * 1440, 1); // three whole days from 00:20
    const expected = new Float64Array(15);
    spreadOverBins(expected, 100, 1350, 1460, 2);
    spreadOverBins(expected, 100, 1460, 1460 + 3 * 1440, 1);
    expect([...cursor.bins]).toEqual([...expected]);
    expect(cursor.bins[14]).toBe(80 + 3 * 40);
    expect(cursor.bins[0]).toBe(40 + 3 * 100);
  });

  it("finds the bin of growing times as binOf does, bin starts included", () => {
    const cursor = new TimeOfDayCursor(new Float64Array(binCount(100)), 100);
    const times = [0, 99.999, 100, 1399, 1400, 1439.9, 1440, 1500, 3000, 2 * 1440 + 1400, 10 * 1440 + 7, 10 * 1440 + 7];
    for (const t of times) expect(cursor.binAt(t)).toBe(binOf(t, 100, 15));
  });

  it("with opening hours 08:30-17:30 on weekdays, adds open minutes only", () => {
    const hours = { always: false, open: 8 * 60 + 30, close: 17 * 60 + 30, days: [true, true, true, true, true, false, false] };
    const cursor = new TimeOfDayCursor(new Float64Array(24), 60, hours);
    cursor.add(0, 7 * 1440, 1); // one whole week, Monday to Sunday
    const expected = Array.from({ length: 24 }, (_, k) => (k === 8 || k === 17 ? 5 * 30 : k > 8 && k < 17 ? 5 * 60 : 0));
    expect([...cursor.bins]).toEqual(expected);
    cursor.add(7 * 1440 + 8 * 60 + 10, 7 * 1440 + 8 * 60 + 50, 2); // Monday 08:10-08:50: 20 open minutes × 2
    expect(cursor.bins[8]).toBe(5 * 30 + 40);
  });

  it("with opening hours, gives the bin of an open moment and −1 for a closed one", () => {
    const hours = { always: false, open: 8 * 60 + 30, close: 17 * 60 + 30, days: [true, true, true, true, true, false, false] };
    const cursor = new TimeOfDayCursor(new Float64Array(24), 60, hours);
    const saturday = 5 * 1440;
    const moments = [8 * 60 + 10, 8 * 60 + 30, 12 * 60, 17 * 60 + 29, 17 * 60 + 30, 20 * 60, saturday + 12 * 60, saturday + 2 * 1440 + 9 * 60];
    expect(moments.map((t) => cursor.openBinAt(t))).toEqual([-1, 8, 12, 17, -1, -1, -1, 9]);
  });

  it("starts afresh after a gap (an interval far from the previous one)", () => {
    const cursor = new TimeOfDayCursor(new Float64Array(24), 60);
    cursor.add(10, 20, 1);
    cursor.add(5000, 5030, 2); // 5000 = day 3, 11:20
    expect(cursor.bins[0]).toBe(10);
    expect(cursor.bins[11]).toBe(60);
  });
});

describe("time-of-day bins", () => {
  it("cuts the day into bins, the last one shorter when needed", () => {
    expect(binCount(60)).toBe(24);
    expect(binCount(100)).toBe(15);
    expect(binStarts(360)).toEqual([0, 360, 720, 1080]);
    expect(binOf(1440 + 125, 60, 24)).toBe(2);
    expect(binOf(1439.5, 100, 15)).toBe(14);
    expect(() => binCount(0)).toThrow(/> 0/);
  });

  it("spreads an interval over the bins it crosses", () => {
    const area = new Float64Array(15);
    spreadOverBins(area, 100, 1350, 1460, 1); // 1350-1400 bin 13, 1400-1440 bin 14, 0-20 bin 0
    expect(area[13]).toBe(50);
    expect(area[14]).toBe(40);
    expect(area[0]).toBe(20);
    expect(area.reduce((a, b) => a + b, 0)).toBe(110);
  });
});
