// Stream keys: the derivation is pinned by golden values so it can never change silently,
// and distinct identities give distinct keys.
import { describe, expect, it } from "vitest";
import { STREAM_PURPOSES, streamKey } from "../../../src/random/streams.js";

describe("streamKey", () => {
  it("reproduces the golden keys of the v1 derivation", () => {
    expect(streamKey(42, 0, "duration", "id-check")).toEqual([1986170633, 3717513821]);
    expect(streamKey(42, 1, "duration", "id-check")).toEqual([395066426, 103612727]);
    expect(streamKey(1, 0, "arrival", "walk-in")).toEqual([4093383953, 267755314]);
    expect(streamKey(2026, 7, "route", "approval")).toEqual([2760451044, 700812903]);
  });

  it("returns two unsigned 32-bit words", () => {
    for (const [k0, k1] of [streamKey(0, 0, "patience", "x"), streamKey(-5, 3, "attribute", "amount")]) {
      expect(Number.isInteger(k0) && k0 >= 0 && k0 < 2 ** 32).toBe(true);
      expect(Number.isInteger(k1) && k1 >= 0 && k1 < 2 ** 32).toBe(true);
    }
  });

  it("gives a different key for each seed, replication, purpose and element", () => {
    const keys = new Set<string>();
    for (const seed of [1, 2])
      for (const rep of [0, 1, 2])
        for (const purpose of Object.values(STREAM_PURPOSES))
          for (const element of ["teller", "back-office", "a", "b"])
            keys.add(streamKey(seed, rep, purpose, element).join(":"));
    expect(keys.size).toBe(2 * 3 * Object.keys(STREAM_PURPOSES).length * 4);
  });

  it("does not confuse identities that concatenate to the same text", () => {
    expect(streamKey(1, 0, "duration", "ab")).not.toEqual(streamKey(1, 0, "durationa", "b"));
    expect(streamKey(1, 0, "duration", "x")).not.toEqual(streamKey(10, 0, "duration", "x"));
  });

  it("rejects non-finite seeds and replications", () => {
    expect(() => streamKey(NaN, 0, "arrival", "x")).toThrow(RangeError);
    expect(() => streamKey(1, Infinity, "arrival", "x")).toThrow(RangeError);
  });

  it("names the purposes the engine uses", () => {
    expect(Object.values(STREAM_PURPOSES).sort()).toEqual(["arrival", "attribute", "detect", "downtime", "duration", "error", "patience", "route", "skill"]);
  });
});
