/**
 * Event-order tests of downtime that sends work elsewhere (`interrupted: send`) on tiny
 * deterministic models: at a scheduled outage of the bots the payment file being keyed in
 * gives back its bot and goes on to manual keying at once; the files in the bots' line wait
 * for the repair, or follow it with `sendWaiting`.
 */
import { describe, expect, it } from "vitest";
import type { ResourcePool } from "../../../src/model/compile/model.js";
import { exit, fixed, model, pool, source, step, trace } from "./fixtures.js";

const bots = (from: number, to: number, sendWaiting: boolean): ResourcePool => ({
  ...pool("bots", 1),
  downtime: { between: null, repair: null, outages: [{ from, to }], interrupted: "send", sendTo: "manual", sendWaiting, path: [] },
});

const payments = (from: number, to: number, sendWaiting: boolean) => model({
  arrivals: [source("files", fixed(1), "key in")],
  resources: [bots(from, to, sendWaiting), pool("clerks", 1)],
  steps: [step("key in", [["bots", 1]], fixed(4), exit), step("manual", [["clerks", 1]], fixed(3), exit)],
  run: { maxArrivals: 3 },
});

describe("bots down from 2 to 4, interrupted work sent to manual keying", () => {
  it("sends the file in progress to manual at once; later files wait for the repair", () => {
    const { trace: t } = trace(payments(2, 4, false));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start key in",
      // POOL_DOWN runs before the arrival at 2; c0 leaves its activity and starts manual.
      "2 bots down interrupting 1", "2 c0 sent from key in activity", "2 c0 start manual",
      "2 c1 arrive", "2 c1 enqueue key in",
      "3 c2 arrive", "3 c2 enqueue key in",
      "4 bots up resuming 0", "4 c1 start key in waited 2",
      "5 c0 finish manual", "5 c0 complete cycle 4 waited 0",
      "8 c1 finish key in", "8 c2 start key in waited 5", "8 c1 complete cycle 6 waited 2",
      "12 c2 finish key in", "12 c2 complete cycle 9 waited 5",
    ]);
    // The bot is free from the failure on (sent work gives its unit back).
    expect(t.levels.filter((row) => row.includes("bots"))).toEqual(["0 bots 0/1", "1 bots 1/1", "2 bots 0/1", "4 bots 1/1", "12 bots 0/1"]);
  });
});

describe("bots down from 3 to 5, waiting files sent too", () => {
  it("sends the activity first, then the line head first; arrivals during the repair wait", () => {
    const { trace: t } = trace(payments(3, 5, true));
    expect(t.rows).toEqual([
      "1 c0 arrive", "1 c0 start key in",
      "2 c1 arrive", "2 c1 enqueue key in",
      "3 bots down interrupting 1", "3 c0 sent from key in activity", "3 c0 start manual",
      "3 c1 sent from key in line", "3 c1 enqueue manual",
      "3 c2 arrive", "3 c2 enqueue key in",
      "5 bots up resuming 0", "5 c2 start key in waited 2",
      "6 c0 finish manual", "6 c1 start manual waited 3", "6 c0 complete cycle 5 waited 0",
      // Same time 9: c2's end was scheduled first (at 5), c1's at 6.
      "9 c2 finish key in", "9 c2 complete cycle 6 waited 2",
      "9 c1 finish manual", "9 c1 complete cycle 7 waited 4",
    ]);
  });
});
