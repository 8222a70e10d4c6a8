/**
 * The PNG drawing thread's entry: turns chart SVGs into PNG bytes, one request at a time.
 *
 * While the main thread lays out the account-opening report's time-breakdown chart in Vega,
 * this thread draws the utilisation chart it laid out before (resvg: outlines, pixels, PNG
 * encoding), so a report's charts cost the longer of the two stages, not their sum. The
 * pictures live in this thread's memory, each freed before the next is drawn (png-memory.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { releasePictures } from "./png-memory.js";
import type { PngReply, PngRequest } from "./png-protocol.js";
import { svgToPng } from "./write-png.js";

/** The lock over the process-wide V8 flags, shared by every PNG thread (png-memory.ts). */
const flagLock = workerData as Int32Array;
const queue: PngRequest[] = [];
let drawing = false;

/** Draws one request into its reply: the PNG bytes, or the failure's message. */
function drawRequest(request: PngRequest): PngReply {
  try {
    return { id: request.id, ok: true, png: svgToPng(request.svg, request.zoom) };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Draws the queued requests in order, freeing each picture before the next (15-35 MB of pixels
 * otherwise held until the runtime happens to collect), however many requests wait.
 */
async function drawQueued(): Promise<void> {
  drawing = true;
  for (let request = queue.shift(); request !== undefined; request = queue.shift()) {
    parentPort?.postMessage(drawRequest(request));
    await releasePictures(flagLock);
  }
  drawing = false;
}

parentPort?.on("message", (request: PngRequest) => {
  queue.push(request);
  if (!drawing) void drawQueued();
});
