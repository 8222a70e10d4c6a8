/**
 * Reading a model file safely: only regular files, a size cap checked before and while
 * reading, no NUL bytes.
 *
 * `procsim validate /dev/zero` or a named pipe given as account-opening.yaml must not read
 * forever: the path is checked with stat, opened without blocking, checked again with fstat
 * on the open descriptor (a file swapped for a pipe in between is caught), and read up to
 * one byte past the cap, so a file that grows while being read is refused too.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { error, type IssueDraft } from "./issues.js";
import { noteFileRead } from "./files-read.js";

/** Largest model file accepted, bytes (checked before parsing). */
export const MAX_MODEL_BYTES = 10 * 1024 * 1024;

/** The text of a file, or the issue that prevents reading it (and whether it has a position). */
export type ReadOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly draft: IssueDraft; readonly atStart: boolean };

const tooLarge = (bytes: number): IssueDraft => error("fileTooLarge", [], { megabytes: Math.round(bytes / 1e5) / 10, limitMegabytes: MAX_MODEL_BYTES / 1024 / 1024 });

/** What kind of thing a non-regular path is, for the message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/** Reads at most `limit + 1` bytes from an open descriptor. */
function readCapped(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(Math.min(limit + 1, Math.max(fstatSync(fd).size + 1, 64 * 1024)));
  let length = 0;
  let chunk = buffer;
  for (;;) {
    if (length === chunk.length) {
      if (length > limit) break;
      const grown = Buffer.alloc(Math.min(limit + 1, chunk.length * 2));
      chunk.copy(grown, 0, 0, length);
      chunk = grown;
    }
    const read = readSync(fd, chunk, length, chunk.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return chunk.subarray(0, length);
}

/**
 * Reads a model file as UTF-8 text (BOM removed). Never blocks on a pipe or device and never
 * reads more than `limit` + 1 bytes. Never throws. A regular file opened is recorded as an
 * input of this process (files-read.ts), so no output is written over it.
 */
export function readModelFile(path: string, limit: number = MAX_MODEL_BYTES): ReadOutcome {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats === undefined) return { ok: false, draft: error("fileNotFound", [], { file: path }), atStart: false };
    if (!stats.isFile()) return { ok: false, draft: error("notAFile", [], { file: path, kind: kindOf(stats) }), atStart: false };
    if (stats.size > limit) return { ok: false, draft: tooLarge(stats.size), atStart: true };
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = fstatSync(fd);
      if (!opened.isFile()) return { ok: false, draft: error("notAFile", [], { file: path, kind: kindOf(opened) }), atStart: false };
      noteFileRead(path);
      const bytes = readCapped(fd, limit);
      if (bytes.length > limit) return { ok: false, draft: tooLarge(bytes.length), atStart: true };
      if (bytes.includes(0)) return { ok: false, draft: error("binaryFile", []), atStart: true };
      return { ok: true, text: bytes.toString("utf8").replace(/^\uFEFF/, "") };
    } finally {
      closeSync(fd);
    }
  } catch (cause) {
    return { ok: false, draft: error("readFailed", [], { reason: cause instanceof Error ? cause.message : String(cause) }), atStart: false };
  }
}
