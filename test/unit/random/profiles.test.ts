// Non-homogeneous Poisson arrivals over a weekly rate function: exact inversion on hand-worked
// cases, and arrival counts per interval equal to ∫rate within a Poisson-derived tolerance.
import { describe, expect, it } from "vitest";
import { uniform01 } from "../../../src/random/counter-rng.js";
import { MINUTES_PER_WEEK, WeeklyRateProfile } from "../../../src/random/profiles.js";

const DAY = 1440;

/** Mon-Fri: 1/min 09:00-12:00, 2/min 12:00-14:00, 0.5/min 14:00-17:00; closed otherwise. */
function branchProfile(): WeeklyRateProfile {
  const starts: number[] = [0];
  const rates: number[] = [0];
  for (let day = 0; day < 5; day++) {
    const d = day * DAY;
    starts.push(d + 540, d + 720, d + 840, d + 1020);
    rates.push(1, 2, 0.5, 0);
  }
  return new WeeklyRateProfile(starts, rates);
}

describe("WeeklyRateProfile.nextArrival (exact inversion)", () => {
  const profile = branchProfile();

  it("has the week total ∫rate = 5 × (180 + 240 + 90)", () => {
    expect(profile.weekTotal).toBe(5 * (180 + 240 + 90));
  });

  it("skips the closed night and lands at the right minute", () => {
    expect(profile.nextArrival(0, 30)).toBe(570); // Monday 09:30
    expect(profile.nextArrival(700, 40)).toBe(720 + 10); // 20 before noon, 20 at 2/min
    expect(profile.nextArrival(1000, 30)).toBe(DAY + 540 + 20); // 10 by 17:00, 20 on Tuesday
  });

  it("jumps whole weeks for long gaps", () => {
    const e = 3.25 * profile.weekTotal;
    const t = profile.nextArrival(100, e);
    expect(profile.cumulativeRate(t) - profile.cumulativeRate(100)).toBeCloseTo(e, 6);
    expect(t).toBeGreaterThan(3 * MINUTES_PER_WEEK);
    expect(profile.rateAt(t)).toBeGreaterThan(0);
  });

  it("never returns a time in closed hours", () => {
    for (let i = 0; i < 2000; i++) {
      const t = profile.nextArrival(i * 37.3, -Math.log(uniform01(11, 12, i, 0, 0, 0)));
      expect(profile.rateAt(t)).toBeGreaterThan(0);
    }
  });

  it("returns Infinity when the rate is zero all week", () => {
    const closed = new WeeklyRateProfile([0, 100], [0, 0]);
    expect(closed.nextArrival(5, 1)).toBe(Infinity);
  });

  it("converts a uniform with e = −ln(1 − u)", () => {
    expect(profile.nextArrivalFromUniform(0, 1 - Math.exp(-3))).toBeCloseTo(543, 9);
  });

  it("rejects malformed segments", () => {
    expect(() => new WeeklyRateProfile([10], [1])).toThrow(/minute 0/);
    expect(() => new WeeklyRateProfile([0, 5, 5], [1, 1, 1])).toThrow(/increase/);
    expect(() => new WeeklyRateProfile([0], [-1])).toThrow(/≥ 0/);
    expect(() => new WeeklyRateProfile([0, MINUTES_PER_WEEK], [1, 1])).toThrow(/within the week/);
    expect(() => new WeeklyRateProfile([0, 5], [1])).toThrow(/as many rates/);
  });
});

describe("WeeklyRateProfile arrival counts", () => {
  const profile = branchProfile();
  const weeks = 8;
  // Intervals of the day (minute of day) whose counts are checked, with their rates.
  const intervals: [number, number, number][] = [[540, 720, 1], [720, 840, 2], [840, 1020, 0.5]];
  const counts = new Map<string, number>();
  let closedArrivals = 0;
  let t = 0;
  for (let n = 0; t < weeks * MINUTES_PER_WEEK; n++) {
    t = profile.nextArrival(t, -Math.log(1 - uniform01(0xabc, 0xdef, n, 0, 0, 0)));
    if (t >= weeks * MINUTES_PER_WEEK) break;
    const minuteOfWeek = t % MINUTES_PER_WEEK;
    const day = Math.floor(minuteOfWeek / DAY);
    const minute = minuteOfWeek % DAY;
    const slot = intervals.findIndex(([from, to]) => minute >= from && minute < to);
    if (day > 4 || slot < 0) closedArrivals++;
    else counts.set(`${day}:${slot}`, (counts.get(`${day}:${slot}`) ?? 0) + 1);
  }

  it("puts ∫rate arrivals in every interval of every weekday (within 4 Poisson sd)", () => {
    for (let day = 0; day < 5; day++) {
      intervals.forEach(([from, to, rate], slot) => {
        const expected = weeks * rate * (to - from);
        expect(Math.abs((counts.get(`${day}:${slot}`) ?? 0) - expected)).toBeLessThan(4 * Math.sqrt(expected));
      });
    }
  });

  it("puts no arrival in closed hours or at weekends", () => {
    expect(closedArrivals).toBe(0);
  });

  it("gives Poisson counts for a constant 24/7 rate (mean = variance over hours)", () => {
    const constant = new WeeklyRateProfile([0], [0.2]);
    const hours = 2000;
    const perHour = new Float64Array(hours);
    let s = 0;
    for (let n = 0; ; n++) {
      s = constant.nextArrival(s, -Math.log(1 - uniform01(5, 6, n, 0, 0, 0)));
      if (s >= hours * 60) break;
      perHour[Math.floor(s / 60)]++;
    }
    const mean = perHour.reduce((a, b) => a + b, 0) / hours;
    const variance = perHour.reduce((a, b) => a + (b - mean) ** 2, 0) / (hours - 1);
    expect(Math.abs(mean - 12)).toBeLessThan(4 * Math.sqrt(12 / hours));
    // Var of the sample variance of Poisson(12) counts ≈ (μ4 − σ⁴)/n with μ4 = 12 + 3·144.
    expect(Math.abs(variance - 12)).toBeLessThan(4 * Math.sqrt((12 + 3 * 144 - 144) / hours));
  });
});
