// Philox4x32-10 against the Random123 known-answer vectors, the uniform conversion, and
// statistical sanity of uniforms over consecutive counters (tolerances from the sample size).
import { describe, expect, it } from "vitest";
import { philox4x32, uniform01, wordsToUniform01 } from "../../../src/random/counter-rng.js";

const hex = (words: Uint32Array): string[] => Array.from(words, (w) => w.toString(16).padStart(8, "0"));

describe("philox4x32 known-answer vectors (Random123 kat_vectors, philox4x32 10)", () => {
  it("counter 0, key 0", () => {
    expect(hex(philox4x32(0, 0, 0, 0, 0, 0, new Uint32Array(4)))).toEqual(["6627e8d5", "e169c58d", "bc57ac4c", "9b00dbd8"]);
  });
  it("all ones", () => {
    const m = 0xffffffff;
    expect(hex(philox4x32(m, m, m, m, m, m, new Uint32Array(4)))).toEqual(["408f276d", "41c83b0e", "a20bc7c6", "6d5451fd"]);
  });
  it("pi digits", () => {
    const out = philox4x32(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0, new Uint32Array(4));
    expect(hex(out)).toEqual(["d16cfe09", "94fdcceb", "5001e420", "24126ea1"]);
  });
  it("takes inputs modulo 2^32 (negative int32 views of the same words agree)", () => {
    const a = hex(philox4x32(-1, -1, -1, -1, -1, -1, new Uint32Array(4)));
    expect(a).toEqual(["408f276d", "41c83b0e", "a20bc7c6", "6d5451fd"]);
  });
});

describe("uniform01", () => {
  it("uses 53 bits of the first two output words (checked with BigInt arithmetic)", () => {
    const n = ((BigInt(0x6627e8d5) >> 5n) << 26n) | (BigInt(0xe169c58d) >> 6n);
    expect(uniform01(0, 0, 0, 0, 0, 0)).toBe(Number(n) / 2 ** 53);
  });
  it("stays in the open interval (0, 1) at the extreme words", () => {
    expect(wordsToUniform01(0, 0)).toBe(2 ** -54);
    expect(wordsToUniform01(0xffffffff, 0xffffffff)).toBe(1 - 2 ** -53);
    expect(wordsToUniform01(0, 64)).toBe(2 ** -53);
  });
  it("is a pure function of key and counter", () => {
    const a = uniform01(7, 9, 1234, 5, 2, 0);
    uniform01(1, 2, 3, 4, 5, 6);
    expect(uniform01(7, 9, 1234, 5, 2, 0)).toBe(a);
  });
  it("changes with every key and counter word", () => {
    const base = uniform01(1, 2, 3, 4, 5, 6);
    const variants = [
      uniform01(0, 2, 3, 4, 5, 6), uniform01(1, 0, 3, 4, 5, 6), uniform01(1, 2, 0, 4, 5, 6),
      uniform01(1, 2, 3, 0, 5, 6), uniform01(1, 2, 3, 4, 0, 6), uniform01(1, 2, 3, 4, 5, 0),
    ];
    for (const v of variants) expect(v).not.toBe(base);
  });
});

describe("uniform01 statistics over consecutive counters", () => {
  const n = 200_000;
  const draws = new Float64Array(n);
  for (let i = 0; i < n; i++) draws[i] = uniform01(0x9e3779b9, 42, i, 0, 0, 0);

  it("has mean 1/2 and variance 1/12 within 4 standard errors", () => {
    let sum = 0;
    for (const u of draws) sum += u;
    const mean = sum / n;
    let ss = 0;
    for (const u of draws) ss += (u - mean) ** 2;
    const variance = ss / (n - 1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    // Var of the sample variance of U(0,1): (μ4 − σ⁴)/n with μ4 = 1/80, σ⁴ = 1/144.
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt((1 / 80 - 1 / 144) / n));
  });

  it("fills 100 equal bins evenly (chi-square below mean + 5 sd)", () => {
    const bins = 100;
    const counts = new Float64Array(bins);
    for (const u of draws) counts[Math.floor(u * bins)]++;
    const expected = n / bins;
    let chi2 = 0;
    for (const c of counts) chi2 += (c - expected) ** 2 / expected;
    const df = bins - 1;
    expect(chi2).toBeLessThan(df + 5 * Math.sqrt(2 * df));
    expect(chi2).toBeGreaterThan(df - 5 * Math.sqrt(2 * df));
  });

  it("shows no lag-1 or lag-2 serial correlation over counters (|r| < 4/√n)", () => {
    for (const lag of [1, 2]) {
      let sxy = 0;
      for (let i = 0; i + lag < n; i++) sxy += (draws[i] - 0.5) * (draws[i + lag] - 0.5);
      const r = sxy / (n - lag) / (1 / 12);
      expect(Math.abs(r)).toBeLessThan(4 / Math.sqrt(n));
    }
  });

  it("shows no correlation between neighbouring keys or neighbouring visit counters", () => {
    let sKey = 0;
    let sVisit = 0;
    for (let i = 0; i < n; i++) {
      const u = draws[i] - 0.5;
      sKey += u * (uniform01(0x9e3779b9 + 1, 42, i, 0, 0, 0) - 0.5);
      sVisit += u * (uniform01(0x9e3779b9, 42, i, 1, 0, 0) - 0.5);
    }
    expect(Math.abs((sKey / n) * 12)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs((sVisit / n) * 12)).toBeLessThan(4 / Math.sqrt(n));
  });
});
