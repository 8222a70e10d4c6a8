/**
 * Bounded memory for PNG export: the picture resvg draws (3080 × 2100 pixels, 26 MB, for the
 * time-breakdown chart of a model with 1000 steps) stays allocated outside the JavaScript heap
 * until the runtime collects its handle, and the runtime does not know it is there; a report
 * with ten charts would hold all ten pictures at once.
 *
 * `PngMemory.drew(bytes)` counts the pixel bytes drawn since the last release; past a budget it
 * runs a full collection and lets the pending native finalizers run, so at most about one
 * budget of pictures is held at any time. The collector is the runtime's own `gc`, made
 * available once by switching the `--expose-gc` flag on for a fresh context and off again.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Pixel bytes drawn before their memory is released (about one picture of a large chart). */
export const PNG_PIXEL_BUDGET = 24 * 2 ** 20;

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

/** Keeps the native memory of drawn PNG pictures under a budget. */
export class PngMemory {
  private held = 0;

  constructor(private readonly budget = PNG_PIXEL_BUDGET) {}

  /** Notes a picture of `pixelBytes`; past the budget, frees the pictures drawn so far. */
  async drew(pixelBytes: number): Promise<void> {
    this.held += pixelBytes;
    if (this.held < this.budget) return;
    this.held = 0;
    fullCollection()();
    // Node runs the finalizers of collected native handles on the next turn of its event loop.
    await nextTurn();
  }
}
