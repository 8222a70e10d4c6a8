/**
 * The PNG drawing thread's entry: turns chart SVGs into PNG bytes, one request at a time.
 *
 * While the main thread lays out the account-opening report's time-breakdown chart in Vega,
 * this thread draws the utilisation chart it laid out before (resvg: outlines, pixels, PNG
 * encoding), so a report's charts cost the longer of the two stages, not their sum. The
 * pictures live in this thread's memory and are released under a budget (png-memory.ts).
 */
import { parentPort } from "node:worker_threads";
import { PngMemory } from "./png-memory.js";
import type { PngReply, PngRequest } from "./png-protocol.js";
import { drawPng } from "./write-png.js";

// NOTE: a budget of 0 frees every picture before the next is drawn: a full collection of this
// thread's small heap costs about a millisecond, against 15-35 MB of pixels held meanwhile.
const memory = new PngMemory(0);
const queue: PngRequest[] = [];
let drawing = false;

/** Draws one request into its reply: the PNG bytes, or the failure's message. */
function drawRequest(request: PngRequest): { reply: PngReply; pixelBytes: number } {
  try {
    const { png, pixelBytes } = drawPng(request.svg, request.zoom);
    return { reply: { id: request.id, ok: true, png }, pixelBytes };
  } catch (error) {
    return { reply: { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }, pixelBytes: 0 };
  }
}

/**
 * Draws the queued requests in order. Between two pictures the memory budget gets its turn of
 * the event loop (where the runtime frees collected pictures), however many requests wait.
 */
async function drawQueued(): Promise<void> {
  drawing = true;
  for (let request = queue.shift(); request !== undefined; request = queue.shift()) {
    const { reply, pixelBytes } = drawRequest(request);
    parentPort?.postMessage(reply);
    await memory.drew(pixelBytes);
  }
  drawing = false;
}

parentPort?.on("message", (request: PngRequest) => {
  queue.push(request);
  if (!drawing) void drawQueued();
});
