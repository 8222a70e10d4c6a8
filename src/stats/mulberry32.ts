/**
 * Mulberry32: a small seeded generator of uniforms in [0, 1) for the statistics' own
 * resampling (bootstrap resamples, sign flips), never for the simulation's draws.
 *
 * Example: the bootstrap of thirty 90th-percentile waits draws its 2,000 × 30 replication
 * indices from `mulberry32(0x811c9dc5)`, so the same waits always give the same interval.
 */

/** A generator of uniforms in [0, 1) from a 32-bit seed; the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
