// What the engine allocates per event, measured by V8's sampling heap profiler (objects that
// died young included). The event loop creates no object, array, closure or promise per
// event; what it does allocate are boxed numbers: a time or a wait passed to, or returned
// from, a function V8 did not inline becomes a 16-byte heap number. On the branch counter
// (M/M/10) that is 80 to 110 bytes per event, depending on what V8 chose to inline in this
// process. The bound, nine heap numbers, leaves room for that spread and fails when the loop
// starts making arrays, closures or objects per event (tens of bytes each, several per case).
import { Session } from "node:inspector/promises";
import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { modelA } from "../../bench/model-a.js";

/** Bytes allocated per event by one warm replication (after three that warm V8's code). */
async function bytesPerEvent(customers: number): Promise<number> {
  const compiled = compileModel(modelA(customers));
  for (let r = 0; r < 3; r++) runReplication(compiled, 100 + r);
  const session = new Session();
  session.connect();
  try {
    await session.post("HeapProfiler.enable");
    await session.post("HeapProfiler.startSampling", { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    const { events } = runReplication(compiled, 1);
    const { profile } = await session.post("HeapProfiler.stopSampling");
    let bytes = 0;
    const walk = (node: typeof profile.head): void => {
      bytes += node.selfSize;
      node.children.forEach(walk);
    };
    walk(profile.head);
    return bytes / events;
  } finally {
    session.disconnect();
  }
}

describe("allocation per event", () => {
  it("is a few boxed numbers per event on the branch counter, no objects", async () => {
    const perEvent = await bytesPerEvent(300_000);
    expect(perEvent).toBeGreaterThan(0);
    expect(perEvent).toBeLessThan(9 * 16);
  });
});
