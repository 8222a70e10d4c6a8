/**
 * Named random streams: every draw in a replication belongs to a stream identified by
 * (seed, replication, purpose, element), e.g. (42, 3, "duration", "id-check").
 *
 * The stream's 64-bit Philox key is derived once, at compile time, by hashing that identity
 * with seedrandom; at run time the engine only passes the key and its counters to the
 * counter-based generator. Because the key depends on names, not on positions, adding a
 * "pre-review" step to a loan process leaves the streams of every other step untouched,
 * and the same step gets the same numbers in the current and the proposed model.
 */
import seedrandom from "seedrandom";

/** What a stream is used for; one stream per (purpose, element). */
export const STREAM_PURPOSES = {
  /** Inter-arrival times or arrival-process uniforms of a source. */
  arrival: "arrival",
  /** Activity durations at a step. */
  duration: "duration",
  /** Branch choices after a step. */
  route: "route",
  /** How long a case waits before abandoning. */
  patience: "patience",
  /** Case attributes drawn at arrival. */
  attribute: "attribute",
  /** Whether a visit's work at a step is wrong (errors and rework). */
  error: "error",
  /** Whether a checking step finds a pending error of an earlier step. */
  detect: "detect",
  /** Failure and repair times of a pool (unplanned downtime). */
  downtime: "downtime",
  /** The random choice among free pools of a skills-routed step. */
  skill: "skill",
} as const;

/** A stream purpose name. */
export type StreamPurpose = (typeof STREAM_PURPOSES)[keyof typeof STREAM_PURPOSES];

/** A 64-bit Philox key as two unsigned 32-bit words. */
export type StreamKey = readonly [number, number];

/**
 * Version tag hashed into every key. Changing it changes every stream; it exists so that a
 * deliberate change of the derivation is explicit (and breaks the golden tests on purpose).
 */
export const STREAM_KEY_VERSION = "procsim-stream-v1";

/**
 * Derives the Philox key of the stream (seed, replication, purpose, element).
 *
 * Derivation (fixed; golden-tested): `rng = seedrandom(JSON.stringify([STREAM_KEY_VERSION,
 * seed, replication, purpose, element]))`, then `k0 = rng.int32() >>> 0`,
 * `k1 = rng.int32() >>> 0`. seedrandom's default generator (ARC4) mixes the whole string,
 * so distinct identities give unrelated keys.
 *
 * Call at compile time only (it allocates); never per event.
 * @param seed the run's seed (any finite number; integers recommended).
 * @param replication replication index, 0-based.
 * @param purpose one of `STREAM_PURPOSES` (other strings are accepted for extensions).
 * @param element the element name (step, source, attribute name …).
 * @throws RangeError when seed or replication is not a finite number.
 */
export function streamKey(seed: number, replication: number, purpose: string, element: string): StreamKey {
  if (!Number.isFinite(seed) || !Number.isFinite(replication)) {
    throw new RangeError(`streamKey: seed and replication must be finite numbers (got ${seed}, ${replication})`);
  }
  const rng = seedrandom(JSON.stringify([STREAM_KEY_VERSION, seed, replication, purpose, element]));
  const k0 = rng.int32() >>> 0;
  const k1 = rng.int32() >>> 0;
  return [k0, k1];
}
