/**
 * Freeing drawn PNG pictures: the picture resvg draws (3080 × 2100 pixels, 26 MB, for the
 * time-breakdown chart of a model with 1000 steps) stays allocated outside the JavaScript heap
 * until the runtime collects its handle, and the runtime does not know it is there; a report
 * with ten charts would hold all ten pictures at once.
 *
 * The PNG thread (png-thread.ts) calls `releasePictures()` after each chart: a full collection
 * of its small heap (about a millisecond), then a turn of the event loop for the pending native
 * finalizers. The collector is the runtime's own `gc`, made available once by switching the
 * `--expose-gc` flag on for a fresh context and off again. That flag belongs to the whole
 * process, so two PNG threads starting at once (two reports written side by side) take turns
 * through a lock the drawer shares with all its threads: otherwise one thread's "off" can land
 * between another's "on" and its fresh context, which then has no `gc`.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collector: (() => void) | undefined;

const UNLOCKED = 0;
const LOCKED = 1;

/** A lock over the process-wide V8 flags, shared by every PNG thread (one Int32 in shared memory). */
export function newFlagLock(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** Runs `task` holding `lock` (waits, without spinning, while another thread holds it). */
function holding<T>(lock: Int32Array, task: () => T): T {
  while (Atomics.compareExchange(lock, 0, UNLOCKED, LOCKED) !== UNLOCKED) Atomics.wait(lock, 0, LOCKED);
  try {
    return task();
  } finally {
    Atomics.store(lock, 0, UNLOCKED);
    Atomics.notify(lock, 0, 1);
  }
}

/** The runtime's full garbage collection (the global `gc` when Node was started with --expose-gc). */
function fullCollection(lock: Int32Array): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  collector ??= holding(lock, () => {
    setFlagsFromString("--expose-gc");
    try {
      return runInNewContext("gc") as () => void;
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  });
  return collector;
}

/** Frees the pictures drawn so far whose handles are no longer referenced; `lock` from `newFlagLock`. */
export async function releasePictures(lock: Int32Array): Promise<void> {
  fullCollection(lock)();
  // Node runs the finalizers of collected native handles on the next turn of its event loop.
  await nextTurn();
}
