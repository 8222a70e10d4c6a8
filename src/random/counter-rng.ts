/**
 * Counter-based random numbers: Philox4x32-10 (Salmon et al., "Parallel Random Numbers:
 * As Easy as 1, 2, 3", SC11; the Random123 library).
 *
 * A draw is a pure function of a 64-bit key and a 128-bit counter, with no generator state.
 * The key names the stream (say "durations at the ID-check step of the walk-in source") and
 * the counter names the draw inside it (case #k, its n-th visit, its j-th uniform). Account
 * application #4711 therefore gets the same ID-check time in the current and the proposed
 * branch layout, whatever order the cases are served in, and adding a step elsewhere cannot
 * shift it. That is the "synchronise by case" rule for common random numbers.
 *
 * Everything is done in 32-bit integer arithmetic on plain numbers; nothing allocates.
 */
import { compileWasmUniform01, type Uniform01 } from "./philox-wasm.js";

// Philox4x32 round multipliers and Weyl key increments (Random123 constants).
const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const M0_HI = M0 >>> 16;
const M0_LO = M0 & 0xffff;
const M1_HI = M1 >>> 16;
const M1_LO = M1 & 0xffff;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;

const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_53 = 1 / 9007199254740992;
const TWO_POW_MINUS_54 = TWO_POW_MINUS_53 / 2;

/** Number of Philox rounds (the Random123 default, "Philox4x32-10"). */
export const PHILOX_ROUNDS = 10;

/**
 * High 32 bits of the 64-bit product `m * x` for a multiplier given as 16-bit halves,
 * by schoolbook multiplication on 16-bit limbs.
 * NOTE: each partial product is < 2^32 and each sum < 2^53, so plain double arithmetic is
 * exact without BigInt.
 */
function mulHi(mHi: number, mLo: number, x: number): number {
  const xHi = x >>> 16;
  const xLo = x & 0xffff;
  const loLo = mLo * xLo;
  const hiLo = mHi * xLo;
  const loHi = mLo * xHi;
  const carry = ((loLo >>> 16) + (hiLo & 0xffff) + (loHi & 0xffff)) >>> 16;
  return (mHi * xHi + (hiLo >>> 16) + (loHi >>> 16) + carry) >>> 0;
}

/** Output words of the last block, reused by every call (no allocation per draw). */
const block = new Uint32Array(4);

/**
 * Runs Philox4x32-10 on counter (c0..c3) under key (k0, k1) and writes the four output
 * words to `out` (or to an internal scratch block when omitted), returning it.
 * All inputs are taken modulo 2^32. Matches the Random123 known-answer vectors.
 */
export function philox4x32(
  c0: number, c1: number, c2: number, c3: number,
  k0: number, k1: number,
  out: Uint32Array = block,
): Uint32Array {
  let x0 = c0 >>> 0, x1 = c1 >>> 0, x2 = c2 >>> 0, x3 = c3 >>> 0;
  let key0 = k0 >>> 0, key1 = k1 >>> 0;
  for (let round = 0; round < PHILOX_ROUNDS; round++) {
    if (round > 0) {
      key0 = (key0 + W0) >>> 0;
      key1 = (key1 + W1) >>> 0;
    }
    const hi0 = mulHi(M0_HI, M0_LO, x0);
    const lo0 = Math.imul(M0, x0) >>> 0;
    const hi1 = mulHi(M1_HI, M1_LO, x2);
    const lo1 = Math.imul(M1, x2) >>> 0;
    x0 = (hi1 ^ x1 ^ key0) >>> 0;
    x1 = lo1;
    x2 = (hi0 ^ x3 ^ key1) >>> 0;
    x3 = lo0;
  }
  out[0] = x0;
  out[1] = x1;
  out[2] = x2;
  out[3] = x3;
  return out;
}

/**
 * Turns two 32-bit words into a double in the open interval (0, 1) carrying 53 random bits:
 * `n / 2^53` with n = (hi >>> 5) * 2^26 + (lo >>> 6). The single value n = 0 (probability
 * 2^-53) maps to 2^-54 so the result is never 0; it is never 1 because n < 2^53.
 */
export function wordsToUniform01(hi: number, lo: number): number {
  const n = (hi >>> 5) * TWO_POW_26 + (lo >>> 6);
  return n === 0 ? TWO_POW_MINUS_54 : n * TWO_POW_MINUS_53;
}

/**
 * One uniform draw in (0, 1) for key (k0, k1) and counter (c0, c1, c2, c3), built from the
 * first two Philox output words, in JavaScript. The reference for `uniform01`.
 */
export function uniform01Js(k0: number, k1: number, c0: number, c1: number, c2: number, c3: number): number {
  philox4x32(c0, c1, c2, c3, k0, k1, block);
  return wordsToUniform01(block[0], block[1]);
}

/** Known-answer inputs on which the WebAssembly draw must equal the JavaScript one. */
const SELF_CHECK: readonly (readonly [number, number, number, number, number, number])[] = [
  [0, 0, 0, 0, 0, 0],
  [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff],
  [0xa4093822, 0x299f31d0, 0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344],
  [-1, 7, 2 ** 32 + 5, 123.75, 0x80000000, 1],
];

/** The WebAssembly draw when it is available and agrees with JavaScript, else null. */
function checkedWasmUniform01(): Uniform01 | null {
  const wasm = compileWasmUniform01({
    rounds: PHILOX_ROUNDS, m0: M0, m1: M1, w0: W0, w1: W1,
    twoPow26: TWO_POW_26, twoPowMinus53: TWO_POW_MINUS_53, twoPowMinus54: TWO_POW_MINUS_54,
  });
  if (wasm === null) return null;
  for (const [k0, k1, c0, c1, c2, c3] of SELF_CHECK) {
    if (wasm(k0, k1, c0, c1, c2, c3) !== uniform01Js(k0, k1, c0, c1, c2, c3)) return null;
  }
  return wasm;
}

/**
 * One uniform draw in (0, 1) for key (k0, k1) and counter (c0, c1, c2, c3), built from the
 * first two Philox output words: `wordsToUniform01` of words 0 and 1 of
 * `philox4x32(c0, c1, c2, c3, k0, k1)`. A pure function: the same arguments always give the
 * same number. Allocation-free.
 * NOTE: computed by the equal WebAssembly function of philox-wasm.ts (one 64-bit multiply per
 * product instead of four 16-bit ones); `uniform01Js` where WebAssembly is unavailable.
 */
export const uniform01: Uniform01 = checkedWasmUniform01() ?? uniform01Js;
