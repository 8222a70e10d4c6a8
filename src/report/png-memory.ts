/**
 * Freeing drawn PNG pictures: the picture resvg draws (3080 × 2100 pixels, 26 MB, for the
 * time-breakdown chart of a model with 1000 steps) stays allocated outside the JavaScript heap
 * until the runtime collects its handle, and the runtime does not know it is there; a report
 * with ten charts would hold all ten pictures at once.
 *
 * The PNG thread (png-thread.ts) calls `releasePictures()` after each chart: a full collection
 * of its small heap (about a millisecond), then a turn of the event loop for the pending native
 * finalizers. The collector is the runtime's own `gc`, made available once by switching the
 * `--expose-gc` flag on for a fresh context and off again.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collector: (() => void) | undefined;

/** The runtime's full garbage collection (the global `gc` when Node was started with --expose-gc). */
function fullCollection(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  if (!collector) {
    setFlagsFromString("--expose-gc");
    collector = runInNewContext("gc") as () => void;
    setFlagsFromString("--no-expose-gc");
  }
  return collector;
}

/** Frees the pictures drawn so far whose handles are no longer referenced. */
export async function releasePictures(): Promise<void> {
  fullCollection()();
  // Node runs the finalizers of collected native handles on the next turn of its event loop.
  await nextTurn();
}
