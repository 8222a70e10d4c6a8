/**
 * The messages between the report writer and its PNG drawing thread (`png-thread.ts`).
 *
 * The writer asks `{ id: 3, svg: "<svg …>time of day…</svg>", zoom: 2 }`; the thread answers
 * `{ id: 3, ok: true, png }` with the PNG bytes, or `{ id: 3, ok: false, message }` when
 * resvg cannot draw the SVG.
 */

/** One chart to draw. */
export interface PngRequest {
  readonly id: number;
  readonly svg: string;
  readonly zoom: number;
}

/** The drawn chart, or why it could not be drawn. */
export type PngReply = { readonly id: number; readonly ok: true; readonly png: Uint8Array } | { readonly id: number; readonly ok: false; readonly message: string };
