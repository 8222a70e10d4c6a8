/**
 * The Philox4x32-10 uniform draw as a tiny WebAssembly function: the same numbers as the
 * JavaScript generator in counter-rng.ts, about twice as fast.
 *
 * Each Philox round needs two 32×32 → 64-bit products. JavaScript has no 64-bit integer
 * multiply, so counter-rng.ts builds the high word from four 16-bit partial products;
 * WebAssembly's `i64.mul` does it in one instruction. A branch simulated for a million
 * customers draws millions of handling and inter-arrival times, so this is one of the
 * hottest functions of a run. The module (about 1 KB) is assembled here from named
 * opcodes, with the 10 rounds unrolled; counter-rng.ts checks it against the JavaScript
 * generator before using it and falls back to JavaScript where WebAssembly is unavailable.
 */

/** A uniform draw in (0, 1) for key (k0, k1) and counter (c0 .. c3): see `uniform01`. */
export type Uniform01 = (k0: number, k1: number, c0: number, c1: number, c2: number, c3: number) => number;

/** The Philox constants and the uniform conversion's scale factors. */
export interface PhiloxConstants {
  readonly rounds: number;
  readonly m0: number;
  readonly m1: number;
  readonly w0: number;
  readonly w1: number;
  /** 2^26, 2^-53 and 2^-54 (the value of an all-zero draw). */
  readonly twoPow26: number;
  readonly twoPowMinus53: number;
  readonly twoPowMinus54: number;
}

// WebAssembly opcodes used below.
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const I32_CONST = 0x41;
const I64_CONST = 0x42;
const F64_CONST = 0x44;
const F64_EQ = 0x61;
const I32_ADD = 0x6a;
const I32_XOR = 0x73;
const I32_SHR_U = 0x76;
const I64_MUL = 0x7e;
const I64_SHR_U = 0x88;
const F64_ADD = 0xa0;
const F64_MUL = 0xa2;
const I32_WRAP_I64 = 0xa7;
const I64_EXTEND_I32_U = 0xad;
const F64_CONVERT_I32_U = 0xb8;
const SELECT = 0x1b;
const END = 0x0b;
const TYPE_I32 = 0x7f;
const TYPE_I64 = 0x7e;
const TYPE_F64 = 0x7c;

// Locals: the six parameters double as the round state; then two products and the result.
const KEY0 = 0, KEY1 = 1, X0 = 2, X1 = 3, X2 = 4, X3 = 5, P0 = 6, P1 = 7, N = 8;

/** Signed LEB128 of an integer (i32/i64 constants). */
function signedLeb(value: number): number[] {
  let v = BigInt(value);
  const out: number[] = [];
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    const done = (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** Unsigned LEB128 (section and body sizes). */
function unsignedLeb(value: number): number[] {
  const out: number[] = [];
  do {
    const byte = value & 0x7f;
    value >>>= 7;
    out.push(value !== 0 ? byte | 0x80 : byte);
  } while (value !== 0);
  return out;
}

function f64Const(x: number): number[] {
  return [F64_CONST, ...new Uint8Array(Float64Array.of(x).buffer)];
}

/** One Philox round: products of x0 and x2, the word shuffle, then the key bump. */
function round(c: PhiloxConstants): number[] {
  return [
    LOCAL_GET, X0, I64_EXTEND_I32_U, I64_CONST, ...signedLeb(c.m0), I64_MUL, LOCAL_SET, P0,
    LOCAL_GET, X2, I64_EXTEND_I32_U, I64_CONST, ...signedLeb(c.m1), I64_MUL, LOCAL_SET, P1,
    // x0 = hi(p1) ^ x1 ^ key0; x1 = lo(p1); x2 = hi(p0) ^ x3 ^ key1; x3 = lo(p0)
    LOCAL_GET, P1, I64_CONST, 32, I64_SHR_U, I32_WRAP_I64, LOCAL_GET, X1, I32_XOR, LOCAL_GET, KEY0, I32_XOR, LOCAL_SET, X0,
    LOCAL_GET, P1, I32_WRAP_I64, LOCAL_SET, X1,
    LOCAL_GET, P0, I64_CONST, 32, I64_SHR_U, I32_WRAP_I64, LOCAL_GET, X3, I32_XOR, LOCAL_GET, KEY1, I32_XOR, LOCAL_SET, X2,
    LOCAL_GET, P0, I32_WRAP_I64, LOCAL_SET, X3,
    LOCAL_GET, KEY0, I32_CONST, ...signedLeb(c.w0 | 0), I32_ADD, LOCAL_SET, KEY0,
    LOCAL_GET, KEY1, I32_CONST, ...signedLeb(c.w1 | 0), I32_ADD, LOCAL_SET, KEY1,
  ];
}

/** n = (x0 >>> 5)·2^26 + (x1 >>> 6); returns n = 0 ? 2^-54 : n·2^-53 (as `wordsToUniform01`). */
function toUniform(c: PhiloxConstants): number[] {
  return [
    LOCAL_GET, X0, I32_CONST, 5, I32_SHR_U, F64_CONVERT_I32_U, ...f64Const(c.twoPow26), F64_MUL,
    LOCAL_GET, X1, I32_CONST, 6, I32_SHR_U, F64_CONVERT_I32_U, F64_ADD, LOCAL_SET, N,
    ...f64Const(c.twoPowMinus54),
    LOCAL_GET, N, ...f64Const(c.twoPowMinus53), F64_MUL,
    LOCAL_GET, N, ...f64Const(0), F64_EQ,
    SELECT, END,
  ];
}

function section(id: number, content: readonly number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

/** The module's bytes: one exported function "u" (i32 × 6) → f64. */
export function philoxWasmBytes(c: PhiloxConstants): Uint8Array {
  const body: number[] = [2, 2, TYPE_I64, 1, TYPE_F64];
  for (let r = 0; r < c.rounds; r++) body.push(...round(c));
  body.push(...toUniform(c));
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 6, TYPE_I32, TYPE_I32, TYPE_I32, TYPE_I32, TYPE_I32, TYPE_I32, 1, TYPE_F64]),
    ...section(3, [1, 0]),
    ...section(7, [1, 1, 0x75, 0x00, 0]),
    ...section(10, [1, ...unsignedLeb(body.length), ...body]),
  ]);
}

/** The part of the WebAssembly JavaScript API used here (the project compiles without DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: Record<string, unknown> };
}

/**
 * Compiles the WebAssembly draw; null when WebAssembly is unavailable or refuses the module
 * (the caller then keeps the JavaScript generator). Arguments are taken modulo 2^32, as in
 * JavaScript's `>>> 0`.
 */
export function compileWasmUniform01(c: PhiloxConstants): Uniform01 | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined) return null;
  try {
    const instance = new wasm.Instance(new wasm.Module(philoxWasmBytes(c)));
    const draw = instance.exports.u;
    return typeof draw === "function" ? (draw as Uniform01) : null;
  } catch {
    return null;
  }
}
