/**
 * Draws chart PNGs on a thread of their own (`png-thread.ts`), so the main thread goes on
 * laying out the next chart.
 *
 * Writing the account-opening comparison's report asks for ten PNGs in the order the charts
 * are laid out; each `draw` resolves with that chart's PNG bytes when the thread has drawn it.
 * The thread starts with `start()` (or the first request) and stops with `close()`.
 */
import type { Worker } from "node:worker_threads";
import { siblingModule, startWorker } from "../threads/start-worker.js";
import { newFlagLock } from "./png-memory.js";
import type { PngReply, PngRequest } from "./png-protocol.js";

/** One lock for every PNG thread of this process: they take turns switching V8 flags. */
const flagLock = newFlagLock();

interface Pending {
  readonly resolve: (png: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

/** A PNG drawing thread with its requests in flight. */
export class PngDrawer {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private closing = false;

  /** The PNG bytes of `svg` at `zoom` times its size; rejects if the thread cannot draw it. */
  draw(svg: string, zoom = 2): Promise<Uint8Array> {
    const worker = this.running();
    const request: PngRequest = { id: this.nextId++, svg, zoom };
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  /** Stops the thread; requests still in flight are rejected. */
  async close(): Promise<void> {
    this.closing = true;
    this.failAll(new Error("the PNG drawing thread was closed"));
    await this.worker?.terminate();
    this.worker = null;
  }

  /** Starts the thread now (if it is not running), so it is ready by the first request. */
  start(): this {
    this.running();
    return this;
  }

  /** The thread, started if it is not running. */
  private running(): Worker {
    if (this.worker) return this.worker;
    this.closing = false;
    const worker = startWorker(siblingModule("png-thread", import.meta.url), flagLock);
    worker.on("message", (reply: PngReply) => this.settle(reply));
    worker.on("error", (error) => this.failAll(error));
    // NOTE: a thread that died is forgotten, so the next request starts a new one instead of waiting forever.
    worker.on("exit", (code) => {
      if (this.worker === worker) this.worker = null;
      if (!this.closing) this.failAll(new Error(`the PNG drawing thread stopped unexpectedly (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: PngReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.ok) pending.resolve(reply.png);
    else pending.reject(new Error(reply.message));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
