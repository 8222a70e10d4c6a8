// Normal distribution function, normal quantile and gamma function against reference values
// (computed with SciPy's norm.cdf, norm.ppf and special.gamma).
import { describe, expect, it } from "vitest";
import { gammaFunction } from "../../../src/random/gamma-function.js";
import { normalCdf, normalPdf, normalQuantile } from "../../../src/random/normal-functions.js";

const relativeError = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected);

describe("normalCdf", () => {
  const reference: [number, number][] = [
    [-1, 0.15865525393145707], [-3, 0.0013498980316300933], [-5, 2.866515718791933e-7],
    [-8, 6.22096057427174e-16], [-10, 7.61985302416047e-24], [-20, 2.7536241186061556e-89],
    [-30, 4.906713927147908e-198], [1.5, 0.9331927987311419], [0.25, 0.5987063256829237],
  ];
  it.each(reference)("Φ(%d) matches to 1e-12 relative", (x, expected) => {
    expect(relativeError(normalCdf(x), expected)).toBeLessThan(1e-12);
  });
  it("is symmetric and saturates far out", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(2) + normalCdf(-2)).toBeCloseTo(1, 15);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });
  it("has the standard density at 0", () => {
    expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
  });
});

describe("normalQuantile", () => {
  const reference: [number, number][] = [
    [1e-300, -37.0470962993612], [1e-20, -9.262340089798409], [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813], [0.3, -0.5244005127080409], [0.975, 1.959963984540054],
  ];
  it.each(reference)("Φ⁻¹(%d) matches to 1e-14 relative", (p, expected) => {
    expect(relativeError(normalQuantile(p), expected)).toBeLessThan(1e-14);
  });
  it("inverts normalCdf across the range", () => {
    for (const p of [1e-15, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-6]) {
      expect(relativeError(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-12);
    }
  });
  it("returns infinities at the ends", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
  });
});

describe("gammaFunction", () => {
  it("matches factorials, √π and reference values", () => {
    expect(relativeError(gammaFunction(5), 24)).toBeLessThan(1e-14);
    expect(relativeError(gammaFunction(10), 362880)).toBeLessThan(1e-14);
    expect(relativeError(gammaFunction(0.5), Math.sqrt(Math.PI))).toBeLessThan(1e-14);
    expect(relativeError(gammaFunction(1 + 1 / 1.5), 0.9027452929509335)).toBeLessThan(1e-14);
    expect(relativeError(gammaFunction(0.3), 2.991568987687591)).toBeLessThan(1e-14);
    expect(relativeError(gammaFunction(7.5), 1871.2543057977884)).toBeLessThan(1e-13);
  });
  it("is undefined at 0 and the negative integers", () => {
    expect(gammaFunction(0)).toBeNaN();
    expect(gammaFunction(-2)).toBeNaN();
  });
});
