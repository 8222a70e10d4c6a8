/**
 * The WebAssembly Philox draw gives exactly the JavaScript generator's numbers: on random
 * keys and counters, on extreme and out-of-range words, and on the known-answer inputs.
 */
import { describe, expect, it } from "vitest";
import { PHILOX_ROUNDS, philox4x32, uniform01, uniform01Js, wordsToUniform01 } from "../../../src/random/counter-rng.js";
import { compileWasmUniform01, philoxWasmBytes, type PhiloxConstants } from "../../../src/random/philox-wasm.js";

const CONSTANTS: PhiloxConstants = {
  rounds: PHILOX_ROUNDS, m0: 0xd2511f53, m1: 0xcd9e8d57, w0: 0x9e3779b9, w1: 0xbb67ae85,
  twoPow26: 2 ** 26, twoPowMinus53: 2 ** -53, twoPowMinus54: 2 ** -54,
};

/** A fixed 32-bit generator (xorshift32) for the test inputs. */
function xorshift(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>>= 0);
  };
}

describe("WebAssembly uniform draw", () => {
  const wasm = compileWasmUniform01(CONSTANTS);

  it("compiles under Node and is the draw `uniform01` uses", () => {
    expect(wasm).not.toBeNull();
    expect(uniform01).not.toBe(uniform01Js);
  });

  it("fits the 4 KB limit browsers set on compiling a module synchronously", () => {
    expect(philoxWasmBytes(CONSTANTS).length).toBeLessThan(4096);
  });

  it("equals the JavaScript draw on 300,000 random keys and counters", () => {
    const next = xorshift(0x2545f491);
    let mismatches = 0;
    for (let i = 0; i < 300_000; i++) {
      const k0 = next(), k1 = next(), c0 = next(), c1 = next(), c2 = next(), c3 = next();
      if (uniform01(k0, k1, c0, c1, c2, c3) !== uniform01Js(k0, k1, c0, c1, c2, c3)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it("equals it on extreme words, negative, fractional and too-large inputs", () => {
    const values = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, -1, 2 ** 32 + 5, 123.75, NaN];
    for (const a of values) {
      for (const b of values) {
        expect(uniform01(a, b, b, a, 0, 7)).toBe(uniform01Js(a, b, b, a, 0, 7));
        expect(uniform01(b, a, 1, 2, a, b)).toBe(uniform01Js(b, a, 1, 2, a, b));
      }
    }
  });

  it("reproduces the Random123 known-answer block's uniform", () => {
    const out = philox4x32(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0, new Uint32Array(4));
    expect(out[0].toString(16)).toBe("d16cfe09");
    expect(uniform01(0xa4093822, 0x299f31d0, 0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344)).toBe(wordsToUniform01(out[0], out[1]));
  });
});
